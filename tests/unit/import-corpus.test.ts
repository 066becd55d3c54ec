import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discoverSources } from '@/lib/content/load';
import { newsTargetPath } from '@/lib/import/layout';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
const present = fs.existsSync(CORPUS);
if (!present) {
  console.warn(
    `\n${'!'.repeat(78)}\n! SKIPPED: the 2026 corpus is not at ${CORPUS}.\n! The import of the real site (addresses, aliases, determinism) did not run.\n${'!'.repeat(78)}`,
  );
}

const runImport = (source: string, target: string) =>
  spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/import.ts', source, target], {
    encoding: 'utf8',
  });

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** One hash over every file's path and bytes. */
function hashTree(root: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of listFiles(root))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const aliasesOf = (file: string): string[] => {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
  const data = parse(yaml) as { aliases?: string[] } | null;
  return data?.aliases ?? [];
};

// Spawns tsx on the whole site, three times: slow on a busy machine (not a speed test).
describe.skipIf(!present)('npm run import on the mission’s 2026 site', { timeout: 180_000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-corpus-'));
  const dir = path.join(tmp, 'content');
  let sourceBefore = '';
  let firstRun = '';
  let first: ReturnType<typeof runImport>;

  beforeAll(() => {
    sourceBefore = hashTree(CORPUS);
    first = runImport(CORPUS, dir);
    firstRun = hashTree(dir);
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('runs and writes its report to the content folder too', () => {
    expect(first.status, first.stderr).toBe(0);
    const report = fs.readFileSync(path.join(dir, 'import-report.txt'), 'utf8');
    expect(first.stdout).toContain(report);
    expect(report).toMatch(
      /^Summary: \d+ posts written, \d+ assets copied, \d+ guide pages written, \d+ guide assets copied, \d+ public files copied, (?:\d+ [a-z ]+, )*\d+ files not imported; \d+ lines to review: /m,
    );
  });

  it('keeps every news address of the former site: as the new address or as an alias of its post', () => {
    const rows = fs
      .readFileSync(path.join(CORPUS, 'URLS.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter(
        ([url, inputPath, , kind]) =>
          kind === 'html' &&
          url?.startsWith('/actualites/') &&
          /^content\/actualites\/posts\/.*\.md$/.test(inputPath ?? ''),
      );
    expect(rows.length).toBeGreaterThan(50);
    // The project's own reading of the content folder, not the importer's, gives the new addresses.
    const urls = new Map(
      discoverSources(dir).map((s) => [
        path.relative(dir, s.absPath).split(path.sep).join('/'),
        s.url,
      ]),
    );
    const kept = rows.map(([url, inputPath]) => {
      const written = newsTargetPath(inputPath ?? '');
      const newUrl = urls.get(written);
      const aliases = newUrl ? aliasesOf(path.join(dir, written)) : [];
      return { url, written, ok: newUrl === url || aliases.includes(url ?? '') };
    });
    expect(kept.filter((k) => !k.ok)).toEqual([]);
  });

  it('writes one post per Markdown file of the news, with the assets, and nothing else of the news section', () => {
    const sourcePosts = listFiles(path.join(CORPUS, 'content', 'actualites', 'posts')).filter((f) =>
      f.endsWith('.md'),
    );
    const written = listFiles(path.join(dir, 'actualites'));
    expect(written.filter((f) => f.endsWith('.md'))).toHaveLength(sourcePosts.length);
    expect(written.filter((f) => /\.(njk|js|json)$/.test(f))).toEqual([]);
    expect(written).toContain('img/logo-FDN.png');
    // All of public/ but the former site's own scripts and styles.
    expect(listFiles(path.join(dir, 'public'))).toEqual(
      listFiles(path.join(CORPUS, 'public')).filter((f) => !/\.(js|css)$/.test(f)),
    );
  });

  it('rewrites the Semaine NumEco list as a :::posts container', () => {
    const page = fs.readFileSync(
      path.join(dir, 'actualites/actus/semaineNumEco2025/semaineNumEco2025.md'),
      'utf8',
    );
    expect(page).toContain('\n:::posts tags="Semaine NumEco, Événement" upcoming\n:::\n');
    expect(page).not.toContain('{%');
  });

  it('gives byte-identical trees when run again, in place or elsewhere', () => {
    const again = runImport(CORPUS, dir);
    expect(again.status, again.stderr).toBe(0);
    expect(hashTree(dir)).toBe(firstRun);
    const other = path.join(tmp, 'other');
    expect(runImport(CORPUS, other).status).toBe(0);
    expect(hashTree(other)).toBe(firstRun);
  });

  it('leaves the source as it was', () => {
    expect(hashTree(CORPUS)).toBe(sourceBefore);
  });
});
