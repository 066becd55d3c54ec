import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { compileStats } from '@/lib/mdx/compile';
import type { SiteLink } from '@/lib/mdx/context';
import { brokenLinks } from '@/lib/mdx/plugins/links';
import { lintEntries } from './lint';
import { assembleContent, discoverSources, parseSources } from './load';
import { sortProblems, type Problem } from './problems';
import { config } from '../config.mjs';
import { contentRoot } from './config';
import { auditContentFiles } from './files';
import { checkFrontMatterLinks, checkNavigationLinks } from './check-links';
import { buildPageIndex } from './site-pages';
import { publishedCollections, publishedOf } from './index';
import { criterionTexts, textEntry, type CriteriaCollection } from './data-collections';
import type { SourceFile } from './parse';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Every rule the build enforces, on the whole content source, without building: front matter,
 * slugs, images, and each body compiled through the same pipeline as the pages.
 *
 * A large source is shared between this thread and a worker per extra core. Each takes the next
 * file from a shared queue, reads it and compiles its body, collecting its internal links, until
 * none is left (a thread that starts late or runs slower takes fewer); this thread then puts the
 * whole site together (slugs, images, the index of pages) and resolves every link against it.
 */
export async function checkContent(
  root = contentRoot(),
  // CHECK_THREADS=1 checks in this thread only (to compare, or on a shared machine).
  threads = Math.min(config.checkThreads || os.availableParallelism(), 4),
): Promise<{ problems: Problem[]; files: number; bodies: { compiled: number; kept: number } }> {
  const sources = discoverSources(root);
  const workers = startWorkers(sources.length, threads);
  // The index of the next file to take, shared by the threads.
  const queue = new Int32Array(new SharedArrayBuffer(4));
  const asked = workers.map((worker) => ask(worker, { sources, queue, root }));

  const mine = await checkShare(sources, queue, root);
  let theirs: Share[];
  try {
    theirs = await Promise.all(asked);
  } catch (error) {
    return fallBack(root, workers, error);
  }
  const all = [mine, ...theirs];
  // Back in the order of the files, as a single-thread check gives them.
  const results = new Array<ParseResult>(sources.length);
  for (const share of all) for (const [i, result] of share.parsed) results[i] = result;
  const { entries, problems, redirects, collections, navigation } = assembleContent(results, root);
  problems.push(...auditContentFiles(root));
  const publishedEntries = publishedOf(entries);
  const published = {
    ...publishedEntries,
    redirects,
    collections: publishedCollections(collections, publishedEntries.publications),
  };
  const pages = buildPageIndex(published);
  // A former address that is also a page of the site (a tag page, a list page…) would hide it.
  const own = buildPageIndex(published, { formerAddresses: false });
  // (Those that are the address of a content file are reported with the slugs, in load.ts.)
  const fileUrls = new Set(entries.map((e) => e.url));
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      if (own.has(alias) && !fileUrls.has(alias))
        problems.push({ file: entry.file, line: entry.keyLines.aliases ?? 1, severity: 'error', field: 'aliases', rule: 'alias-conflict', message: `« ${alias} » is a page of the site: remove it from aliases` });
    }
  }
  for (const r of redirects) {
    if (!pages.has(r.to))
      problems.push({ file: r.file, line: r.line, severity: 'error', field: 'redirects', rule: 'redirects-target', message: `« ${r.to} » is no page of the site: lead « ${r.from} » to a page that exists` });
  }
  problems.push(...checkFrontMatterLinks(entries, pages));
  if (navigation) problems.push(...checkNavigationLinks(navigation, pages));
  problems.push(...lintEntries(entries));
  for (const share of all) problems.push(...share.problems, ...brokenLinks(share.links, pages, root));
  const dataLinks: SiteLink[] = [];
  problems.push(...(await checkCollectionTexts(collections, root, dataLinks)));
  problems.push(...brokenLinks(dataLinks, pages, root));
  const files = new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
  // How many bodies this check compiled, and how many a previous build had compiled already.
  const bodies = { compiled: 0, kept: 0 };
  for (const share of all) {
    bodies.compiled += share.bodies.compiled;
    bodies.kept += share.bodies.kept;
  }
  return { problems: sortProblems(problems), files, bodies };
}

/**
 * The Markdown texts of data files through the pipeline of the pages. A JSON string holds its
 * text on one line: its problems are at the line of its field.
 */
async function checkCollectionTexts(collections: readonly CriteriaCollection[], root: string, links: SiteLink[]) {
  const problems: Problem[] = [];
  for (const c of collections)
    for (const criterion of c.criteria)
      for (const { text } of criterionTexts(criterion)) {
        const from = links.length;
        const found = await checkBody(textEntry(c, criterion, text), [], root, links);
        if (c.format === 'json') for (const link of links.slice(from)) link.line = text.line;
        problems.push(...(c.format === 'json' ? found.map((p) => ({ ...p, line: text.line, column: undefined })) : found));
      }
  return problems;
}

type Share = Awaited<ReturnType<typeof checkShare>>;

type ParseResult = ReturnType<typeof parseSources>[number];

/** Reads files taken from the queue and compiles their bodies (in this thread, or in a worker). */
export async function checkShare(sources: SourceFile[], queue: Int32Array, root: string) {
  const parsed: [index: number, result: ParseResult][] = [];
  const problems: Problem[] = [];
  const links: SiteLink[] = [];
  const { compiled, fromDisk } = compileStats;
  for (let i = Atomics.add(queue, 0, 1); i < sources.length; i = Atomics.add(queue, 0, 1)) {
    const result = parseSources([sources[i]!])[0]!;
    parsed.push([i, result]);
    if (result.entry) problems.push(...checkBody(result.entry, REGISTERED_COMPONENTS, root, links));
  }
  const bodies = { compiled: compileStats.compiled - compiled, kept: compileStats.fromDisk - fromDisk };
  return { parsed, problems, links, bodies };
}

/** In this thread alone: when no worker can start (an unusual runtime), the check still runs. */
async function fallBack(root: string, workers: Worker[], error: unknown) {
  for (const worker of workers) void worker.terminate();
  console.warn(`(parallel check unavailable: ${(error as Error).message}; checking in one thread)`);
  return checkContent(root, 1);
}

/**
 * For a large source (1,000 posts), one worker per extra core; none for a small one, where
 * starting a worker costs more than it saves.
 */
function startWorkers(sources: number, threads: number): Worker[] {
  // Beside this module: the bundled worker when scripts/check.mjs runs the bundled check, or
  // lib/content/check-worker.mjs, which loads the TypeScript one with tsx, under tsx.
  const script = new URL('./check-worker.mjs', import.meta.url);
  const bundled = import.meta.url.endsWith('.mjs');
  const underTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  if (sources < PARALLEL_FROM || threads < 2 || !(bundled || underTsx) || script.protocol !== 'file:') return [];
  return Array.from({ length: threads - 1 }, () => new Worker(script));
}

/** A worker's share, checked: it answers once, then is stopped. */
function ask(worker: Worker, task: { sources: SourceFile[]; queue: Int32Array; root: string }): Promise<Share> {
  const answer = new Promise<Share>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`check worker exited with ${code}`)));
  });
  worker.postMessage(task);
  return answer.finally(() => void worker.terminate());
}
