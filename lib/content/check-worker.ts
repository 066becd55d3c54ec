/**
 * One share of `npm run check`, in a worker thread (see check.ts): reads its files, compiles their
 * bodies, and sends back what it found, internal links included, for the main thread to resolve.
 */
import { parentPort } from 'node:worker_threads';
import { checkShare } from './check';
import type { SourceFile } from './parse';

const port = parentPort!;
port.once('message', async ({ sources, root }: { sources: SourceFile[]; root: string }) => {
  port.postMessage(await checkShare(sources, root));
});
