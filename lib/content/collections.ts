import type { NewsEntry, TagRef } from './types';

export const NEWS_PER_PAGE = 12;

interface Dated {
  slug: string;
  draft: boolean;
  date: { timestamp: number };
}

/** Published: not a draft, and not dated after `now` (a post dated in the future waits). */
export function isPublished(entry: Dated, now: number): boolean {
  return !entry.draft && entry.date.timestamp <= now;
}

/** Newest first; the slug breaks ties so that the order never depends on the file system. */
export function sortByDateDesc<T extends Dated>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => b.date.timestamp - a.date.timestamp || a.slug.localeCompare(b.slug));
}

export interface TagCount extends TagRef {
  count: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * Every tag with its number of posts, most used first. Tags whose labels differ only by case or
 * accents share a slug and are counted together under the label met first.
 */
export function collectTags(entries: readonly { tags: TagRef[] }[]): TagCount[] {
  const tags = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const known = tags.get(tag.slug);
      if (known) known.count += 1;
      else tags.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

export function filterByTag<T extends { tags: TagRef[] }>(entries: readonly T[], tagSlug: string): T[] {
  return entries.filter((entry) => entry.tags.some((tag) => tag.slug === tagSlug));
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

/** One page of a list; a page out of range is `undefined` (the route answers 404). */
export function paginate<T>(items: readonly T[], page: number, perPage = NEWS_PER_PAGE): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

export function pageCount(total: number, perPage = NEWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** In a newest-first list: `previous` is the older post, `next` the newer one. */
export function adjacent<T extends { slug: string }>(sorted: readonly T[], slug: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((entry) => entry.slug === slug);
  if (index === -1) return {};
  return { previous: sorted[index + 1], next: index > 0 ? sorted[index - 1] : undefined };
}

export type { NewsEntry };
