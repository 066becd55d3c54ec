/**
 * One share of `npm run check`, in a worker thread (see check.ts): parses its files, sends them
 * back, then checks their bodies against the index of pages the main thread sends once it has
 * the whole site.
 */
import { parentPort } from 'node:worker_threads';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { parseSources } from './load';
import type { SourceFile } from './parse';
import type { KnownPage } from './site-pages';

const port = parentPort!;
port.once('message', ({ sources, root }: { sources: SourceFile[]; root: string }) => {
  const results = parseSources(sources);
  port.postMessage({ parsed: results });
  port.once('message', async ({ pages }: { pages: Map<string, KnownPage> }) => {
    const problems = [];
    for (const { entry } of results) {
      if (entry) problems.push(...(await checkBody(entry, REGISTERED_COMPONENTS, pages, root)));
    }
    port.postMessage({ problems });
  });
});
