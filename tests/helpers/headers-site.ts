/**
 * A small export with one file of each kind the security headers tell apart, and its _headers
 * written as the build writes it: for the tests that compare out/_headers, nginx and npm start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeSiteHeaders } from '../../scripts/headers.mjs';

export const FILES = [
  '/index.html',
  '/404.html',
  '/actualites/x/index.html',
  '/recherche/index.html',
  '/recherche/recherche.js',
  '/media/x.svg',
  '/media/x-123-480.avif',
  '/docs/x.pdf',
  '/docs/x.docx',
  '/img/x.svg',
  '/feed.xml',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind.fr_1.pf_meta',
  '/_next/static/chunks/a.css',
];

/** Site paths asked for: the files, pages by their address, and a page that does not exist. */
export const PATHS = [...FILES, '/', '/actualites/x/', '/recherche/', '/absente/'];

export function writeHeadersSite(dir: string) {
  for (const file of FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file.endsWith('.html') ? '<!doctype html>' : 'x');
  }
  // As the build does: public/_headers copied by next build, then written out.
  fs.copyFileSync('public/_headers', path.join(dir, '_headers'));
  writeSiteHeaders(dir);
}
