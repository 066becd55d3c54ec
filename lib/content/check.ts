import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { lintEntries } from './lint';
import { readContent } from './load';
import { sortProblems, type Problem } from './problems';
import { contentRoot } from './config';
import { checkFrontMatterLinks } from './check-links';
import { buildPageIndex } from './site-pages';
import { publishedOf } from './index';
import type { KnownPage } from './site-pages';
import type { Entry } from './types';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Every rule the build enforces, on the whole content source, without building: front matter,
 * slugs, images, and each body compiled through the same pipeline as the pages.
 */
export async function checkContent(root = contentRoot()): Promise<{ problems: Problem[]; files: number }> {
  const { entries, problems } = readContent(root);
  const pages = buildPageIndex(publishedOf(entries));
  problems.push(...checkFrontMatterLinks(entries, pages));
  problems.push(...lintEntries(entries));
  problems.push(...(await checkBodies(entries, pages)));
  const files = new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
  return { problems: sortProblems(problems), files };
}

/** Compiles the bodies, on every core for a large source (1,000 posts), in this thread otherwise. */
async function checkBodies(
  entries: Entry[],
  pages: ReadonlyMap<string, KnownPage>,
): Promise<Problem[]> {
  // CHECK_THREADS=1 checks in this thread only (to compare, or on a shared machine).
  const threads = Math.min(Number(process.env.CHECK_THREADS) || os.availableParallelism(), 4);
  const worker = new URL('./check-worker.mjs', import.meta.url);
  // Workers load TypeScript with tsx's loader: only when the check itself runs under tsx.
  const underTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  if (entries.length >= PARALLEL_FROM && threads > 1 && underTsx && worker.protocol === 'file:') {
    const shares = Array.from({ length: threads }, (_, i) => entries.filter((_, j) => j % threads === i));
    try {
      const results = await Promise.all(
        shares.map(
          (share) =>
            new Promise<Problem[]>((resolve, reject) => {
              const w = new Worker(worker, { workerData: { entries: share, pages } });
              w.once('message', resolve);
              w.once('error', reject);
              w.once('exit', (code) => code !== 0 && reject(new Error(`check worker exited with ${code}`)));
            }),
        ),
      );
      return results.flat();
    } catch (error) {
      console.warn(`(parallel check unavailable: ${(error as Error).message}; checking in one thread)`);
    }
  }
  const problems: Problem[] = [];
  for (const entry of entries) problems.push(...(await checkBody(entry, REGISTERED_COMPONENTS, pages)));
  return problems;
}
