import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, FIXTURE_BUILD_TIME, FIXTURES, ROOT, SHARED, type BuildResult } from './build';

/** The mission's current site (Eleventy 2 + eleventy-dsfr), as ../shared holds it. */
export const CORPUS_2026 = path.join(SHARED, 'corpus', 'minumeco-2026');
const CONTENT = path.join(ROOT, '.test-builds', 'minumeco-2026-content');
/** A post written today in the former site's dialect, added to the imported content. */
export const DIALECT_POST = path.join(
  FIXTURES,
  'dialect',
  'ok',
  'actualites',
  'ancien-dialecte.md',
);

/**
 * `npm run import` of the corpus into .test-builds/, once per test run, plus the post in the old
 * dialect; then the same build for every test file that asks (build tests and browser tests).
 */
export function buildCorpus2026(): BuildResult & { content: string } {
  const runId = process.env.TEST_RUN_ID ?? 'manual';
  const marker = path.join(CONTENT, '.test-run');
  const fresh = fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === runId;
  if (!fresh && !(process.env.REUSE_BUILDS === '1' && fs.existsSync(marker))) {
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'scripts/import.ts',
        CORPUS_2026,
        CONTENT,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0)
      throw new Error(`npm run import failed:\n${result.stdout}\n${result.stderr}`);
    fs.copyFileSync(DIALECT_POST, path.join(CONTENT, 'actualites', path.basename(DIALECT_POST)));
    fs.writeFileSync(marker, runId);
  }
  const build = buildSite('minumeco-2026', {
    CONTENT_DIR: CONTENT,
    LINKS: 'warn',
    BUILD_TIME: FIXTURE_BUILD_TIME,
  });
  return { ...build, content: CONTENT };
}
