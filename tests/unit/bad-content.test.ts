import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkContent } from '@/lib/content/check';
import { formatProblemWithSeverity } from '@/lib/content/problems';
import { NewsSchema } from '@/lib/content/schema';

const BASE = 'tests/fixtures/bad-content';

/** Each case is a content source of its own; every problem it gives, exactly, in check's format. */
const CASES: Record<string, string[]> = {
  'missing-title': [
    'missing-title/actualites/sans-titre.md:1:1: error: title: is required: add a line « title: … » to the front matter',
  ],
  'bad-date': [
    'bad-date/actualites/date-inexistante.md:3:1: error: date: « 2022-02-30 » is not a valid date (expected YYYY-MM-DD)',
  ],
  'duplicate-slug': [
    `duplicate-slug/actualites/evenement-ete.md:1:1: error: slug: same URL /actualites/evenement-ete/ as ${BASE}/duplicate-slug/actualites/archives/Événement été.md: rename one of the two files`,
  ],
  'missing-image': [
    'missing-image/actualites/image-absente.md:4:1: error: image: « ./absente.png » not found (looked in the folder of the Markdown file)',
  ],
  'missing-body-image': [
    `missing-body-image/actualites/schema-absent.md:8:1: error: image: « /images/schema-absent.png » not found (looked in ${BASE}/missing-body-image/public/ and public/)`,
  ],
  // `%` not followed by two hex digits: looked up as written, reported at its line (not a crash).
  'malformed-escape': [
    'malformed-escape/actualites/pourcent.md:6:4: error: link « /docs/rapport-100%.pdf » leads to no page',
    `malformed-escape/actualites/pourcent.md:8:1: error: image: « /images/taux-50%.png » not found (looked in ${BASE}/malformed-escape/public/ and public/)`,
  ],
  // A former address leads to one page and never hides a page of the site.
  'alias-conflict': [
    `alias-conflict/actualites/a.md:5:1: error: aliases: « /actualites/b/ » is the address of ${BASE}/alias-conflict/actualites/b.md: remove it from aliases`,
    'alias-conflict/actualites/a.md:5:1: error: aliases: « /actualites/tags/outils/ » is a page of the site: remove it from aliases',
    `alias-conflict/actualites/b.md:4:1: error: aliases: « /actualites/ancienne/ » is already a former address of ${BASE}/alias-conflict/actualites/a.md: keep it on one page`,
  ],
  interpolation: [
    'interpolation/actualites/interpolation.md:6:17: error: interpolation: « {{ illustration }} »: no front matter field « illustration » (add it, or write the value itself)',
  ],
  'yaml-syntax': [
    'yaml-syntax/actualites/yaml.md:4:1: error: YAML syntax error: Missing closing "quote',
  ],
  'yaml-bomb': [
    'yaml-bomb/actualites/bombe.md:2:1: error: YAML could not be read: Excessive alias count indicates a resource exhaustion attack (aliases « *name » are limited to 20)',
  ],
  script: [
    'script/actualites/script.md:8:1: error: html: <script> is not allowed: content cannot run code (remove it)',
  ],
  'style-element': [
    'style-element/actualites/style.md:6:1: warning: html: <style> removed with its rules (the site’s stylesheet applies)',
  ],
  'object-embed': [
    'object-embed/actualites/objet.md:6:1: error: html: <object> is not allowed: link to the file instead (remove it)',
    'object-embed/actualites/objet.md:8:1: error: html: <embed> is not allowed: link to the file instead (remove it)',
  ],
  form: [
    'form/actualites/formulaire.md:6:1: error: html: <form> is not allowed: link to the form’s page instead (remove it)',
    'form/actualites/formulaire.md:6:45: warning: html: <input>: attribute « name » removed (not allowed in content)',
  ],
  'iframe-other-host': [
    'iframe-other-host/actualites/carte.md:6:1: warning: html: <iframe> from « maps.example.com »: the site embeds no frame of an unknown host; it is shown as a link to it',
  ],
  'javascript-link': [
    'javascript-link/actualites/lien.md:6:1: error: html: <a>: « javascript: » address in « href » is not allowed: content cannot run code',
    'javascript-link/actualites/lien.md:8:1: error: html: <a>: « vbscript: » address in « href » is not allowed: content cannot run code',
  ],
  'data-url': [
    'data-url/actualites/donnees.md:6:1: error: html: <a>: « data: » address in « href » is not allowed (only images may be written as data:): link to a file instead',
  ],
  onclick: [
    'onclick/actualites/onclick.md:6:1: warning: html: <a>: event attribute « onclick » removed (content cannot run code)',
    'onclick/actualites/onclick.md:6:1: warning: html: <a>: « style » removed (the site’s styles apply)',
    'onclick/actualites/onclick.md:6:1: warning: html: <a>: « class » removed (the site’s styles apply)',
    'onclick/actualites/onclick.md:6:1: warning: html: <a>: « target » removed (links open in the same tab, as the site’s do)',
  ],
  'unknown-element': [
    'unknown-element/actualites/element.md:6:1: warning: html: <center> is not supported in content: removed, its text kept',
  ],
  'image-alt': [
    'image-alt/actualites/sans-alt.md:6:1: warning: image: image « https://example.org/x.png » has no alt text: describe what it shows (![description](…) or alt="…"), unless it is decorative',
  ],
  'tag-spelling': [
    `tag-spelling/actualites/c-evenement.md:4:1: warning: tags: « evenement » differs from « Événement » (${BASE}/tag-spelling/actualites/a-evenement.md) only by case or accents: both show as one tag; write « Événement »`,
  ],
  'unknown-key': [
    'unknown-key/actualites/cle.md:4:1: warning: descrption: unknown key, ignored: did you mean « description »?',
    `unknown-key/actualites/cle.md:5:1: warning: auteur: unknown key, ignored (known keys: ${Object.keys(NewsSchema.shape).join(', ')})`,
  ],
  'mdx-expression': [
    'mdx-expression/actualites/expression.mdx:6:19: error: mdx: JavaScript expression « {2 + 2} » is not allowed in content: write the text itself (to show braces, write \\{ and \\})',
  ],
  'mdx-import': [
    'mdx-import/actualites/import.mdx:6:1: error: mdx: « import » and « export » are not allowed in content: use the registered components directly',
  ],
  'video-src': [
    'video-src/actualites/video.mdx:6:1: error: mdx: <VideoEmbed> needs src="..." with the address of a video or podcast episode (YouTube, Dailymotion, Vimeo, PeerTube, Acast) (not « javascript:alert(1) »)',
  ],
  'unknown-component': [
    `unknown-component/actualites/composant.mdx:6:1: error: mdx: unknown component « <Carrousel> »: only ${REGISTERED_COMPONENTS.map((c) => `<${c}>`).join(', ')} may be used`,
  ],
};

describe('npm run check on tests/fixtures/bad-content/, one content source per rule', () => {
  it('has a case for every fixture folder', () => {
    expect(fs.readdirSync(BASE).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} at its file and line, with its message`, async () => {
      const { problems } = await checkContent(path.join(BASE, name));
      expect(problems.map(formatProblemWithSeverity)).toEqual(
        expected.map((line) => `${BASE}/${line}`),
      );
    });
  }
});

describe('files that would hang a naive parser', { timeout: 30_000 }, () => {
  it('refuses a 5 MB Markdown file at once, saying why', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'big-content-'));
    fs.mkdirSync(path.join(root, 'actualites'));
    const file = path.join(root, 'actualites', 'enorme.md');
    fs.writeFileSync(
      file,
      `---\ntitle: "Énorme"\ndate: 2026-01-15\n---\n\n${'Du texte. '.repeat(500_000)}`,
    );
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblemWithSeverity)).toEqual([
      `${path.relative(process.cwd(), file)}:1:1: error: file is too large (5,0 Mo; at most 1 Mo): split it or move data to a linked file`,
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

// Spawns the check as `npm run check` does: slow to start on a busy machine, hence the generous
// timeout (not a speed test).
describe('the npm run check command', { timeout: 60_000 }, () => {
  const run = (source: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/check.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.join(BASE, source), GITHUB_ACTIONS: '', ...env },
    });

  it('exits 1 on an error and prints it as path:line:column: error: message', () => {
    const result = run('script');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${BASE}/${CASES.script?.[0]}\n`);
    expect(result.stdout).toContain('✗ 1 file checked: 1 error, 0 warnings');
  });

  it('exits 0 when there are only warnings', () => {
    const result = run('onclick');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ 1 file checked: 0 errors, 4 warnings');
  });

  it('adds GitHub annotations on a GitHub runner', () => {
    const result = run('script', { GITHUB_ACTIONS: 'true', CI: 'true' });
    expect(result.stdout).toContain(
      `::error file=${BASE}/script/actualites/script.md,line=8,col=1::html: <script> is not allowed: content cannot run code (remove it)\n`,
    );
  });
});
