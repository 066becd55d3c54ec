import { optimizeImage } from '@/lib/media/images';
import { withBasePath } from '@/lib/site';

const prefixSrcset = (srcset: string) =>
  srcset
    .split(', ')
    .map((candidate) => withBasePath(candidate))
    .join(', ');

interface PictureProps {
  /** Absolute path of the source image on disk. */
  file: string;
  alt: string;
  /** How wide the image shows, for the browser to pick a file (`sizes`). */
  sizes: string;
  /** Above the fold (a post's hero): loaded at once, not lazily. */
  priority?: boolean;
  className?: string;
  /** Classes of the `<picture>` box (a card's frame), so no wrapper element is needed. */
  pictureClassName?: string;
  /**
   * Only the best format (AVIF, which every current browser reads), then the fallback: one
   * element less per image, for lists of cards that show a dozen of them.
   */
  bestFormatOnly?: boolean;
}

/**
 * A content image optimised at build time: AVIF and WebP at several widths, a fallback, and its
 * intrinsic size so the page does not shift while it loads.
 */
export async function Picture({
  file,
  alt,
  sizes,
  priority = false,
  className,
  pictureClassName,
  bestFormatOnly = false,
}: PictureProps) {
  const image = await optimizeImage(file);
  const sources = bestFormatOnly ? image.sources.slice(0, 1) : image.sources;
  return (
    <picture className={pictureClassName}>
      {sources.map((source) => (
        <source
          key={source.type}
          type={source.type}
          srcSet={prefixSrcset(source.srcset)}
          sizes={sizes}
        />
      ))}
      {/* The fallback is for browsers without AVIF or WebP (very old ones): one file, no srcset,
          which would repeat the widths on every card of a list page. */}
      <img
        src={withBasePath(image.src)}
        width={image.width || undefined}
        height={image.height || undefined}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
        className={className}
      />
    </picture>
  );
}
