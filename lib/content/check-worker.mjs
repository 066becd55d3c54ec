// Worker entry of the parallel check (see check.ts): registers tsx, then runs the TypeScript share.
import { register } from 'tsx/esm/api';

register();
// A URL, not a path: plain Node loads the .ts file through tsx, which TypeScript cannot follow.
await import(new URL('./check-worker.ts', import.meta.url).href);
