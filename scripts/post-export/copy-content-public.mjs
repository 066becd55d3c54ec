import fs from 'node:fs';
import path from 'node:path';
import { classifyPublicFolder, findLinks } from '../../lib/media/public-files.mjs';
import { config } from '../../lib/config.mjs';

/**
 * Files under `<CONTENT_DIR>/public/` are served at the site root, like public/ (Next copies only
 * the project's public/). Nothing the build wrote is overwritten. (Generated images are not
 * copied here: publish-media.mjs copies the ones the pages use, from where the build keeps them.)
 *
 * Content is hostile input: only the files lib/media/public-files.mjs lets through are copied, one
 * by one, never a link. `npm run check` reports the others first; reaching this step with one
 * (a build without the check) stops the build, naming every file.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function copyContentPublic(outDir, { site } = {}) {
  const contentPublic = path.join(path.resolve(config.contentDir), 'public');
  if (contentPublic !== path.resolve('public')) copyPublicFolder(contentPublic, outDir, site);
}

/**
 * Copies a content source's public/ folder into the export, file by file, or throws naming every
 * file it may not publish (and copies nothing).
 * @param {string} publicDir
 * @param {string} outDir
 * @param {import('./export-site.mjs').ExportSite} [site] told of each file copied
 */
export function copyPublicFolder(publicDir, outDir, site) {
  if (!fs.existsSync(publicDir)) return;
  if (fs.lstatSync(publicDir).isSymbolicLink()) refuse([`${publicDir}: symbolic link`]);
  const files = classifyPublicFolder(publicDir);
  const refused = [
    ...findLinks(publicDir).map((file) => `${file}: symbolic link (or special file)`),
    ...files.filter((f) => f.problem).map((f) => `${f.file}: ${f.problem}`),
  ];
  if (refused.length > 0) refuse(refused);
  for (const { file, relPath } of files) {
    const destination = path.join(outDir, ...relPath.split('/'));
    if (fs.existsSync(destination)) continue;
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.copyFileSync(file, destination, fs.constants.COPYFILE_EXCL);
    site?.add(destination);
  }
}

/** @param {string[]} lines */
function refuse(lines) {
  throw new Error(
    `the content's public/ folder has files the site does not publish (npm run check reports them):\n${lines.join('\n')}`,
  );
}
