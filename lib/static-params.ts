/**
 * Next's static export refuses a dynamic route whose generateStaticParams returns no params
 * (vercel/next.js#61213, still open in Next 16), yet a content source may well have no tag, no
 * second page or no tool sheet. Such a route then gets one placeholder param: its page answers
 * notFound(), and the post-export step deletes what was written for it.
 */
export const EMPTY_PARAM = '__vide__';

export function paramsOrPlaceholder<K extends string>(
  params: Record<K, string>[],
  keys: readonly K[],
): Record<K, string>[] {
  if (params.length > 0) return params;
  return [Object.fromEntries(keys.map((key) => [key, EMPTY_PARAM])) as Record<K, string>];
}
