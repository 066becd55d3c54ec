/**
 * Puts into out/media/ the generated images the export uses, and only those.
 *
 * lib/media/images.ts writes optimised images into a cache that survives builds
 * (lib/media/cache-dir.mjs, named by content hash and width), so that folder holds images of
 * earlier builds, of other CONTENT_DIRs and of edited pictures: this step copies from it, once,
 * the files the export names. Nothing is copied to be deleted afterwards.
 *
 * out/media/ may already hold files when a `next dev` session left images in public/media/ (Next
 * copies public/ into the export): those the export does not use go, as does any file there of a
 * type images.ts never writes, whatever its name (a content source cannot have a media/ folder:
 * lib/media/public-files.mjs reserves the name). Only files named the way images.ts names them
 * (`<stem>-<12 hex>[-<width>].<ext>`) are ever copied or kept.
 *
 * References are looked for in every text file of the export (pages, feeds, sitemap, manifests),
 * not only in `<img>`: an Open Graph image or a feed enclosure counts. A plain text search is
 * enough here: it can only keep a file too many, never leave out one in use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_CACHE_DIR } from '../../lib/media/cache-dir.mjs';
import { exportSite } from './export-site.mjs';

const GENERATED = /-[0-9a-f]{12}(?:-\d+)?\.[a-z0-9]+$/;
const PUBLISHED_MEDIA = /\.(?:avif|webp|png|jpg|gif)$/;
const TEXT_FILES = /\.(?:html|xml|json|txt|css|js|webmanifest|rss|atom)$/;

/**
 * The names under /media/ that a text mentions (src, srcset, og:image, feed enclosures).
 * @param {string} text
 * @param {Set<string>} [used] added to
 */
export function mediaNamesIn(text, used = new Set()) {
  let at = text.indexOf('/media/');
  while (at !== -1) {
    const name = text.slice(at + '/media/'.length, at + 300).split(/[?#\s"'<>)]/)[0] ?? '';
    try {
      used.add(decodeURIComponent(name));
    } catch {
      used.add(name);
    }
    at = text.indexOf('/media/', at + 1);
  }
  return used;
}

/**
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite, cacheDir?: string }} [options]
 *   cacheDir: where the build keeps generated images (default: lib/media/cache-dir.mjs)
 */
export function publishMedia(outDir, { site: given, cacheDir = MEDIA_CACHE_DIR } = {}) {
  const site = exportSite(outDir, given);
  const mediaDir = path.join(outDir, 'media');
  // Every text file read once, for both searches (generated images, then originals).
  /** @type {string[]} */
  const texts = [];
  for (const file of site.files()) {
    if (file.startsWith(`${mediaDir}${path.sep}`) || !TEXT_FILES.test(file)) continue;
    texts.push(site.read(file));
  }
  /** @type {Set<string>} */
  const used = new Set();
  for (const text of texts) if (text.includes('/media/')) mediaNamesIn(text, used);

  let copied = 0;
  for (const name of [...used].sort()) {
    // A name from a page is hostile input: one plain file name of the cache, nothing else.
    if (name.includes('/') || name.includes('\\') || !PUBLISHED_MEDIA.test(name)) continue;
    if (!GENERATED.test(name)) continue;
    const source = path.join(cacheDir, name);
    const destination = path.join(mediaDir, name);
    if (site.has(destination) || !isPlainFile(source)) continue;
    fs.mkdirSync(mediaDir, { recursive: true });
    fs.copyFileSync(source, destination, fs.constants.COPYFILE_EXCL);
    site.add(destination);
    copied += 1;
  }

  let deleted = 0;
  let bytes = 0;
  for (const file of site.files().filter((f) => f.startsWith(`${mediaDir}${path.sep}`))) {
    const name = path.relative(mediaDir, file).split(path.sep).join('/');
    // Only what lib/media/images.ts encodes is served from /media/: a file of another type there
    // (an SVG or a script copied as it was by an older build) goes, used or not.
    const published = PUBLISHED_MEDIA.test(name);
    if (published && (!GENERATED.test(name) || used.has(name))) continue;
    bytes += fs.statSync(file).size;
    site.remove(file);
    deleted += 1;
  }
  if (deleted) {
    console.log(
      `Media: ${deleted} generated images no page uses deleted from the export (${(bytes / 1024).toFixed(0)} KB).`,
    );
  }
  const originals = pruneSourceImages(outDir, { site, texts });
  return { copied, deleted, bytes, originals };
}

/** @param {string} file */
function isPlainFile(file) {
  try {
    return fs.lstatSync(file).isFile();
  } catch {
    return false;
  }
}

const RASTER = /\.(?:png|jpe?g|webp|avif|gif)$/i;

/**
 * Deletes the original raster images that public/ (and a content source's public/) copied into
 * out/ but that nothing of the export names: pages show the optimised copies in out/media/, so the
 * originals are only inputs of the build. An image any page, feed or stylesheet mentions (the
 * default share image, a download link) stays; the link check that runs after this step would
 * report anything still pointing at a deleted file.
 *
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite, texts?: string[] }} [options]
 *   texts: the text files of the export, when the caller has read them already
 */
export function pruneSourceImages(outDir, { site: given, texts: read } = {}) {
  const site = exportSite(outDir, given);
  const skip = [
    path.join(outDir, 'media'),
    path.join(outDir, 'pagefind'),
    path.join(outDir, '_next'),
  ];
  const files = site.files();
  const candidates = files.filter(
    (f) => RASTER.test(f) && !skip.some((dir) => f.startsWith(`${dir}${path.sep}`)),
  );
  if (candidates.length === 0) return undefined;
  const texts = read ?? files.filter((f) => TEXT_FILES.test(f)).map((f) => site.read(f));
  let deleted = 0;
  let bytes = 0;
  for (const file of candidates) {
    const sitePath = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    const encoded = encodeURI(sitePath);
    if (texts.some((text) => text.includes(sitePath) || text.includes(encoded))) continue;
    bytes += fs.statSync(file).size;
    site.remove(file);
    deleted += 1;
  }
  if (deleted) {
    console.log(
      `Images: ${deleted} originals no page names deleted from the export (${(bytes / 1024).toFixed(0)} KB; pages use their optimised copies).`,
    );
  }
  return { deleted, bytes };
}
