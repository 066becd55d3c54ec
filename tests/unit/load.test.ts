import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';

let dir: string;
const write = (rel: string, text: string | Buffer) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const post = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: 2022-06-09\n${extra}---\n\nTexte.\n`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('readContent', () => {
  it('finds .md and .mdx files in nested folders whose names have spaces', () => {
    write('actualites/archives 2025/Événement été.md', post('Été'));
    write('actualites/autre.mdx', post('Autre'));
    const { entries, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.slug, e.url, e.format])).toEqual([
      ['evenement-ete', '/actualites/evenement-ete/', 'md'],
      ['autre', '/actualites/autre/', 'mdx'],
    ]);
  });

  it('reports two files with the same slug, naming both', () => {
    write('actualites/a/Même.md', post('A'));
    write('actualites/b/meme.md', post('B'));
    const { problems } = readContent(dir);
    expect(problems).toHaveLength(1);
    const line = formatProblem(problems[0]!);
    expect(line).toContain(path.relative(process.cwd(), path.join(dir, 'actualites/a/Même.md')));
    expect(line).toContain(path.relative(process.cwd(), path.join(dir, 'actualites/b/meme.md')));
    expect(line).toContain('same URL /actualites/meme/');
  });

  it('refuses slugs the news routes use', () => {
    write('actualites/page.md', post('Page'));
    expect(readContent(dir).problems.map((p) => p.rule)).toEqual(['slug-reserved']);
  });

  it('resolves images in the content public folder and next to the file, and reports missing ones', () => {
    // The PNG signature: images are recognised by their bytes, not their names.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    write('public/img/a.png', png);
    write('actualites/x/b.png', png);
    write('actualites/x/un.md', post('Un', 'image: /img/a.png\n'));
    write('actualites/x/deux.md', post('Deux', 'image:\n  path: b.png\n  alt: B\n'));
    write('actualites/x/trois.md', post('Trois', 'image: /img/absente.png\n'));
    const { entries, problems } = readContent(dir);
    expect(entries.find((e) => e.slug === 'un')?.image?.file).toBe(
      path.join(dir, 'public/img/a.png'),
    );
    expect(entries.find((e) => e.slug === 'deux')?.image?.file).toBe(
      path.join(dir, 'actualites/x/b.png'),
    );
    expect(problems).toMatchObject([{ line: 4, field: 'image', rule: 'image-missing' }]);
    expect(problems[0]?.message).toMatch(/^« \/img\/absente\.png » not found/);
  });

  it('maps publications, sub-pages, tool sheets and pages to their URLs', () => {
    write('publications/guide.md', post('Guide'));
    write('publications/referentiel/index.md', post('Référentiel'));
    write('publications/referentiel/criteres.md', post('Critères'));
    write('boite-outils/scaphandre.md', post('Scaphandre', 'category: Mesure\nscope: Serveur\n'));
    write('pages/a-propos.md', post('À propos'));
    const urls = readContent(dir).entries.map((e) => `${e.kind} ${e.url}`);
    expect(urls.sort()).toEqual([
      'page /a-propos/',
      'publication /publications/guide/',
      'publication /publications/referentiel/',
      'publication /publications/referentiel/criteres/',
      'tool /publications/boite-outils/scaphandre/',
    ]);
  });

  it('builds from a source that holds only some of the folders', () => {
    write('actualites/seul.md', post('Seul'));
    expect(readContent(dir).entries).toHaveLength(1);
  });

  it('reports every problem of every file in one run', () => {
    write('actualites/a.md', '---\ntitle: A\ndate: 2022-13-01\n---\n');
    write('actualites/b.md', '---\ndate: 2022-06-09\n---\n');
    expect(
      readContent(dir)
        .problems.map(formatProblem)
        .map((l) => l.replace(/^.*actualites\//, '')),
    ).toEqual([
      'a.md:3: date: « 2022-13-01 » is not a valid date (expected YYYY-MM-DD)',
      'b.md:1: title: is required: add a line « title: … » to the front matter',
    ]);
  });

  it('reads each file once, and a preview cache re-reads only changed files', () => {
    write('actualites/a.md', post('A'));
    write('actualites/b.md', post('B'));
    const read = vi.spyOn(fs, 'readFileSync');
    const cache = new Map();
    readContent(dir, cache);
    expect(read.mock.calls.filter(([f]) => String(f).endsWith('.md'))).toHaveLength(2);
    read.mockClear();
    readContent(dir, cache);
    expect(read.mock.calls.filter(([f]) => String(f).endsWith('.md'))).toHaveLength(0);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'actualites/b.md'), later, later);
    readContent(dir, cache);
    expect(read.mock.calls.map(([f]) => path.basename(String(f)))).toEqual(['b.md']);
  });
});
