import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { lintEntries } from './lint';
import { assembleContent, discoverSources, parseSources } from './load';
import { sortProblems, type Problem } from './problems';
import { contentRoot } from './config';
import { checkFrontMatterLinks } from './check-links';
import { buildPageIndex } from './site-pages';
import { publishedOf } from './index';
import type { KnownPage } from './site-pages';
import type { SourceFile } from './parse';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Every rule the build enforces, on the whole content source, without building: front matter,
 * slugs, images, and each body compiled through the same pipeline as the pages.
 *
 * A large source is shared between this thread and a worker per extra core. Each parses its
 * share of the files while the others do theirs; this thread then puts the whole site together
 * (slugs, images, the index of pages that links resolve against) and sends the index to the
 * workers, which check their share of the bodies against it while this thread checks its own.
 */
export async function checkContent(
  root = contentRoot(),
  // CHECK_THREADS=1 checks in this thread only (to compare, or on a shared machine).
  threads = Math.min(Number(process.env.CHECK_THREADS) || os.availableParallelism(), 4),
): Promise<{ problems: Problem[]; files: number }> {
  const sources = discoverSources(root);
  const workers = startWorkers(sources.length, threads);
  const shares = workers.length + 1;
  const shareOf = <T,>(items: T[], i: number) => items.filter((_, j) => j % shares === i);
  const channels = workers.map((worker, i) => channel(worker, shareOf(sources, i + 1), root));

  const mine = parseSources(shareOf(sources, 0));
  let theirs: Awaited<(typeof channels)[number]['parsed']>[];
  try {
    theirs = await Promise.all(channels.map((c) => c.parsed));
  } catch (error) {
    return fallBack(root, workers, error);
  }
  // Back in the order of the files, as a single-thread check gives them.
  const results = sources.map((_, j) => (j % shares === 0 ? mine : theirs[(j % shares) - 1]!)[Math.floor(j / shares)]!);
  const { entries, problems } = assembleContent(results, root);
  const pages = buildPageIndex(publishedOf(entries));
  problems.push(...checkFrontMatterLinks(entries, pages));
  problems.push(...lintEntries(entries));

  for (const c of channels) c.worker.postMessage({ pages });
  for (const result of mine) {
    if (result.entry) problems.push(...(await checkBody(result.entry, REGISTERED_COMPONENTS, pages, root)));
  }
  try {
    for (const found of await Promise.all(channels.map((c) => c.problems))) problems.push(...found);
  } catch (error) {
    return fallBack(root, workers, error);
  }
  const files = new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
  return { problems: sortProblems(problems), files };
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

/**
 * A worker's two answers, in order: its files parsed, then the problems of its bodies (it sends
 * the second only after this thread has sent the index of pages, once it has the first).
 */
function channel(worker: Worker, sources: SourceFile[], root: string) {
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`check worker exited with ${code}`)));
  });
  failed.catch(() => {}); // Reported through the answers it ends.
  const next = <T,>() =>
    Promise.race([new Promise<T>((resolve) => worker.once('message', resolve)), failed]);
  worker.postMessage({ sources, root });
  const parsed = next<{ parsed: ReturnType<typeof parseSources> }>().then((r) => r.parsed);
  const problems = parsed
    .then(() => next<{ problems: Problem[] }>())
    .then((r) => {
      void worker.terminate();
      return r.problems;
    });
  return { worker, parsed, problems };
}
