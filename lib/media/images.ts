import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';

/**
 * Build-time image optimisation. Each source image becomes AVIF and WebP versions at a few widths
 * plus a fallback in its own format, named by content hash so that a file never changes under the
 * same URL (cache forever) and a build reuses what an earlier one made.
 */

/** Where generated images go: served by `next dev` from public/, copied into out/ after a build. */
export const MEDIA_DIR = path.resolve('public', 'media');
export const MEDIA_URL = '/media';
export const MAX_WIDTH = 2000;
const WIDTHS = [480, 960, 1440, MAX_WIDTH];

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
  /** srcset of the fallback format. */
  srcset?: string;
}

const FALLBACK: Record<string, { ext: string; type: string }> = {
  jpeg: { ext: 'jpg', type: 'image/jpeg' },
  png: { ext: 'png', type: 'image/png' },
  webp: { ext: 'webp', type: 'image/webp' },
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
    result = optimize(file);
    memo.set(file, result);
  }
  return result;
}

async function optimize(file: string): Promise<OptimizedImage> {
  const input = fs.readFileSync(file);
  const hash = crypto.createHash('sha256').update(input).digest('hex').slice(0, 12);
  const stem = path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .slice(0, 60);
  const meta = await sharp(input).metadata();
  const oriented = (meta.orientation ?? 1) >= 5;
  const width = (oriented ? meta.height : meta.width) ?? 0;
  const height = (oriented ? meta.width : meta.height) ?? 0;
  fs.mkdirSync(MEDIA_DIR, { recursive: true });

  const format = meta.format ?? '';
  const fallback = FALLBACK[format];
  // SVG, GIF and other formats are served as they are: vectors need no resizing, animations
  // would lose their frames.
  if (!fallback || !width || !height) {
    const name = `${stem}-${hash}${path.extname(file).toLowerCase()}`;
    await writeOnce(path.join(MEDIA_DIR, name), async () => input);
    return { src: `${MEDIA_URL}/${name}`, width, height, sources: [] };
  }

  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, MAX_WIDTH)])];
  const variant = async (w: number, ext: string, encode: (s: Sharp) => Sharp) => {
    const name = `${stem}-${hash}-${w}.${ext}`;
    await writeOnce(path.join(MEDIA_DIR, name), () =>
      encode(sharp(input).autoOrient().resize({ width: w, withoutEnlargement: true })).toBuffer(),
    );
    return `${MEDIA_URL}/${name} ${w}w`;
  };
  const all = async (ext: string, encode: (s: Sharp) => Sharp) => {
    const list: string[] = [];
    for (const w of widths) list.push(await variant(w, ext, encode));
    return list.join(', ');
  };
  const avif = await all('avif', (s) => s.avif({ quality: 50, effort: 2 }));
  const webp = await all('webp', (s) => s.webp({ quality: 72 }));
  const fallbackSet = await all(fallback.ext, (s) =>
    format === 'png'
      ? s.png({ compressionLevel: 9, palette: true, quality: 90 })
      : format === 'jpeg'
        ? s.jpeg({ quality: 78, mozjpeg: true })
        : s.webp({ quality: 72 }),
  );
  const largest = widths[widths.length - 1] ?? width;
  const scale = largest / width;
  return {
    src: `${MEDIA_URL}/${stem}-${hash}-${largest}.${fallback.ext}`,
    width: largest,
    height: Math.round(height * scale),
    sources: [
      { type: 'image/avif', srcset: avif },
      { type: 'image/webp', srcset: webp },
    ],
    srcset: fallbackSet,
  };
}
