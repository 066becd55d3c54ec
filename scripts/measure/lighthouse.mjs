#!/usr/bin/env node
/**
 * `npm run lighthouse`: audits a few pages of the built site with Lighthouse 12 (mobile preset,
 * the default) in Debian's Chromium, served by the server of `npm start` on 127.0.0.1, and prints
 * the four category scores per page. Exits 1 when Accessibility, Best Practices or SEO is under
 * 100 (those are deterministic); Performance is reported only (it depends on the machine).
 *
 *   npm run lighthouse                          audits out/ (built first if missing)
 *   node scripts/measure/lighthouse.mjs --dir <out> --json <file>
 *                                               audits another build, writes the results as JSON
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSiteServer } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** The pages audited: the seed post, the news index, the publications hub. */
export const LIGHTHOUSE_PAGES = [
  '/actualites/hop-mois-numerique-durable/',
  '/actualites/',
  '/publications/',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Performance metrics printed with the scores, to see what a low Performance score comes from. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
/** Categories that must score 100. */
export const ASSERTED = ['accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} LighthouseResult
 * @property {string} page
 * @property {Record<string, string | null>} metrics
 * @property {string | null} status the runtime error of Lighthouse, if any
 * @property {Record<string, number | null>} scores
 * @property {string[]} failing
 */

/**
 * Starts Chromium with a DevTools port chosen by Chromium itself; resolves once it listens.
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
function launchChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    // Chromium's helper processes can still be writing to the profile for a moment after the
    // main one exits (ENOTEMPTY): retry, and never fail a run over a temporary folder.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      console.warn(
        `(could not remove ${profile}: ${error instanceof Error ? error.message : error})`,
      );
    }
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Chromium did not open its DevTools port:\n${stderr}`));
    }, 30_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop });
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before listening:\n${stderr}`));
    });
  });
}

/**
 * Audits `pages` of the build in `dir`, one after the other. Resolves with, per page, the four
 * scores (0-100, null when a category could not be scored) and the failing audits of the asserted
 * categories.
 * @param {{ dir: string, pages?: string[] }} options
 * @returns {Promise<LighthouseResult[]>}
 */
export async function runLighthouse({ dir, pages = LIGHTHOUSE_PAGES }) {
  // Imported here, so that tests can read the constants above without loading Lighthouse.
  const { default: lighthouse } = await import('lighthouse');
  const site = await startSiteServer({ dir, port: 0, headers: undefined });
  /** @type {{ port: number, stop: () => Promise<void> } | undefined} */
  let chromium;
  try {
    chromium = await launchChromium();
    const { port } = chromium;
    /** @type {LighthouseResult[]} */
    const results = [];
    for (const page of pages) {
      const url = new URL(page.replace(/^\//, ''), site.url).href;
      const audit = async () =>
        (
          await lighthouse(
            url,
            { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            undefined,
          )
        )?.lhr;
      let lhr = await audit();
      // Lighthouse sometimes fails to record the trace of a page load (NO_NAVSTART, NO_FCP on a
      // cold browser): a runtime error of the tool, not a verdict on the page. Try again, twice.
      for (let retry = 0; retry < 2 && lhr?.runtimeError; retry += 1) {
        console.warn(`Lighthouse: ${lhr.runtimeError.code} on ${page}, trying again`);
        lhr = await audit();
      }
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          return [id, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      );
      const failing = ASSERTED.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .flatMap((audit) =>
            audit && audit.score !== null && audit.score < 1
              ? [`${category}: ${audit.id} — ${audit.title}`]
              : [],
          ),
      );
      const metrics = Object.fromEntries(
        METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
      );
      results.push({
        page,
        metrics,
        status: lhr.runtimeError ? lhr.runtimeError.message : null,
        scores,
        failing,
      });
    }
    return results;
  } finally {
    await chromium?.stop();
    await site.close();
  }
}

/** @param {LighthouseResult[]} results */
export function formatResults(results) {
  const pad = (/** @type {string | number} */ s, /** @type {number} */ n) => String(s).padEnd(n);
  const lines = [
    `${pad('page', 44)}${CATEGORIES.map((c) => pad(c, 16)).join('')}`,
    ...results.map(
      (r) => `${pad(r.page, 44)}${CATEGORIES.map((c) => pad(r.scores[c] ?? '—', 16)).join('')}`,
    ),
  ];
  for (const r of results) {
    if (r.status) lines.push(`  ${r.page}: ${r.status}`);
    else {
      const m = Object.entries(r.metrics ?? {}).filter(([, value]) => value);
      lines.push(`  ${r.page}: ${m.map(([id, value]) => `${id} ${value}`).join(', ')}`);
    }
    for (const failure of r.failing) lines.push(`  ${r.page}: ${failure}`);
  }
  return lines.join('\n');
}

/** @param {LighthouseResult[]} results */
export function belowTarget(results) {
  return results.filter((r) => r.status || ASSERTED.some((c) => r.scores[c] !== 100));
}

async function main() {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, json: { type: 'string' } },
  });
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dir = path.resolve(root, values.dir ?? 'out');
  if (!values.dir && !fs.existsSync(path.join(dir, 'index.html'))) {
    console.log('No build in out/: building…');
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(
    `Lighthouse ${LIGHTHOUSE_PAGES.length} pages of ${path.relative(root, dir) || '.'}/ (mobile)…`,
  );
  const results = await runLighthouse({ dir });
  console.log(formatResults(results));
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2));
  const low = belowTarget(results);
  if (low.length > 0) {
    console.error(
      `\n${low.length} page(s) under 100 in ${ASSERTED.join(', ')}: ${low.map((r) => r.page).join(', ')}`,
    );
    process.exit(1);
  }
  console.log(`\nAll pages score 100 in ${ASSERTED.join(', ')}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
