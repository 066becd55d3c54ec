/**
 * The published site is never lost: a build killed in the middle of `next build` leaves it as it
 * was, and a second build started while one runs is refused (scripts/build.mjs, build-lock.mjs).
 * One story, so that it costs one complete build: a build is killed, the next one takes over its
 * stale lock, and a third started meanwhile is refused.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logBuild, ROOT } from '../helpers/build';
import { BUILD_ENVS } from '../helpers/builds';

const ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...BUILD_ENVS.basic };
const LOCK = path.join(ROOT, '.build.lock');
const started: ChildProcess[] = [];

/** A folder standing for a published site, with a file no build writes. */
function publishedSite(name: string): string {
  const dir = path.join(ROOT, '.test-builds', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'marker.txt'), 'the site as published before');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Before</title>');
  return dir;
}

function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) {
      const full = path.join(d.parentPath, d.name);
      files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  }
  return files;
}

/** Starts a build in a process group of its own, so that it can be killed with its children. */
function startBuild(outDir: string, name: string) {
  const begun = process.hrtime.bigint();
  const child = spawn(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...ENV, OUT_DIR: outDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      logBuild(name, code ?? 1, begun, /Creating an optimized production build/.test(output));
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

/** A build that is refused at once (another one holds the lock): no `next build`, not logged. */
function buildNow(outDir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...ENV, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

async function until(condition: () => boolean, what: string, timeout = 300_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lockHolder = () => {
  try {
    return JSON.parse(fs.readFileSync(LOCK, 'utf8')).pid as number;
  } catch {
    return undefined;
  }
};

afterAll(() => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(-child.pid, 'SIGKILL');
  }
});

/** The project's own out/: a build for OUT_DIR must not touch it either (builds once moved it). */
const PROJECT_OUT = path.join(ROOT, 'out');
const projectOutWasThere = fs.existsSync(PROJECT_OUT);

afterAll(() => {
  if (!projectOutWasThere) fs.rmSync(PROJECT_OUT, { recursive: true, force: true });
});

describe('a build killed in the middle, then two builds at once', () => {
  const site = publishedSite('interrupted');
  const before = contents(site);
  let killedPid = 0;

  it('leaves the published site as it was, and its lock behind', async () => {
    if (!projectOutWasThere) {
      fs.mkdirSync(PROJECT_OUT);
      fs.writeFileSync(path.join(PROJECT_OUT, 'marker.txt'), 'the project’s site');
    }
    const projectOutBefore = fs.readdirSync(PROJECT_OUT).sort();
    const build = startBuild(site, 'killed');
    // Killed while Next writes the pages of the export: the new site is half written by then.
    await until(() => /Generating static pages/.test(build.output()), 'next build’s export');
    killedPid = build.child.pid ?? 0;
    process.kill(-killedPid, 'SIGKILL');
    await build.exited;

    expect(contents(site)).toEqual(before);
    expect(fs.readdirSync(PROJECT_OUT).sort()).toEqual(projectOutBefore);
    // Nothing could clean up: the lock of the dead build is still there.
    expect(lockHolder()).toBe(killedPid);
  });

  it('the next build takes over; a second one started meanwhile is refused with its pid; the first publishes a complete site', async () => {
    expect(killedPid).toBeGreaterThan(0);
    const first = startBuild(site, 'takes-over');
    const firstPid = first.child.pid ?? 0;
    await until(() => lockHolder() === firstPid, 'the next build’s lock', 60_000);

    const second = buildNow(site);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`Another build is running (pid ${firstPid}`);
    // Refused before touching anything: the lock and the published site are the first one's.
    expect(lockHolder()).toBe(firstPid);
    expect(contents(site)).toEqual(before);

    expect(await first.exited, first.output().slice(-3000)).toBe(0);
    expect(first.output()).toContain('✓ Site written to .test-builds/interrupted/');
    expect(fs.existsSync(path.join(site, 'marker.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<html lang="fr"');
    for (const file of ['index.html', '404.html', '_headers', 'recherche/index.html'])
      expect(fs.existsSync(path.join(site, file)), file).toBe(true);
    expect(fs.existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.readFileSync(path.join(site, '_headers'), 'utf8')).toContain('/recherche/index.html');
    // The lock is released, the killed build's work folder and any copy next to the site gone.
    expect(fs.existsSync(LOCK)).toBe(false);
    expect(fs.existsSync(path.join(ROOT, '.build', `out-${killedPid}`))).toBe(false);
    const siblings = fs.readdirSync(path.dirname(site)).filter((n) => n.startsWith('interrupted.'));
    expect(siblings).toEqual([]);
  });
});
