/**
 * Steps run on out/ after `next build`, in order. Each takes the output folder and the settings.
 */
import { copyContentPublic } from './copy-content-public.mjs';
import { linkCheck } from './link-check.mjs';
import { lean } from './lean.mjs';
import { pruneMedia } from './prune-media.mjs';
import { removePlaceholders } from './remove-placeholders.mjs';
import { removeErrorCopies } from './remove-error-copies.mjs';
import { buildSearchIndex } from './pagefind.mjs';
import { writeRedirects } from './redirects.mjs';
import { writeDataFiles } from './data-files.mjs';
import { fillSiteMeasures } from './site-measures.mjs';

/** @param {string} outDir */
export async function postExport(outDir) {
  // The search index is built on the final HTML (after the lean step, and once the table of
  // measures, which measures pages as visitors get them, is in); the link check runs last: it
  // checks what visitors get.
  const steps = [
    removePlaceholders,
    removeErrorCopies,
    copyContentPublic,
    lean,
    writeRedirects,
    writeDataFiles,
    pruneMedia,
    fillSiteMeasures,
    buildSearchIndex,
    linkCheck,
  ];
  for (const step of steps) await step(outDir);
}
