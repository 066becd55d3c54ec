import fs from 'node:fs';
import path from 'node:path';
import { classifyPublicFolder, findLinks } from '../../lib/media/public-files.mjs';
import { config } from '../../lib/config.mjs';

/**
 * Files under `<CONTENT_DIR>/public/` are served at the site root, like public/ (Next copies only
 * the project's public/). Generated images (public/media) are copied too in case they were made
 * after Next copied public/. Nothing the build wrote is overwritten.
 *
 * Content is hostile input: only the files lib/media/public-files.mjs lets through are copied, one
 * by one, never a link. `npm run check` reports the others first; reaching this step with one
 * (a build without the check) stops the build, naming every file.
 * @param {string} outDir
 */
export function copyContentPublic(outDir) {
  const generated = path.resolve('public', 'media');
  if (fs.existsSync(generated)) {
    fs.cpSync(generated, path.join(outDir, 'media'), {
      recursive: true,
      force: false,
      errorOnExist: false,
      filter: (source) => !fs.lstatSync(source).isSymbolicLink(),
    });
  }
  const contentPublic = path.join(path.resolve(config.contentDir), 'public');
  if (contentPublic !== path.resolve('public')) copyPublicFolder(contentPublic, outDir);
}

/**
 * Copies a content source's public/ folder into the export, file by file, or throws naming every
 * file it may not publish (and copies nothing).
 * @param {string} publicDir
 * @param {string} outDir
 */
export function copyPublicFolder(publicDir, outDir) {
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
  }
}

/** @param {string[]} lines */
function refuse(lines) {
  throw new Error(
    `the content's public/ folder has files the site does not publish (npm run check reports them):\n${lines.join('\n')}`,
  );
}
