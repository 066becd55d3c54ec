import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus', 'minumeco-2022');

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

/** A fixed clock for builds of fixtures, so « future » posts stay in the future. */
export const FIXTURE_BUILD_TIME = '2026-11-26T12:00:00+01:00';

type Marker = BuildResult & { runId: string; env: Record<string, string> };

/** The environment as a key: the same variables in any order are the same build. */
const envKey = (env: Record<string, string>) =>
  JSON.stringify(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function readMarker(file: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

/** One line per `scripts/build.mjs` run by the tests: scripts/test.mjs sums them up at the end. */
export const BUILD_LOG = path.join(ROOT, '.test-builds', 'builds.log');

export interface BuildLogLine {
  runId: string;
  name: string;
  status: number;
  seconds: number;
  /** Whether `next build` ran: a build stopped by the content check never starts it. */
  next: boolean;
}

/**
 * Runs scripts/build.mjs into outDir with the given environment, and logs the run (BUILD_LOG).
 * Every build of the test suite goes through here: the registry's (tests/helpers/builds.ts) and
 * the few tests whose subject is the build itself (a killed build, a failed one over a site).
 */
export function runBuild(name: string, env: Record<string, string>, outDir: string): BuildResult {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const status = result.status ?? 1;
  logBuild(name, status, started, /Creating an optimized production build/.test(output));
  return { status, output, outDir };
}

/** Logs a build started at `started` (process.hrtime.bigint()). */
export function logBuild(name: string, status: number, started: bigint, next: boolean): void {
  const seconds = Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000;
  const line: BuildLogLine = {
    runId: process.env.TEST_RUN_ID ?? 'manual',
    name,
    status,
    seconds,
    next,
  };
  fs.mkdirSync(path.dirname(BUILD_LOG), { recursive: true });
  fs.appendFileSync(BUILD_LOG, `${JSON.stringify(line)}\n`);
}

/**
 * Builds into .test-builds/<name>/ with the given environment, once per test run: later calls with
 * the same environment reuse the result, whatever name they give it. Test files do not call this:
 * they ask the registry of build variants (tests/helpers/builds.ts) for a site by name.
 * `prepare` writes a generated content source; it runs only when the build does.
 */
export function buildSite(
  name: string,
  env: Record<string, string> = {},
  prepare?: () => void,
): BuildResult {
  const outDir = path.join(ROOT, '.test-builds', name);
  const marker = path.join(ROOT, '.test-builds', `${name}.json`);
  const runId = process.env.TEST_RUN_ID ?? 'manual';
  const reusable = (previous: Marker | undefined) =>
    previous !== undefined &&
    envKey(previous.env) === envKey(env) &&
    (previous.runId === runId || process.env.REUSE_BUILDS === '1') &&
    fs.existsSync(previous.outDir);
  const own = readMarker(marker);
  if (reusable(own)) return own!;
  const dir = path.join(ROOT, '.test-builds');
  const twin = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => readMarker(path.join(dir, f)))
        .find((m) => m?.runId === runId && reusable(m))
    : undefined;
  if (twin) return twin;
  prepare?.();
  const built = runBuild(name, env, outDir);
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, JSON.stringify({ ...built, runId, env }));
  return built;
}

/** Reads a page of a build: `page(out, '/actualites/')` -> HTML of out/actualites/index.html. */
export function readPage(outDir: string, sitePath: string): string {
  const file = sitePath.endsWith('/')
    ? path.join(outDir, sitePath, 'index.html')
    : path.join(outDir, sitePath);
  return fs.readFileSync(file, 'utf8');
}

export function pageExists(outDir: string, sitePath: string): boolean {
  const file = sitePath.endsWith('/')
    ? path.join(outDir, sitePath, 'index.html')
    : path.join(outDir, sitePath);
  return fs.existsSync(file);
}

/** Every HTML file of a build, as site paths (`/actualites/x/`, `/404.html`). */
export function htmlPages(outDir: string): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => {
      const rel = path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/');
      return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    })
    .sort();
}
