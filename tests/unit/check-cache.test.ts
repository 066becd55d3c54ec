import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run check` (the first step of every build) compiles each body once and keeps it
 * (node_modules/.cache/compiled-bodies/): the next check, and the pages of the build, read it.
 * Run on a copy of the project's own content, so that no other run has compiled it already.
 */
describe('bodies kept between builds, as npm run check reports them', { timeout: 120_000 }, () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
  fs.cpSync('content', source, { recursive: true });
  afterAll(() => fs.rmSync(source, { recursive: true, force: true }));

  const check = () => {
    const result = spawnSync(process.execPath, ['scripts/check.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: source, GITHUB_ACTIONS: '' },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const match = /bodies: (\d+) compiled, (\d+) unchanged/.exec(result.stdout);
    expect(match, result.stdout).not.toBeNull();
    return { compiled: Number(match![1]), kept: Number(match![2]) };
  };

  it('compiles every body the first time, none the second, one after editing one post', () => {
    const first = check();
    expect(first.compiled).toBeGreaterThan(20);
    expect(first.kept).toBe(0);

    expect(check()).toEqual({ compiled: 0, kept: first.compiled });

    const posts = path.join(source, 'actualites');
    const post = path.join(
      posts,
      fs.readdirSync(posts).find((f) => f.endsWith('.md'))!,
    );
    fs.appendFileSync(post, '\nUn paragraphe ajouté.\n');
    expect(check()).toEqual({ compiled: 1, kept: first.compiled - 1 });
  });
});
