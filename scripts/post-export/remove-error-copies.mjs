import path from 'node:path';
import { exportSite } from './export-site.mjs';

/**
 * Next's export writes the 404 page three times: 404.html (what static hosts answer for unknown
 * paths) and two copies, 404/index.html and _not-found/, that a host would serve as ordinary pages
 * with a 200 status. Those copies are not pages of the site: they go, 404.html stays.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function removeErrorCopies(outDir, { site: given } = {}) {
  const site = exportSite(outDir, given);
  if (!site.has(path.join(outDir, '404.html'))) return;
  for (const name of ['404', '_not-found', '_not-found.txt'])
    site.removeDir(path.join(outDir, name));
}
