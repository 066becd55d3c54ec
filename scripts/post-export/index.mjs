/**
 * Steps run on out/ after `next build`, in order. Each takes the output folder and the settings.
 */
import { copyContentPublic } from './copy-content-public.mjs';
import { removeErrorCopies } from './remove-error-copies.mjs';
import { removePlaceholders } from './remove-placeholders.mjs';

export async function postExport(outDir) {
  const steps = [removePlaceholders, removeErrorCopies, copyContentPublic];
  for (const step of steps) await step(outDir);
}
