// Worker entry of the parallel check (see check.ts): registers tsx, then runs the TypeScript share.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
