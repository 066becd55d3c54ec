import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discoverSources } from '@/lib/content/load';
import { readYaml } from '@/lib/import/front-matter';
import { guidePageAddress, mapGuidePage } from '@/lib/import/guide-page';
import { guidesMapper } from '@/lib/import/guides';
import type { MapperResult, SourceTree } from '@/lib/import/plan';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
const SECTION = 'content/ressources/documents-reference/';
const present = fs.existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: the 2026 corpus is not at ${CORPUS}`);

/** The corpus's guides' section as the import command lists it: only read, never run. */
function corpusTree(): SourceTree {
  const files = fs
    .readdirSync(path.join(CORPUS, SECTION), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(CORPUS, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
  return { files, links: [], read: (p) => fs.readFileSync(path.join(CORPUS, p), 'utf8') };
}

const empty = { tags: [], values: {} };
const noFile = () => false;

describe('a page of a guide', () => {
  it('keeps its folders, and its former address as an alias when it changes', () => {
    const page = mapGuidePage({
      sourcePath: `${SECTION}guide-achats/fiches/hebergement.md`,
      source:
        '---\ntitle: Hébergement\ndate: 2021-04-29\npermalink: /publications/guide-pratique/fiches/hebergement/\ntags: [guideAchat, Achats]\neleventyNavigation:\n  order: 40\n---\nTexte.\n',
      defaults: empty,
      exists: noFile,
      copied: noFile,
    });
    expect(page.targetPath).toBe('publications/guide-achats/fiches/hebergement.md');
    expect(page.newAddress).toBe('/publications/guide-achats/fiches/hebergement/');
    expect(page.aliases).toEqual(['/publications/guide-pratique/fiches/hebergement/']);
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(page.text)![1]!) as Record<string, unknown>;
    expect(data).toMatchObject({ order: 40, aliases: page.aliases });
    expect(data.tags).toEqual(['Achats']);
    expect(page.text.endsWith('Texte.\n')).toBe(true);
    expect(page.notes.map((n) => n.kind).sort()).toEqual(['alias', 'tags']);
  });

  it('repairs a quoted value continued at the margin, which the former site read and YAML refuses', () => {
    const page = mapGuidePage({
      sourcePath: `${SECTION}guide/outil.md`,
      source:
        '---\ntitle: Outil\ndate: 2023-07-13\nnote: "une grille\net une autre"\nfin: oui\n---\nTexte.\n',
      defaults: empty,
      exists: noFile,
      copied: noFile,
    });
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(page.text)![1]!) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Outil', note: 'une grille et une autre', fin: 'oui' });
    expect(page.notes.map((n) => n.message)).toContain(
      'front matter a quoted value continued on lines at the margin, which YAML does not allow: those lines indented',
    );
  });

  it('takes Eleventy’s default address when it has no permalink', () => {
    const page = mapGuidePage({
      sourcePath: `${SECTION}guide/chapitre/index.md`,
      source: '---\ntitle: Chapitre\ndate: 2022-01-01\n---\nTexte.\n',
      defaults: empty,
      exists: noFile,
      copied: noFile,
    });
    expect(page.newAddress).toBe('/publications/guide/chapitre/');
    expect(page.aliases).toEqual(['/ressources/documents-reference/guide/chapitre/']);
  });

  it('has the address this site gives its file', () => {
    expect(guidePageAddress('publications/Guide Été/Chapitre/index.md')).toBe(
      '/publications/guide-ete/chapitre/',
    );
  });
});

describe.runIf(present)('the guides of the 2026 corpus', () => {
  let result: MapperResult;
  let dir: string;
  /** Every page of the import by its address here, with its former addresses. */
  const pages = new Map<string, { file: string; aliases: string[] }>();

  beforeAll(() => {
    result = guidesMapper().map(corpusTree());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-import-'));
    for (const output of result.outputs) {
      if (!('text' in output)) continue;
      const file = path.join(dir, ...output.to.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, output.text);
    }
    // Addresses as this site computes them when it reads the written files.
    for (const source of discoverSources(dir)) {
      const text = fs.readFileSync(source.absPath, 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = readYaml(yaml);
      const aliases = data.ok ? (data.data.aliases as string[] | undefined) : undefined;
      pages.set(source.url, { file: source.file, aliases: aliases ?? [] });
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const urls = () =>
    fs
      .readFileSync(path.join(CORPUS, 'URLS.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter(([, input]) => input?.startsWith(SECTION))
      .filter(([, input]) => !/\/(boite-outils|referentiel-general-ecoconception)\//.test(input!));

  it('writes a page for every address of the guides, templates included, at its address or as an alias', () => {
    const markdown = urls().filter(([, input]) => /\.(md|njk)$/.test(input!));
    expect(markdown.filter(([, input]) => input!.endsWith('.njk')).length).toBe(4);
    expect(markdown.length).toBeGreaterThan(60);
    const reached = (url: string) =>
      pages.has(url) || [...pages.values()].some((p) => p.aliases.includes(url));
    const missing = markdown
      .filter(([url, input]) => !input!.endsWith('/documents-reference.md') && !reached(url!))
      .map(([url]) => url);
    expect(missing).toEqual([]);
  });

  it('nests chapters three levels deep', () => {
    expect(
      pages.get('/publications/guide-achats-responsables/fiches-pratiques/hebergement/'),
    ).toEqual({
      file: expect.stringContaining('guide-achats-responsables/fiches-pratiques/hebergement.md'),
      aliases: [
        '/publications/guide-pratique-achats-numeriques-responsables/fiches-pratiques/hebergement/',
      ],
    });
  });

  it('leaves the section’s own page to the resources mapper and the other folders to theirs', () => {
    const reported = new Map(
      result.notes.filter((n) => n.kind === 'skipped').map((n) => [n.file, n.message]),
    );
    expect(result.handled).not.toContain(`${SECTION}documents-reference.md`);
    // Nothing said of them here: their own mappers claim them (or the plan reports them).
    expect(reported.has(`${SECTION}boite-outils/`)).toBe(false);
    expect(result.handled.some((f) => f.startsWith(`${SECTION}boite-outils/`))).toBe(false);
    expect(
      result.outputs.some((o) =>
        /^publications\/(boite-outils|referentiel-general-ecoconception)\//.test(o.to),
      ),
    ).toBe(false);
  });

  it('orders chapters as the former site’s menu did', () => {
    const text = result.outputs.find(
      (o) => o.to === 'publications/fin-usage/quiz-fin-usage-deee.md',
    );
    expect(text && 'text' in text ? text.text : '').toMatch(/^order: 50$/m);
  });
});
