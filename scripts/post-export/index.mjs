/**
 * Steps run on out/ after `next build`, in order. Each takes the output folder and the settings.
 */
import { copyContentPublic } from './copy-content-public.mjs';
import { linkCheck } from './link-check.mjs';
import { removePlaceholders } from './remove-placeholders.mjs';

export async function postExport(outDir) {
  // The link check runs last: it checks what visitors get.
  const steps = [removePlaceholders, copyContentPublic, linkCheck];
  for (const step of steps) await step(outDir);
}
