import fs from 'node:fs';
import path from 'node:path';

/**
 * Files under `<CONTENT_DIR>/public/` are served at the site root, like public/ (Next copies only
 * the project's public/). Generated images (public/media) are copied too in case they were made
 * after Next copied public/. Nothing the build wrote is overwritten.
 */
export function copyContentPublic(outDir) {
  const sources = [path.resolve('public', 'media')];
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  const contentPublic = path.join(contentDir, 'public');
  if (contentPublic !== path.resolve('public')) sources.push(contentPublic);
  for (const source of sources) {
    if (!fs.existsSync(source)) continue;
    const destination = source.endsWith(`${path.sep}media`) ? path.join(outDir, 'media') : outDir;
    fs.cpSync(source, destination, { recursive: true, force: false, errorOnExist: false });
  }
}
