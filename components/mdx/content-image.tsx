import type { ComponentProps } from 'react';
import { Picture } from '@/components/media/picture';
import { resolveAsset } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/** An image in a body: optimised when it is a file of the site; lazy, since it is below the hero. */
export function ContentImage({ src, alt = '', from }: ComponentProps<'img'> & { from: string }) {
  const path = typeof src === 'string' ? src : '';
  const file = path && !/^[a-z]+:/i.test(path) ? resolveAsset(path, from) : undefined;
  if (file) return <Picture file={file} alt={alt} sizes="(min-width: 48rem) 42rem, 100vw" />;
  // eslint-disable-next-line @next/next/no-img-element -- unresolved images are reported by the link check
  return <img src={withBasePath(path)} alt={alt} loading="lazy" decoding="async" />;
}
