import type { ImageRef } from '@/lib/content';
import { Picture } from './picture';

/** The image at the top of a post or a publication: above the fold, so loaded at once. */
export function HeroImage({ image }: { image?: ImageRef }) {
  if (!image?.file) return null;
  return (
    <div className="my-8 max-w-measure overflow-hidden rounded-lg">
      <Picture file={image.file} alt={image.alt} sizes="(min-width: 48rem) 42rem, 100vw" priority />
    </div>
  );
}
