/**
 * Deletes from out/media/ the generated images no page uses.
 *
 * lib/media/images.ts writes optimised images into public/media/ and reuses them from build to
 * build (named by content hash), so that folder keeps images of earlier builds, of other
 * CONTENT_DIRs and of edited pictures; Next copies all of it into out/. Only files named the way
 * images.ts names them (`<stem>-<12 hex>[-<width>].<ext>`) are candidates; a file of a type
 * images.ts never writes is deleted whatever its name (a content source cannot have a media/
 * folder: lib/media/public-files.mjs reserves the name).
 *
 * References are looked for in every text file of the export (pages, feeds, sitemap, manifests),
 * not only in `<img>`: an Open Graph image or a feed enclosure counts. A plain text search is
 * enough here: it can only keep a file too many, never delete one in use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './lean.mjs';

const GENERATED = /-[0-9a-f]{12}(?:-\d+)?\.[a-z0-9]+$/;
const PUBLISHED_MEDIA = /\.(?:avif|webp|png|jpg|gif)$/;
const TEXT_FILES = /\.(?:html|xml|json|txt|css|js|webmanifest|rss|atom)$/;

/** @param {string} outDir */
export function pruneMedia(outDir) {
  pruneSourceImages(outDir);
  const mediaDir = path.join(outDir, 'media');
  if (!fs.existsSync(mediaDir)) return undefined;
  const used = new Set();
  const mark = (/** @type {string} */ url) => {
    const at = url.indexOf('/media/');
    if (at === -1) return;
    const name = url.slice(at + '/media/'.length).split(/[?#\s"'<>)]/)[0] ?? '';
    try {
      used.add(decodeURIComponent(name));
    } catch {
      used.add(name);
    }
  };
  for (const file of listFiles(outDir)) {
    if (file.startsWith(`${mediaDir}${path.sep}`) || !TEXT_FILES.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('/media/')) continue;
    // Any `/media/<name>` mention keeps the file: src, srcset, og:image, feed enclosures.
    let at = text.indexOf('/media/');
    while (at !== -1) {
      mark(text.slice(at, at + 300));
      at = text.indexOf('/media/', at + 1);
    }
  }
  let deleted = 0;
  let bytes = 0;
  for (const file of listFiles(mediaDir)) {
    const name = path.relative(mediaDir, file).split(path.sep).join('/');
    // Only what lib/media/images.ts encodes is served from /media/: a file of another type there
    // (an SVG or a script copied as it was by an older build) goes, used or not.
    const published = PUBLISHED_MEDIA.test(name);
    if (published && (!GENERATED.test(name) || used.has(name))) continue;
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    deleted += 1;
  }
  if (deleted) {
    console.log(
      `Media: ${deleted} generated images no page uses deleted from the export (${(bytes / 1024).toFixed(0)} KB).`,
    );
  }
  return { deleted, bytes };
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
 */
export function pruneSourceImages(outDir) {
  const skip = [
    path.join(outDir, 'media'),
    path.join(outDir, 'pagefind'),
    path.join(outDir, '_next'),
  ];
  const files = listFiles(outDir);
  const candidates = files.filter(
    (f) => RASTER.test(f) && !skip.some((dir) => f.startsWith(`${dir}${path.sep}`)),
  );
  if (candidates.length === 0) return undefined;
  const texts = files.filter((f) => TEXT_FILES.test(f)).map((f) => fs.readFileSync(f, 'utf8'));
  let deleted = 0;
  let bytes = 0;
  for (const file of candidates) {
    const sitePath = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    const encoded = encodeURI(sitePath);
    if (texts.some((text) => text.includes(sitePath) || text.includes(encoded))) continue;
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    deleted += 1;
  }
  if (deleted) {
    console.log(
      `Images: ${deleted} originals no page names deleted from the export (${(bytes / 1024).toFixed(0)} KB; pages use their optimised copies).`,
    );
  }
  return { deleted, bytes };
}
