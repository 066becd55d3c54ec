import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const runImport = (...args: string[]) =>
  spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...args], {
    encoding: 'utf8',
  });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-command-'));
const source = path.join(tmp, 'site');

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

write(
  path.join(source, 'content/actualites/posts/Annonce.md'),
  '---\ntitle: Annonce\ndate: 2025-01-01\n---\nCorps\n',
);
write(
  path.join(source, 'content/actualites/posts/posts.11tydata.js'),
  'module.exports = { tags: ["posts"], permalink: (data) => `/actualites/${data.page.fileSlug}/` };',
);

// Spawns tsx: slow to start on a busy machine, hence the generous timeout (not a speed test).
describe('npm run import: the content folder', { timeout: 60_000 }, () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('creates the folder, with the marker, the report and the mapped post', () => {
    const dir = path.join(tmp, 'new');
    const result = runImport(source, dir);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.imported-from'), 'utf8')).toBe(`${source}\n`);
    expect(fs.readFileSync(path.join(dir, 'actualites/Annonce.md'), 'utf8')).toBe(
      '---\ntitle: Annonce\ndate: 2025-01-01\naliases:\n  - /actualites/Annonce/\n---\nCorps\n',
    );
    expect(result.stdout).toContain('actualites/Annonce.md:4: alias /actualites/Annonce/');
    expect(fs.readFileSync(path.join(dir, 'import-report.txt'), 'utf8')).toContain(
      'Summary: 1 posts written',
    );
  });

  it('replaces a previous import, leaving nothing of it behind', () => {
    const dir = path.join(tmp, 'previous');
    expect(runImport(source, dir).status).toBe(0);
    write(path.join(dir, 'actualites/stale.md'), 'stale');
    expect(runImport(source, dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'actualites/stale.md'))).toBe(false);
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('.previous'))).toEqual([]);
  });

  it('refuses a non-empty folder that no import made, and touches nothing in it', () => {
    const dir = path.join(tmp, 'mine');
    write(path.join(dir, 'notes.md'), 'mine');
    const result = runImport(source, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'is not empty and was not made by an import (no .imported-from file): nothing written',
    );
    expect(fs.readdirSync(dir)).toEqual(['notes.md']);
  });

  it('refuses a content folder inside the source, and a source that is not an Eleventy site', () => {
    expect(runImport(source, path.join(source, 'out')).stderr).toContain(
      'must not contain one another',
    );
    expect(runImport(path.join(tmp, 'nothing'), path.join(tmp, 'x')).stderr).toContain(
      'is not an eleventy-dsfr site',
    );
    expect(runImport(source).stderr).toContain(
      'usage: npm run import -- <eleventy-dsfr site> <content dir>',
    );
  });
});
