/**
 * The per-page half of the lean step, run on the main thread for a small export and split over
 * worker threads for a large one (parsing is what the step spends its time on, and a build machine
 * has its cores free once `next build` is done). Each page is read, parsed once (lean-html.mjs
 * parsePage), cut, written, and what the link check reads of it is taken from the same tree.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { leanHtml, parsePage } from './lean-html.mjs';
import { pageLinks } from './link-check.mjs';

/** Below this many pages, threads cost more to start than they save. */
const PAGES_PER_THREAD = 150;

/**
 * @typedef {{ file: string, keep: string[] }} PageJob
 * @typedef {{ file: string, html: string, urls: string[], removed: { scripts: number, inlineScripts: number, preloads: number, other: number }, ids: string[], links: { attribute: string, url: string }[] }} PageDone
 */

/**
 * @param {PageJob} job
 * @param {string} basePath
 * @param {(file: string) => string} read
 * @returns {PageDone}
 */
export function leanPage({ file, keep }, basePath, read) {
  const source = read(file);
  const parsed = parsePage(source);
  const { html, removed, urls, dropped } = leanHtml(source, { keep, basePath, parsed });
  fs.writeFileSync(file, html);
  const { ids, links } = pageLinks(parsed.document, dropped);
  return { file, html, urls, removed, ids: [...ids], links };
}

/**
 * Leans every page; the results in the order of the jobs.
 * @param {PageJob[]} jobs
 * @param {{ basePath: string, read: (file: string) => string, threads?: number }} options
 * @returns {Promise<PageDone[]>}
 */
export async function leanPages(jobs, { basePath, read, threads }) {
  const count =
    threads ??
    Math.min(os.availableParallelism(), 4, Math.max(1, Math.floor(jobs.length / PAGES_PER_THREAD)));
  if (count <= 1) return jobs.map((job) => leanPage(job, basePath, read));
  // Interleaved, so that each thread gets pages of every kind (posts, lists, tags).
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { jobs: share, basePath },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`lean export: a page thread stopped (${code})`));
          });
        }),
    ),
  );
  /** @type {Map<string, PageDone>} */
  const byFile = new Map(results.flat().map((done) => [done.file, done]));
  return jobs.map((job) => /** @type {PageDone} */ (byFile.get(job.file)));
}

if (!isMainThread && workerData?.jobs) {
  const { jobs, basePath } = /** @type {{ jobs: PageJob[], basePath: string }} */ (workerData);
  parentPort?.postMessage(
    jobs.map((job) => leanPage(job, basePath, (file) => fs.readFileSync(file, 'utf8'))),
  );
}
