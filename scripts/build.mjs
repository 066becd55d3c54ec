#!/usr/bin/env node
/**
 * `npm run build`: checks the content, runs `next build` (static export), then the post-export
 * steps, all into a folder of its own (.build/out-<pid>/). The published folder (out/, or OUT_DIR)
 * is replaced only once every step succeeded, and it is never removed or moved before: a failed,
 * interrupted or killed build leaves it as it was.
 *
 * One build at a time (scripts/build-lock.mjs): a second one started meanwhile is refused.
 *
 * OUT_DIR=<dir> writes the result there instead of out/ (tests build several sites).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config } from '../lib/config.mjs';
import { acquireLock } from './build-lock.mjs';
import { writeSiteHeaders } from './headers.mjs';
import { postExport } from './post-export/index.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const target = path.resolve(config.outDir);
const shown = `${path.relative(root, target) || '.'}/`;
/** Exit status of a build refused because another one runs (EX_TEMPFAIL): npm start tells it apart. */
const BUSY = 75;

if (target === root || root.startsWith(`${target}${path.sep}`)) {
  console.error(
    `OUT_DIR=${config.outDir} would replace the project itself: choose another folder.`,
  );
  process.exit(1);
}

const lockFile = path.join(root, '.build.lock');
const lock = acquireLock(lockFile);
if (!lock.ok) {
  const { pid, startedAt } = lock.holder;
  const since = startedAt ? `, started ${new Date(startedAt).toLocaleTimeString('en-GB')}` : '';
  console.error(
    `Another build is running (pid ${pid || '?'}${since}): wait for it to finish.\n` +
      `If no build is running, delete ${path.relative(root, lockFile)} and try again.`,
  );
  process.exit(BUSY);
}

// Next's static export writes to `distDir` when one is set (next.config.mjs reads this variable):
// the only way to have it write elsewhere than out/. It must lie inside the project.
const workDir = path.join(root, '.build');
const staging = path.join(workDir, `out-${process.pid}`);
const env = {
  // glibc gives each thread that allocates its own memory arena, up to 8 a core: Next's page
  // workers, encoding images with sharp's threads, kept RSS they no longer used. Two arenas: peak
  // of a cold build of 1,000 posts 1.64-1.67 GB instead of 1.76-1.99 GB, same time. Set to
  // change it; ignored where the C library is not glibc.
  MALLOC_ARENA_MAX: '2',
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_EXPORT_DIR: path.relative(root, staging),
};

/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
let published = false;
process.on('exit', () => {
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    fs.rmdirSync(workDir); // only if empty
  } catch {
    // not empty, or already gone
  }
  lock.release();
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    child?.kill(signal);
    console.error(`\nBuild interrupted (${signal})${published ? '' : `: ${shown} is unchanged`}.`);
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  });
}

/**
 * Runs a command, output shown; resolves with whether it succeeded.
 * @param {string} command @param {string[]} args @returns {Promise<boolean>}
 */
function run(command, args) {
  return new Promise((/** @type {(ok: boolean) => void} */ resolve) => {
    child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  }).finally(() => {
    child = undefined;
  });
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\n${message}\n${shown} is unchanged.`);
  process.exit(1);
}

cleanUpAfterDeadBuilds();

if (!(await run(process.execPath, ['scripts/check.mjs', '--format', 'build']))) {
  fail('Build stopped: fix the content errors above.');
}
const started = Date.now();
if (!(await run(path.join(root, 'node_modules', '.bin', 'next'), ['build']))) {
  fail('Build failed.');
}
try {
  await postExport(staging);
  writeSiteHeaders(staging);
} catch (error) {
  fail(`Post-export step failed: ${error instanceof Error ? error.message : error}`);
}
publish(staging, target);
published = true;
console.log(`\n✓ Site written to ${shown} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * Puts the new site in place: moved next to the target first (copied if it lies on another file
 * system), then two renames. Between them, for a few microseconds, there is no folder at the
 * target; a build killed exactly there leaves the previous site in <target>.old-<pid>, and the
 * next build puts it back (cleanUpAfterDeadBuilds).
 * @param {string} staged @param {string} destination
 */
function publish(staged, destination) {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const incoming = `${destination}.new-${process.pid}`;
  const previous = `${destination}.old-${process.pid}`;
  try {
    fs.renameSync(staged, incoming);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
    fs.cpSync(staged, incoming, { recursive: true });
  }
  const hadSite = fs.existsSync(destination);
  if (hadSite) fs.renameSync(destination, previous);
  fs.renameSync(incoming, destination);
  if (hadSite) fs.rmSync(previous, { recursive: true, force: true });
}

/**
 * What builds that were killed left behind. We hold the lock, so no other build is running: every
 * staging folder is garbage, and so is every `.new-`/`.old-` copy next to the target, except an
 * `.old-` one when the target is missing (killed between the two renames): that is the site.
 */
function cleanUpAfterDeadBuilds() {
  fs.rmSync(workDir, { recursive: true, force: true });
  const parent = path.dirname(target);
  const prefix = `${path.basename(target)}.`;
  let leftovers;
  try {
    leftovers = fs
      .readdirSync(parent)
      .filter(
        (name) => name.startsWith(prefix) && /^(old|new)-\d+$/.test(name.slice(prefix.length)),
      )
      .map((name) => path.join(parent, name));
  } catch {
    return; // no parent folder yet: nothing left behind
  }
  const previousSites = leftovers
    .filter((leftover) => leftover.slice(target.length + 1).startsWith('old-'))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!fs.existsSync(target) && previousSites[0]) {
    fs.renameSync(previousSites[0], target);
    console.log(
      `${shown} restored from an interrupted build (${path.basename(previousSites[0])}).`,
    );
  }
  for (const leftover of leftovers) fs.rmSync(leftover, { recursive: true, force: true });
}
