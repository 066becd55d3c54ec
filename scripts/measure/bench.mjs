#!/usr/bin/env node
/**
 * `npm run bench`: build cost and page weight on synthetic content (not a test: it measures time).
 *
 * For each N (default 100, 1000, 5000; `--sizes 100,1000` or `--sizes 10000` to choose), generates
 * N posts into bench/tmp/content-N (gitignored), builds them with CONTENT_DIR into
 * bench/tmp/out-N (OUT_DIR: out/ is left alone), and records wall time, peak memory (RSS of the
 * whole process tree, polled from /proc), out/ size and ms per page. The smallest N is also built
 * with LEAN_EXPORT=0, to show the page weight of each page type lean and stock side by side
 * (`--no-stock` skips it). Writes bench/results/latest.json and latest.md and prints the table.
 *
 * `--imported [<eleventy-dsfr site>]` measures instead the page weight of the mission's former site
 * once imported (default ../shared/corpus/minumeco-2026), each page type against the budgets of
 * the project's own pages: bench/results/imported-site.md (scripts/measure/imported-site.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_MODEL, generateContent } from './generate.mjs';
import { measurePage } from './page-weight.mjs';
import { CHROMIUM_PATH } from '../chromium.mjs';
import { measureSearchBytes } from './search-bytes.mjs';
import { listFiles } from '../post-export/lean.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
process.chdir(root);
const tmp = path.join(root, 'bench', 'tmp');
const resultsDir = path.join(root, 'bench', 'results');

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const sizes = (option('--sizes') ?? '100,1000,5000')
  .split(',')
  .map((s) => Number.parseInt(s.trim(), 10))
  .filter((n) => n > 0);
const withStock = !args.includes('--no-stock');

if (args.includes('--imported')) {
  const given = option('--imported');
  const source = path.resolve(
    given && !given.startsWith('--') ? given : path.join('..', 'shared', 'corpus', 'minumeco-2026'),
  );
  const { benchImportedSite } = await import('./imported-site.mjs');
  const within = await benchImportedSite({ source });
  process.exit(within ? 0 : 1);
}

/**
 * One size of the benchmark; `model`: CONTENT_MODEL of the synthetic content measured.
 * @typedef {{ posts: number, model: number, status: 'failed', ms: number, peakRss: number }} FailedRun
 * @typedef {{ posts: number, model: number, status: 'ok', checkSeconds: number | undefined,
 *   pages: number, wallSeconds: number, msPerPage: number, peakRssMb: number, outBytes: number,
 *   searchIndexBytes?: number, searchQueryBytes?: number, postExportSeconds?: number,
 *   generationMsPerPage?: number, rebuild?: Rebuild }} OkRun
 * @typedef {{ wallSeconds: number, percentOfFirst: number, bodiesCompiled?: number,
 *   generationMsPerPage?: number, postExportSeconds?: number }} Rebuild
 * @typedef {OkRun | FailedRun} Run
 *
 * @typedef {ReturnType<typeof weights>} Weights
 * @typedef {{ posts: number, lean: Weights, stock?: Weights, stockOutBytes?: number, leanOutBytes?: number }} PageWeights
 */

/**
 * Sum of the RSS of a process and all its descendants, in bytes (Linux /proc).
 * @param {number | undefined} rootPid
 */
function treeRss(rootPid) {
  if (rootPid === undefined) return 0;
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = /** @type {number} */ (stack.pop());
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * @param {string} contentDir @param {string} outDir @param {Record<string, string>} [extraEnv]
 * @returns {Promise<{ status: number | null, ms: number, peakRss: number, output: string }>}
 */
function build(contentDir, outDir, extraEnv = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid));
    }, 250);
    child.on('close', (status) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ status, ms, peakRss: peak, output });
    });
  });
}

/**
 * `npm run check` on the content source, without building: the median of three runs (it takes a
 * few seconds, so one busy moment of the machine would otherwise decide the figure).
 * @param {string} contentDir
 */
function timeCheck(contentDir) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['scripts/check.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    if (result.status !== 0) return undefined;
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return Math.round((times.sort((a, b) => a - b)[1] ?? 0) * 100) / 100;
}

/** The post-export steps' time, from the line scripts/post-export/index.mjs prints. */
/** @param {string} output */
function postExportSeconds(output) {
  const match = /^Post-export: ([\d.]+) s/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

/**
 * Next's page generation, in ms per page, from the line it prints
 * (« Generating static pages using 1 worker (1259/1259) in 12.6s »).
 * @param {string} output
 */
function generationMsPerPage(output) {
  const match = /Generating static pages[^\n]*\((\d+)\/\d+\) in ([\d.]+)(ms|s|min)/.exec(output);
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, min: 60_000 }[/** @type {'ms' | 's' | 'min'} */ (match[3])];
  return Math.round(((Number(match[2]) * unit) / Number(match[1])) * 10) / 10;
}

/** How many bodies the check compiled (the rest were kept from a previous build). @param {string} output */
function bodiesCompiled(output) {
  const match = /bodies: (\d+) compiled/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/**
 * Every cache a build keeps between builds, emptied: the first build of a size is measured cold.
 * (Next's compiled code in .next/cache, the compiled bodies, the generated images.)
 */
function emptyCaches() {
  for (const dir of [
    path.join(root, '.next', 'cache'),
    path.join(root, 'node_modules', '.cache', 'compiled-bodies'),
  ]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {string} dir */
function dirSize(dir) {
  return listFiles(dir).reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

/**
 * One page of each type that exists in the export.
 * @param {string} outDir
 * @returns {Record<string, string>}
 */
function pageTypes(outDir) {
  const pages = listFiles(outDir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) =>
      `/${path.relative(outDir, path.dirname(f)).split(path.sep).join('/')}/`.replace('//', '/'),
    );
  const post = pages.find((p) => /^\/actualites\/(?!page\/|tags\/)[^/]+\/$/.test(p));
  const tag = pages.find((p) => /^\/actualites\/tags\/[^/]+\/$/.test(p));
  const types = {
    home: '/',
    'news index': '/actualites/',
    post,
    tag,
    publications: '/publications/',
  };
  return /** @type {Record<string, string>} */ (
    Object.fromEntries(
      Object.entries(types).filter(
        (entry) =>
          entry[1] !== undefined && fs.existsSync(path.join(outDir, entry[1], 'index.html')),
      ),
    )
  );
}

/** @param {string} outDir */
function weights(outDir) {
  /** @type {Record<string, { path: string, jsBytes: number, requests: number, firstVisitGzip: number, repeatVisitGzip: number, dom: number, imageRequests: number, ecoIndex: number, grade: string }>} */
  const result = {};
  for (const [type, sitePath] of Object.entries(pageTypes(outDir))) {
    const m = measurePage(outDir, sitePath);
    result[type] = {
      path: sitePath,
      jsBytes: m.jsBytes,
      requests: m.requests,
      firstVisitGzip: m.firstVisitGzip,
      repeatVisitGzip: m.repeatVisitGzip,
      dom: m.dom,
      imageRequests: m.imageRequests,
      ecoIndex: m.ecoIndex.score,
      grade: m.ecoIndex.grade,
    };
  }
  return result;
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: mb(os.totalmem()),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};

const previous = fs.existsSync(path.join(resultsDir, 'latest.json'))
  ? JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'))
  : undefined;
/** @type {Run[]} */
const runs = [];
/** @type {PageWeights | undefined} */
let pageWeights;

for (const [i, n] of sizes.entries()) {
  const contentDir = path.join(tmp, `content-${n}`);
  const outDir = path.join(tmp, `out-${n}`);
  console.log(`\n— ${n} posts: generating…`);
  await generateContent(contentDir, n);
  console.log(`— ${n} posts: npm run check…`);
  const checkSeconds = timeCheck(contentDir);
  console.log(`— ${n} posts: building (caches emptied first)…`);
  emptyCaches();
  const run = await build(contentDir, outDir);
  if (run.status !== 0) {
    console.error(run.output.slice(-4000));
    runs.push({
      posts: n,
      status: 'failed',
      ms: run.ms,
      peakRss: run.peakRss,
      model: CONTENT_MODEL,
    });
    report(false);
    continue;
  }
  const pages = listFiles(outDir).filter((f) => f.endsWith('.html')).length;
  /** @type {OkRun} */
  const record = {
    posts: n,
    model: CONTENT_MODEL,
    status: 'ok',
    checkSeconds,
    pages,
    wallSeconds: Math.round(run.ms / 100) / 10,
    msPerPage: Math.round((run.ms / pages) * 10) / 10,
    postExportSeconds: postExportSeconds(run.output),
    generationMsPerPage: generationMsPerPage(run.output),
    peakRssMb: Math.round(run.peakRss / 1024 / 1024),
    outBytes: dirSize(outDir),
  };
  // What one search costs a visitor (Pagefind's script, wasm and the index chunks one query
  // fetches), measured in Chromium when it is installed; and the whole index on disk.
  record.searchIndexBytes = dirSize(path.join(outDir, 'pagefind'));
  if (fs.existsSync(CHROMIUM_PATH)) {
    try {
      const search = await measureSearchBytes({ dir: outDir, query: 'obsolescence' });
      record.searchQueryBytes = search.total;
    } catch (error) {
      console.error(`   search measure failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (n <= 1000) {
    // The editor's case: one post changed, the site built again.
    const edited = listFiles(path.join(contentDir, 'actualites'))
      .filter((f) => f.endsWith('.md'))
      .sort()[0];
    if (!edited) throw new Error(`no post in ${contentDir}`);
    fs.appendFileSync(edited, '\nUn paragraphe ajouté par le banc d’essai.\n');
    console.log(`— ${n} posts: building again after editing one post…`);
    const again = await build(contentDir, outDir);
    if (again.status === 0) {
      record.rebuild = {
        wallSeconds: Math.round(again.ms / 100) / 10,
        percentOfFirst: Math.round((again.ms / run.ms) * 100),
        bodiesCompiled: bodiesCompiled(again.output),
        generationMsPerPage: generationMsPerPage(again.output),
        postExportSeconds: postExportSeconds(again.output),
      };
    } else console.error(`   the rebuild failed:\n${again.output.slice(-3000)}`);
  }
  runs.push(record);
  console.log(
    `   ${pages} pages in ${record.wallSeconds} s (${record.msPerPage} ms/page), peak RSS ${record.peakRssMb} MB, out/ ${mb(record.outBytes)}`,
  );
  if (i === 0) {
    const lean = { posts: n, lean: weights(outDir) };
    pageWeights = lean;
    if (withStock) {
      console.log(`— ${n} posts: building the stock export (LEAN_EXPORT=0) for comparison…`);
      const stockOut = path.join(tmp, `out-${n}-stock`);
      const stock = await build(contentDir, stockOut, { LEAN_EXPORT: '0' });
      if (stock.status === 0) {
        pageWeights = {
          ...lean,
          stock: weights(stockOut),
          stockOutBytes: dirSize(stockOut),
          leanOutBytes: record.outBytes,
        };
      } else {
        console.error(`   the stock build failed:\n${stock.output.slice(-3000)}`);
      }
    }
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  report(false);
}
report(true);

/**
 * Writes latest.json and latest.md from the runs so far (after each size: a long run that is
 * stopped still leaves its figures).
 * @param {boolean} final
 */
function report(final) {
  // A subset run (`--sizes 10000`) keeps the other sizes' figures of the previous run, if they
  // were measured on the same synthetic content.
  /** @type {Run[]} */
  const merged = [
    ...(previous?.runs ?? []).filter(
      (/** @type {Run} */ r) => r.model === CONTENT_MODEL && !runs.some((x) => x.posts === r.posts),
    ),
    ...runs,
  ].sort((a, b) => a.posts - b.posts);
  const byPosts = Object.fromEntries(merged.map((r) => [r.posts, r]));
  const msPerPage = (/** @type {number} */ posts) => {
    const run = byPosts[posts];
    return run?.status === 'ok' ? run.msPerPage : undefined;
  };
  const [at1000, at5000] = [msPerPage(1000), msPerPage(5000)];
  const linearity = at1000 && at5000 ? Math.round((at5000 / at1000) * 100) / 100 : undefined;
  const result = {
    date: new Date().toISOString(),
    machine,
    runs: merged,
    linearity5000vs1000: linearity,
    // A run without the stock build keeps the previous lean/stock comparison, if there is one.
    pageWeights: pageWeights?.stock || !previous?.pageWeights ? pageWeights : previous.pageWeights,
  };

  const lines = [
    '# Benchmark (`npm run bench`)',
    '',
    `Run on ${result.date.slice(0, 16).replace('T', ' ')} UTC — ${machine.cpus}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node} (load average at start: ${machine.loadAverageAtStart}).`,
    '',
    '## Build cost',
    '',
    'Sizes in decimal units (1 MB = 1,000,000 bytes), as the budgets of the tests; memory in MiB. `npm run check`: the median of three runs on the same content, before the build.',
    '',
    "First build of each size with every cache emptied (Next's .next/cache, the compiled bodies): what a clean checkout pays. « Page generation »: Next's « Generating static pages » time per page; « ms per page »: the whole build's wall time per page.",
    '',
    '| Posts | `npm run check` | Pages | Wall time | ms per page | Page generation (ms/page) | Post-export | Peak RSS (process tree, MiB) | out/ size | Search index | One search (« obsolescence ») |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...merged.map((r) =>
      r.status === 'ok'
        ? `| ${r.posts} | ${r.checkSeconds ? `${r.checkSeconds} s` : '—'} | ${r.pages} | ${r.wallSeconds} s | ${r.msPerPage} | ${r.generationMsPerPage ?? '—'} | ${r.postExportSeconds ? `${r.postExportSeconds} s` : '—'} | ${r.peakRssMb} MB | ${mb(r.outBytes)} | ${r.searchIndexBytes ? mb(r.searchIndexBytes) : '—'} | ${r.searchQueryBytes ? kb(r.searchQueryBytes) : '—'} |`
        : `| ${r.posts} | — | — | failed after ${(r.ms / 1000).toFixed(0)} s | — | — | — | ${Math.round(r.peakRss / 1048576)} MB | — | — | — |`,
    ),
    '',
    '### Rebuild after one edit',
    '',
    'One post of the size edited (a paragraph added), then `npm run build` again, caches as the first build left them.',
    '',
    '| Posts | Wall time | % of the first build | Bodies compiled | Page generation (ms/page) | Post-export |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...merged.flatMap((r) =>
      r.status === 'ok' && r.rebuild
        ? [
            `| ${r.posts} | ${r.rebuild.wallSeconds} s | ${r.rebuild.percentOfFirst} % | ${r.rebuild.bodiesCompiled ?? '—'} | ${r.rebuild.generationMsPerPage ?? '—'} | ${r.rebuild.postExportSeconds ? `${r.rebuild.postExportSeconds} s` : '—'} |`,
          ]
        : [],
    ),
    '',
    linearity
      ? `ms per page at 5,000 posts / at 1,000 posts: **${linearity}** (budget: ≤ 1.5).`
      : 'Linearity (5,000 vs 1,000): not measured in this run.',
  ];
  if (result.pageWeights) {
    const pw = result.pageWeights;
    lines.push(
      '',
      `## Page weight per page type (${pw.posts} posts), lean vs stock (\`LEAN_EXPORT=0\`)`,
      '',
      'First visit = HTML + CSS + icon, gzip; repeat visit = HTML only; content images excluded from both, included in EcoIndex.',
      '',
      '| Page type | JS lean / stock | Requests lean / stock | First visit lean / stock | Repeat visit lean / stock | DOM | EcoIndex lean / stock |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...Object.entries(pw.lean).map(([type, l]) => {
        const s = pw.stock?.[type];
        /** @param {any} a @param {any} b @param {(x: any) => string} [f] */
        const pair = (a, b, f = (x) => `${x}`) => (s ? `${f(a)} / ${f(b)}` : `${f(a)}`);
        return `| ${type} (\`${l.path}\`) | ${pair(l.jsBytes, s?.jsBytes, kb)} | ${pair(l.requests, s?.requests)} | ${pair(l.firstVisitGzip, s?.firstVisitGzip, kb)} | ${pair(l.repeatVisitGzip, s?.repeatVisitGzip, kb)} | ${l.dom} | ${pair(`${l.ecoIndex} ${l.grade}`, s ? `${s.ecoIndex} ${s.grade}` : '')} |`;
      }),
    );
    if (pw.stockOutBytes) {
      lines.push(
        '',
        `out/ for ${pw.posts} posts: lean ${mb(pw.leanOutBytes)}, stock ${mb(pw.stockOutBytes)}.`,
      );
    }
  }
  const markdown = `${lines.join('\n')}\n`;
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  if (final) console.log(`\n${markdown}`);
}
