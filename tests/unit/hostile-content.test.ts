import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { LIMITS } from '@/lib/content/limits';
import { formatProblemWithSeverity } from '@/lib/content/problems';

const BASE = 'tests/fixtures/hostile';

/**
 * Content written as an attacker would, one source per class: every problem it gives, exactly.
 * (The `feeds` source is acceptable content: tests/build/hostile-feeds.test.ts builds it.)
 */
const CASES: Record<string, string[]> = {
  'link-field': [
    'link-field/actualites/lien-data.md:4:1: error: link: must be a site path (/publications/…) or a web address (https://…)',
    'link-field/actualites/lien-espace.md:4:1: error: link: « http://exa mple.com/ » is not a valid web address',
    'link-field/actualites/lien-javascript.md:4:1: error: link: must be a site path (/publications/…) or a web address (https://…)',
    'link-field/actualites/lien-sans-hote.md:4:1: error: link: « https:// » is not a valid web address',
  ],
  encoding: [
    'encoding/actualites/latin1.md:1:1: error: encoding: the file is not UTF-8: save it as UTF-8 in your editor',
    'encoding/actualites/octet-nul.md:6:1: error: encoding: the file holds a NUL byte (not text): remove it',
    'encoding/actualites/utf16.md:1:1: error: encoding: the file is not UTF-8 (it is UTF-16): save it as UTF-8 in your editor',
  ],
  'html-names': [
    'html-names/actualites/constructor.md:8:1: warning: html: <constructor> is not supported in content: removed, its text kept',
    'html-names/actualites/srcdoc.md:8:1: warning: html: « srcdoc » ignored: the video card replaces the iframe (only an image of the site inside it is kept, as the poster)',
    'html-names/actualites/video-mdx.mdx:8:1: error: html: <iframe> of a YouTube video: in .mdx, write <VideoEmbed src="https://www.youtube.com/watch?v=abcdef123" title="…" /> instead',
  ],
  'too-many-tags': [
    'too-many-tags/actualites/trop-de-themes.md:4:1: error: tags: at most 20 tags a post (each makes pages and a feed): keep the main ones',
  ],
  feeds: [
    'feeds/actualites/code-en-ligne.md:9:27: warning: html: <a>: event attribute « onclick » removed (content cannot run code)',
  ],
};

describe('npm run check on tests/fixtures/hostile/, one content source per attack', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} at its file and line, with its message`, async () => {
      const { problems } = await checkContent(path.join(BASE, name));
      expect(problems.map(formatProblemWithSeverity)).toEqual(
        expected.map((line) => `${BASE}/${line}`),
      );
    });
  }
});

/**
 * The large inputs an attacker tried (issue 13, point 6), each under the 1 MB file limit, made
 * here rather than committed. Each is refused with the limit it passes and the line where.
 */
const FRONT = '---\ntitle: "T"\ndate: 2026-01-10\n---\n\n';
const LARGE: Record<string, { source: string; line: number; message: string; also?: string[] }> = {
  'nested-quotes': {
    source: `${FRONT}${'>'.repeat(100_000)} x\n`,
    line: 6,
    message: `body: quotes and lists nested ${LIMITS.nesting + 1} deep (at most ${LIMITS.nesting}): flatten them`,
  },
  'nested-list-items': {
    source: `${FRONT}${'- '.repeat(50_000)}x\n`,
    line: 6,
    message: `body: quotes and lists nested ${LIMITS.nesting + 1} deep (at most ${LIMITS.nesting}): flatten them`,
  },
  'indented-list-items': {
    source: FRONT + Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    line: 22,
    message: `body: quotes and lists nested 17 deep (at most ${LIMITS.nesting}): flatten them`,
    also: [
      `68:1: error: body: more than ${LIMITS.containers} quote and list markers in one file (80200): split it into several pages`,
    ],
  },
  'one-quote-a-line': {
    source: FRONT + Array.from({ length: 100 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n'),
    line: 22,
    message: `body: quotes and lists nested 17 deep (at most ${LIMITS.nesting}): flatten them`,
  },
  emphasis: {
    source: `${FRONT}${'*a_'.repeat(300_000)}\n`,
    line: 5,
    message: 'body: the text is too long (900 Ko; at most 256 Ko): split it into several pages',
  },
  'emphasis-under-size': {
    source: `${FRONT}${'*a_'.repeat(80_000)}\n`,
    line: 6,
    message: `body: more than ${LIMITS.emphasis} « * » and « _ » in one file (160000): split it into several pages`,
  },
  'open-links': {
    source: `${FRONT}${'[x]('.repeat(60_000)}\n`,
    line: 6,
    message: `body: more than ${LIMITS.brackets} « [ » and « ] » in one file (120000): split it into several pages`,
  },
  brackets: {
    source: `${FRONT}${'['.repeat(200_000)}\n`,
    line: 6,
    message: `body: more than ${LIMITS.brackets} « [ » and « ] » in one file (200000): split it into several pages`,
  },
  'wide-table': {
    source: `${FRONT}${'|a'.repeat(1000)}|\n${'|-'.repeat(1000)}|\n`,
    line: 6,
    message: `body: table of 1000 columns (at most ${LIMITS.tableColumns}): split the table`,
  },
  footnotes: {
    source:
      FRONT +
      Array.from({ length: 600 }, (_, i) => `x[^${i}]`).join('') +
      '\n\n' +
      Array.from({ length: 600 }, (_, i) => `[^${i}]: n`).join('\n'),
    line: 8 + LIMITS.footnotes,
    message: `body: more than ${LIMITS.footnotes} footnotes in one file (600): split it into several pages`,
  },
  'interpolation-bomb': {
    source: `---\ntitle: "T"\ndate: 2026-01-10\nv: "${'x'.repeat(5000)}"\n---\n\n${'{{ v }}'.repeat(100_000)}\n`,
    line: 7,
    message: `interpolation: « {{ v }} »: the values put in the text make it longer than ${LIMITS.bodyBytes / 1000} Ko: write the text itself`,
  },
  'nested-html': {
    source: `${FRONT}${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}\n`,
    line: 6,
    message: `body: HTML elements nested more than ${LIMITS.htmlNesting} deep: flatten them`,
  },
};

describe(
  'large hostile inputs are refused, saying which limit and where',
  { timeout: 60_000 },
  () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-large-'));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('checks them all in one run, each refused (tags: see too-many-tags)', async () => {
      fs.mkdirSync(path.join(root, 'actualites'));
      for (const [name, { source }] of Object.entries(LARGE)) {
        fs.writeFileSync(path.join(root, 'actualites', `${name}.md`), source);
      }
      const { problems } = await checkContent(root);
      const rel = path.relative(process.cwd(), path.join(root, 'actualites'));
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.map(formatProblemWithSeverity).sort()).toEqual(
        Object.entries(LARGE)
          .flatMap(([name, { line, message, also = [] }]) => [
            `${rel}/${name}.md:${line}:1: error: ${message}`,
            ...also.map((rest) => `${rel}/${name}.md:${rest}`),
          ])
          .sort(),
      );
    });

    it('lets the largest real files through: every limit is far above them', async () => {
      const corpus = path.resolve('..', 'shared', 'corpus', 'minumeco-2026', 'content');
      if (!fs.existsSync(corpus)) return;
      const { checkBodyLimits } = await import('@/lib/content/limits');
      const files = fs
        .readdirSync(corpus, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.md'));
      expect(files.length).toBeGreaterThan(200);
      for (const d of files) {
        const file = path.join(d.parentPath, d.name);
        expect(checkBodyLimits(file, fs.readFileSync(file, 'utf8'), 1)).toEqual([]);
      }
    });
  },
);
