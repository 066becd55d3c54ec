import path from 'node:path';

/**
 * Where a build keeps the images it generates (lib/media/images.ts): a cache that survives builds,
 * one file per source image, width and format (named by content hash), read by the post-export
 * step that copies into the export the ones its pages use (scripts/post-export/publish-media.mjs).
 * Under .next/cache, which Next keeps from build to build and CI caches.
 */
export const MEDIA_CACHE_DIR = path.resolve('.next', 'cache', 'media');
