import type { ImageRef } from '@/lib/content';
import { optimizeImage } from '@/lib/media/images';
import { absoluteUrl } from '@/lib/site';

export interface ShareImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The site's own card image (public/img/og-default.png, 1200 × 630). */
export const DEFAULT_SHARE_IMAGE = {
  path: '/img/og-default.png',
  width: 1200,
  height: 630,
  alt: 'Numérique écoresponsable',
} as const;

export function defaultShareImage(): ShareImage {
  const { path, ...rest } = DEFAULT_SHARE_IMAGE;
  return { url: absoluteUrl(path), ...rest };
}

/** Social networks ask for about 1200 px wide: the smallest optimised copy at least that wide. */
const TARGET_WIDTH = 1200;

/**
 * The image that represents a page when it is shared: its own (a raster copy made by the image
 * pipeline, the same file the page shows), or the site default. SVG and GIF files, which cards do
 * not display reliably, fall back to the default.
 */
export async function shareImage(image: ImageRef | undefined): Promise<ShareImage> {
  if (!image?.file) return defaultShareImage();
  const optimized = await optimizeImage(image.file);
  if (!optimized.srcset || !optimized.width) return defaultShareImage();
  const candidates = optimized.srcset
    .split(', ')
    .map((candidate) => {
      const [url = '', w = ''] = candidate.split(' ');
      return { url, width: Number.parseInt(w, 10) };
    })
    .filter((c) => c.url && c.width > 0)
    .sort((a, b) => a.width - b.width);
  const chosen = candidates.find((c) => c.width >= TARGET_WIDTH) ?? candidates.at(-1);
  if (!chosen) return defaultShareImage();
  return {
    url: absoluteUrl(chosen.url),
    width: chosen.width,
    height: Math.round((optimized.height * chosen.width) / optimized.width),
    alt: image.alt,
  };
}
