#!/usr/bin/env node
/**
 * `npm run build`: checks the content, runs `next build` (static export to out/), then the
 * post-export steps. A failed build leaves the previous out/ as it was: the old site is kept
 * aside during the build and put back on any failure.
 *
 * OUT_DIR=<dir> writes the result there instead of out/ (tests build several sites).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { postExport } from './post-export/index.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const out = path.join(root, 'out');
const target = path.resolve(process.env.OUT_DIR || out);
const held = path.join(root, '.out-previous');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

if (!run(process.execPath, ['scripts/check.mjs', '--format', 'build'])) {
  console.error('\nBuild stopped: fix the content errors above.');
  process.exit(1);
}

fs.rmSync(held, { recursive: true, force: true });
if (fs.existsSync(out)) fs.renameSync(out, held);

function restore() {
  fs.rmSync(out, { recursive: true, force: true });
  if (fs.existsSync(held)) fs.renameSync(held, out);
}

const started = Date.now();
if (!run(path.join(root, 'node_modules', '.bin', 'next'), ['build'])) {
  restore();
  console.error('\nBuild failed: out/ is unchanged.');
  process.exit(1);
}
try {
  await postExport(out);
} catch (error) {
  restore();
  console.error(
    `\nPost-export step failed: ${error instanceof Error ? error.message : error}\nout/ is unchanged.`,
  );
  process.exit(1);
}

if (target !== out) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(out, target);
  if (fs.existsSync(held)) fs.renameSync(held, out);
} else {
  fs.rmSync(held, { recursive: true, force: true });
}
console.log(
  `\n✓ Site written to ${path.relative(root, target) || '.'}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
