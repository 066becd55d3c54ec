import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { config } from '../config.mjs';
import { displayPath } from '@/lib/content/config';
import { MEDIA_CACHE_DIR } from './cache-dir.mjs';
import { ContentError } from '@/lib/content/problems';
import { HEAD_BYTES, hasUtf8Bom, imageFormatOf, type ImageFormat } from './sniff.mjs';

/**
 * Build-time image optimisation. Each source image becomes AVIF and WebP versions at a few widths
 * plus a fallback, named by content hash so that a file never changes under the same URL (cache
 * forever) and a build reuses what an earlier one made.
 *
 * Content is hostile input: a file is what its bytes are, never what its name says, and every
 * file written here is encoded by sharp in a raster format and named after that format. No source
 * file is ever copied as it is: an SVG is drawn into a bitmap (it may hold scripts, and the
 * mission's SVG thumbnails are mere wrappers of a large bitmap), a GIF is re-encoded.
 */

/**
 * Where generated images go: in a build, the cache that survives builds (lib/media/cache-dir.mjs),
 * from which the post-export step copies the ones the pages use into out/, once; under `next dev`,
 * public/media/, where the dev server serves them.
 */
export const MEDIA_DIR = config.preview ? path.resolve('public', 'media') : MEDIA_CACHE_DIR;
export const MEDIA_URL = '/media';
export const MAX_WIDTH = 2000;
const WIDTHS = [480, 960, 1440, MAX_WIDTH];
/** SVG is drawn at twice its own size (up to MAX_WIDTH), to stay sharp on dense screens. */
const SVG_SCALE = 2;

export interface ImageVariantSet {
  type: string;
  srcset: string;
}

export interface OptimizedImage {
  /** Fallback URL (site path, no base path). */
  src: string;
  width: number;
  height: number;
  sources: ImageVariantSet[];
  /** srcset of the fallback format (none for an animation, which share cards do not show). */
  srcset?: string;
}

type Encoder = (s: Sharp) => Sharp;
interface Output {
  ext: string;
  type: string;
  encode: Encoder;
}

const AVIF: Output = {
  ext: 'avif',
  type: 'image/avif',
  encode: (s) => s.avif({ quality: 50, effort: 2 }),
};
const WEBP: Output = { ext: 'webp', type: 'image/webp', encode: (s) => s.webp({ quality: 72 }) };
const JPEG: Output = {
  ext: 'jpg',
  type: 'image/jpeg',
  encode: (s) => s.jpeg({ quality: 78, mozjpeg: true }),
};
const PNG: Output = {
  ext: 'png',
  type: 'image/png',
  encode: (s) => s.png({ compressionLevel: 9, palette: true, quality: 90 }),
};
const GIF: Output = { ext: 'gif', type: 'image/gif', encode: (s) => s.gif() };

/** How sharp names each format content may use (AVIF is a HEIF file compressed with AV1). */
const SHARP_FORMAT: Record<ImageFormat, string> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'heif',
  svg: 'svg',
};

async function writeOnce(file: string, produce: () => Promise<Buffer>): Promise<void> {
  if (fs.existsSync(file)) return;
  const data = await produce();
  // Several build workers may make the same file: write aside, then rename atomically.
  const tmp = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

const memo = new Map<string, Promise<OptimizedImage>>();

export function optimizeImage(file: string): Promise<OptimizedImage> {
  let result = memo.get(file);
  if (!result) {
    result = optimize(file).catch((error: unknown) => {
      if (error instanceof ContentError) throw error;
      throw imageError(file, `could not be converted (${(error as Error).message}): replace it`);
    });
    memo.set(file, result);
  }
  return result;
}

/**
 * An error about an image file, printed by the build as `path:1: image: ...` without a stack
 * trace. `npm run check` finds a file that is no image before (lib/content/load.ts); this is what
 * is left for a file that only looks like one.
 */
function imageError(file: string, message: string): ContentError {
  return new ContentError([
    {
      file: displayPath(file),
      line: 1,
      severity: 'error',
      field: 'image',
      rule: 'image-type',
      message,
    },
  ]);
}

/** What sharp reads of the bytes, which must be the format their signature says. */
async function readImage(
  file: string,
  bytes: Buffer,
): Promise<{ format: ImageFormat; input: Buffer; meta: Metadata }> {
  const format = imageFormatOf(bytes.subarray(0, HEAD_BYTES));
  if (!format) {
    throw imageError(
      file,
      'is not an image (its bytes are not JPEG, PNG, WebP, GIF, AVIF or SVG): use an image file',
    );
  }
  // libvips recognises an SVG by its first bytes being ASCII: a UTF-8 byte order mark is not.
  const input = format === 'svg' && hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch (error) {
    throw imageError(
      file,
      `could not be read as an image (${(error as Error).message}): replace it`,
    );
  }
  const av1 = format !== 'avif' || meta.compression === 'av1';
  if (meta.format !== SHARP_FORMAT[format] || !av1 || !meta.width || !meta.height) {
    throw imageError(file, `is not a valid ${format.toUpperCase()} image: replace it`);
  }
  return { format, input, meta };
}

async function optimize(file: string): Promise<OptimizedImage> {
  const bytes = fs.readFileSync(file);
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const stem = path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .slice(0, 60);
  const { format, input, meta } = await readImage(file, bytes);
  fs.mkdirSync(MEDIA_DIR, { recursive: true });

  let raster = input;
  let width: number;
  let height: number;
  const animated = format === 'gif' && (meta.pages ?? 1) > 1;
  if (format === 'svg') {
    const drawn = Math.min(MAX_WIDTH, Math.round((meta.width ?? 1) * SVG_SCALE));
    const density = (72 * drawn) / (meta.width ?? 1);
    raster = await sharp(input, { density }).png().toBuffer();
    const drawnMeta = await sharp(raster).metadata();
    width = drawnMeta.width ?? drawn;
    height = drawnMeta.height ?? 0;
  } else {
    const oriented = (meta.orientation ?? 1) >= 5;
    width = (oriented ? meta.height : meta.width) ?? 0;
    // Read without `animated`, sharp gives the size of one frame.
    height = (oriented ? meta.width : meta.height) ?? 0;
  }

  // An animation keeps its frames: animated WebP, and a GIF re-encoded by sharp for the rest
  // (AVIF has no animation in sharp). A fallback keeps transparency where the source may have it.
  const outputs: Output[] = animated ? [WEBP] : [AVIF, WEBP];
  const fallback: Output = animated
    ? GIF
    : format === 'jpeg'
      ? JPEG
      : format === 'webp'
        ? WEBP
        : format === 'avif' && !meta.hasAlpha
          ? JPEG
          : PNG;

  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, MAX_WIDTH)])];
  const variant = async (w: number, output: Output) => {
    const name = `${stem}-${hash}-${w}.${output.ext}`;
    await writeOnce(path.join(MEDIA_DIR, name), () =>
      output
        .encode(
          sharp(raster, { animated }).autoOrient().resize({ width: w, withoutEnlargement: true }),
        )
        .toBuffer(),
    );
    return `${MEDIA_URL}/${name} ${w}w`;
  };
  const all = async (output: Output) => {
    const list: string[] = [];
    for (const w of widths) list.push(await variant(w, output));
    return list.join(', ');
  };
  const sources: ImageVariantSet[] = [];
  for (const output of outputs) sources.push({ type: output.type, srcset: await all(output) });
  const fallbackSet = await all(fallback);
  const largest = widths[widths.length - 1] ?? width;
  // The size the page shows: an SVG keeps its own (its files are twice as large).
  const shown = format === 'svg' ? Math.min(Math.round(meta.width ?? largest), largest) : largest;
  return {
    src: `${MEDIA_URL}/${stem}-${hash}-${largest}.${fallback.ext}`,
    width: shown,
    height: Math.round((height * shown) / width),
    sources,
    srcset: animated ? undefined : fallbackSet,
  };
}
