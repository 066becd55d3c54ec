/**
 * One share of `npm run check`'s bodies, compiled in a worker thread (see check.ts). Loaded with
 * the parent's flags, so under tsx like the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import type { KnownPage } from './site-pages';
import type { Entry } from './types';

const { entries, pages } = workerData as { entries: Entry[]; pages: Map<string, KnownPage> };
const problems = [];
for (const entry of entries) problems.push(...(await checkBody(entry, REGISTERED_COMPONENTS, pages)));
parentPort?.postMessage(problems);
