import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// 240 posts: above the size from which `npm run check` shares the work with worker threads.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-parallel-'));
const dir = path.join(root, 'actualites');
fs.mkdirSync(dir, { recursive: true });
for (let i = 0; i < 240; i++) {
  const name = `post-${String(i).padStart(3, '0')}`;
  // A problem in some files of each share: a broken link, an image without alt text, a script.
  const body = [
    `Texte de l’actualité ${i}, [lien vers la suivante](/actualites/post-${String(i + 1).padStart(3, '0')}/).`,
    i % 37 === 5 ? '![](/images/absente.png)' : '',
    i % 41 === 3 ? '<script>alert(1)</script>' : '',
    i % 29 === 7 ? '[lien cassé](/publications/inexistante/)' : '',
  ].join('\n\n');
  fs.writeFileSync(
    path.join(dir, `${name}.md`),
    `---\ntitle: "Actualité ${i}"\ndate: 2025-01-${String((i % 28) + 1).padStart(2, '0')}\ntags: ["Test"]\n---\n\n${body}\n`,
  );
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const fileOf = (i: number) =>
  path
    .relative(process.cwd(), path.join(dir, `post-${String(i).padStart(3, '0')}.md`))
    .split(path.sep)
    .join('/');

// Without the cache of compiled bodies: each run compiles every body, in its threads.
const check = (threads: string) =>
  spawnSync(process.execPath, ['scripts/check.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: root,
      CHECK_THREADS: threads,
      GITHUB_ACTIONS: '',
      COMPILE_CACHE: '0',
    },
  });

describe('npm run check on a large source', { timeout: 120_000 }, () => {
  it('finds the same problems, in the same order, with worker threads as in one thread', () => {
    const one = check('1');
    const two = check('2');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).not.toContain('parallel check unavailable');
    expect(two.stdout).toBe(one.stdout);
    const lines = two.stdout.trim().split('\n');
    const planted = (every: number, at: number) =>
      Array.from({ length: 240 }, (_, i) => i).filter((i) => i % every === at);
    // Each planted problem, at its file and line, whichever thread checked it.
    for (const i of planted(41, 3)) {
      expect(lines).toContain(
        `${fileOf(i)}:11:1: error: html: <script> is not allowed: content cannot run code (remove it)`,
      );
    }
    for (const i of planted(37, 5)) {
      expect(lines).toContain(
        `${fileOf(i)}:9:1: error: image: « /images/absente.png » not found (looked in ${path.relative(process.cwd(), root)}/public/ and public/)`,
      );
    }
    for (const i of planted(29, 7)) {
      expect(lines).toContain(
        `${fileOf(i)}:13:1: error: link « /publications/inexistante/ » leads to no page`,
      );
    }
    // The last post links to a 241st that does not exist.
    expect(lines).toContain(
      `${fileOf(239)}:7:27: error: link « /actualites/post-240/ » leads to no page`,
    );
    expect(lines.at(-1)).toBe(
      `✗ 240 files checked: ${planted(41, 3).length + planted(37, 5).length + planted(29, 7).length + 1} errors, ${planted(37, 5).length} warnings`,
    );
  });
});
