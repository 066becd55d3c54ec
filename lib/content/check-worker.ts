/**
 * One share of `npm run check`, in a worker thread (see check.ts): takes files from the shared
 * queue, reads them, compiles their bodies, and sends back what it found, internal links
 * included, for the main thread to resolve.
 */
import { parentPort } from 'node:worker_threads';
import { checkShare } from './check';
import type { SourceFile } from './parse';

const port = parentPort!;
type Task = { sources: SourceFile[]; queue: Int32Array; root: string };
port.once('message', async ({ sources, queue, root }: Task) => {
  port.postMessage(await checkShare(sources, queue, root));
});
