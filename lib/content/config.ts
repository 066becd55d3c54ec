import path from 'node:path';
import { config } from '../config.mjs';

/** The content source: `content/` by default, `CONTENT_DIR=<dir>` to build another one. */
export function contentRoot(): string {
  return path.resolve(config.contentDir);
}

/**
 * Folders served at the site root, most specific first: the content source's own `public/`
 * (so an imported corpus brings its images), then the project's.
 */
export function publicDirs(root = contentRoot()): string[] {
  const own = path.resolve('public');
  const fromContent = path.join(root, 'public');
  return fromContent === own ? [own] : [fromContent, own];
}

/** Development previews show drafts and future posts, marked as such; builds never do. */
export function isPreview(): boolean {
  return config.preview;
}

/** Display path of a file in messages: relative to the working directory. */
export function displayPath(absPath: string): string {
  return path.relative(process.cwd(), absPath).split(path.sep).join('/');
}
