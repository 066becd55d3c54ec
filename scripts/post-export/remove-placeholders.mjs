import path from 'node:path';
import { exportSite } from './export-site.mjs';

/** Kept in step with lib/static-params.ts. */
export const EMPTY_PARAM = '__vide__';

/**
 * Deletes what Next wrote for placeholder params (routes with nothing to list): every file or
 * folder whose name holds EMPTY_PARAM, with what it contains.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function removePlaceholders(outDir, { site: given } = {}) {
  const site = exportSite(outDir, given);
  for (const file of site.files().filter((f) => f.includes(EMPTY_PARAM))) {
    if (!site.has(file)) continue; // under a folder already deleted
    const parts = path.relative(outDir, file).split(path.sep);
    const first = parts.findIndex((part) => part.includes(EMPTY_PARAM));
    if (first === -1) continue; // the name is in outDir itself
    site.removeDir(path.join(outDir, ...parts.slice(0, first + 1)));
  }
}
