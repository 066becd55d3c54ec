import fs from 'node:fs';
import path from 'node:path';

/**
 * Next's export writes the 404 page three times: 404.html (what static hosts answer for unknown
 * paths) and two copies, 404/index.html and _not-found/, that a host would serve as ordinary pages
 * with a 200 status. Those copies are not pages of the site: they go, 404.html stays.
 * @param {string} outDir
 */
export function removeErrorCopies(outDir) {
  if (!fs.existsSync(path.join(outDir, '404.html'))) return;
  for (const name of ['404', '_not-found']) {
    fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
  fs.rmSync(path.join(outDir, '_not-found.txt'), { force: true });
}
