import fs from 'node:fs';
import path from 'node:path';
import { exportSite } from './export-site.mjs';

export const DATA_MANIFEST = 'data-files.json';

/**
 * Writes the downloads of the data collections (CSV and JSON of a framework of criteria) at their
 * addresses, from the manifest the build wrote (app/data-files.json), then removes it: it is not
 * part of the site. A download never replaces a file of the export.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function writeDataFiles(outDir, { site: given } = {}) {
  const site = exportSite(outDir, given);
  const manifest = path.join(outDir, DATA_MANIFEST);
  if (!site.has(manifest)) return;
  /** @type {{ files: { path: string, text: string }[] }} */
  const { files } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  site.remove(manifest);
  const root = path.resolve(outDir);
  for (const { path: sitePath, text } of files) {
    const file = path.resolve(root, ...sitePath.split('/').filter(Boolean));
    if (!/^\/[a-z0-9/._-]+\.(csv|json)$/.test(sitePath) || !file.startsWith(root + path.sep))
      throw new Error(`download ${sitePath} is not a site path of a .csv or .json file`);
    if (fs.existsSync(file))
      throw new Error(`download ${sitePath} would replace a file of the site`);
    site.write(file, text);
  }
}
