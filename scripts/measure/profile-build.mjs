#!/usr/bin/env node
/**
 * `node scripts/measure/profile-build.mjs [--content <dir>] [--seconds S] [--top N]`: what the
 * page-generation workers of `next build` spend their CPU on (the first S seconds of each, 15). Runs `npm run build` on the content (default: the
 * 1,000 generated posts of `npm run bench`, generated if missing) with a CPU profiler in each
 * Next worker (scripts/measure/profile-preload.cjs), then sums the samples: by kind (this
 * project's code, Next and React, garbage collection, file system, the rest of Node) and by
 * source file, mapped back through the server bundles' source maps. A figure for the notes, not a
 * test. Writes nothing in the project but its build caches; the site goes to a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContent } from './generate.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const top = Number(option('--top') ?? 25);
/** Seconds of each worker profiled: its first ones (page generation of 1,000 posts takes ~20 s). */
const profiledSeconds = option('--seconds') ?? '15';
let content = option('--content');
if (!content) {
  content = path.join(root, 'bench', 'tmp', 'content-1000');
  if (!fs.existsSync(content)) generateContent(content, 1000);
}
content = path.resolve(content);

const profiles = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-build-'));
const out = path.join(profiles, 'out');
console.log(
  `Building ${path.relative(root, content) || content} with a profiler in each Next worker…`,
);
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
  cwd: root,
  env: {
    ...process.env,
    CONTENT_DIR: content,
    OUT_DIR: out,
    PROFILE_BUILD_DIR: profiles,
    PROFILE_BUILD_SECONDS: profiledSeconds,
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(import.meta.dirname, 'profile-preload.cjs')}`.trim(),
  },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const output = `${build.stdout}\n${build.stderr}`;
if (build.status !== 0) {
  console.error(output.slice(-4000));
  process.exit(1);
}
const generation =
  /Generating static pages using (\d+) workers? \((\d+)\/\d+\) in ([\d.]+)(m?s)/.exec(output);

/** @type {Map<string, SourceMap | null>} */
const maps = new Map();
/** @param {string} url */
function mapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // no map: reported by its bundle's name
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

/**
 * A frame as a source file of the project or a package, and its kind.
 * @param {{ url: string, functionName: string, lineNumber: number, columnNumber: number }} frame
 */
function place(frame) {
  let source = frame.url;
  if (source.includes('/.next/')) {
    const entry = mapOf(source)?.findEntry(frame.lineNumber, frame.columnNumber);
    source =
      entry && 'originalSource' in entry
        ? entry.originalSource
        : source.replace(/.*\/\.next\//, '.next/');
  }
  source = source.replace(/^file:\/\//, '').replace(/^(\.\.\/)+/, '');
  const nm = source.lastIndexOf('node_modules/');
  if (nm !== -1) source = source.slice(nm);
  else if (source.startsWith(root)) source = path.relative(root, source);
  if (!source) {
    const name = frame.functionName;
    if (name === '(garbage collector)') return { source: name, kind: 'garbage collection' };
    if (name === '(idle)' || name === '(program)') return { source: name, kind: 'idle, program' };
    if (
      /^(write|writeBuffer|writeString|mkdir|open|openFileHandle|close|unlink|lstat|stat|rename|read|readFileUtf8|writeFileUtf8)$/.test(
        name,
      )
    )
      return { source: `(native ${name})`, kind: 'file system' };
    return { source: `(native ${name || 'anonymous'})`, kind: 'Node internals' };
  }
  if (/^(lib|components|app)\//.test(source)) return { source, kind: 'this project' };
  if (
    /node_modules\/(next|react|react-dom|scheduler)\//.test(source) ||
    source.startsWith('.next/')
  )
    return { source, kind: 'Next and React' };
  if (source.startsWith('node:'))
    return {
      source,
      kind: /^node:(fs|internal\/fs)/.test(source) ? 'file system' : 'Node internals',
    };
  return { source, kind: 'other packages' };
}

/** @type {Map<string, number>} */ const byKind = new Map();
/** @type {Map<string, number>} */ const bySource = new Map();
/** @type {Map<string, number>} */ const ourInclusive = new Map();
let total = 0;
const files = fs.readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'));
for (const file of files) {
  const profile = JSON.parse(fs.readFileSync(path.join(profiles, file), 'utf8'));
  /** @type {Map<number, any>} */ const nodes = new Map(
    profile.nodes.map((/** @type {any} */ n) => [n.id, n]),
  );
  /** @type {Map<number, number>} */ const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<number, ReturnType<typeof place>>} */ const placed = new Map();
  const at = (/** @type {number} */ id) => {
    let p = placed.get(id);
    if (!p) placed.set(id, (p = place(nodes.get(id).callFrame)));
    return p;
  };
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const { source, kind } = at(id);
    byKind.set(kind, (byKind.get(kind) ?? 0) + dt);
    bySource.set(source, (bySource.get(source) ?? 0) + dt);
    // Time under each of this project's files, counted once per sample however deep.
    const seen = new Set();
    for (let x = /** @type {number | undefined} */ (id); x !== undefined; x = parent.get(x)) {
      const p = at(x);
      if (p.kind !== 'this project' || seen.has(p.source)) continue;
      seen.add(p.source);
      ourInclusive.set(p.source, (ourInclusive.get(p.source) ?? 0) + dt);
    }
  });
}
fs.rmSync(profiles, { recursive: true, force: true });
if (files.length === 0) {
  console.error('No worker profile was written: did Next start page-generation workers?');
  process.exit(1);
}

const seconds = (/** @type {number} */ us) => `${(us / 1e6).toFixed(1)} s`;
const share = (/** @type {number} */ us) => `${((100 * us) / total).toFixed(1)} %`;
const table = (/** @type {Map<string, number>} */ m, /** @type {number} */ n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `| ${k} | ${seconds(v)} | ${share(v)} |`)
    .join('\n');
console.log(`
${files.length} worker profile${files.length === 1 ? '' : 's'} (the first ${profiledSeconds} s of each worker), ${seconds(total)} of CPU sampled${generation ? `; Next's « Generating static pages »: ${generation[2]} pages in ${generation[3]} ${generation[4]} with ${generation[1]} workers` : ''}.

| Kind | CPU | Share |
| --- | ---: | ---: |
${table(byKind, 10)}

Self time by source file (top ${top}):

| Source | CPU | Share |
| --- | ---: | ---: |
${table(bySource, top)}

This project's files, time spent in them and in what they call (top ${top}):

| File | CPU | Share |
| --- | ---: | ---: |
${table(ourInclusive, top)}`);
