import type { NewsEntry, TagRef } from './types';

/**
 * Posts per list page: three rows of three on a wide screen. Each card is an image and 8 elements;
 * with 12, the list pages of the imported site were at EcoIndex 84-85, at the budget's edge.
 */
export const NEWS_PER_PAGE = 9;

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

export interface Series extends TagRef {
  /** Oldest first: the order in which the episodes came out. */
  episodes: NewsEntry[];
}

/** Every series with its episodes in order of publication, series sorted by name. */
export function collectSeries(entries: readonly NewsEntry[]): Series[] {
  const series = new Map<string, Series>();
  for (const entry of entries) {
    if (!entry.series) continue;
    const known = series.get(entry.series.slug);
    if (known) known.episodes.push(entry);
    else series.set(entry.series.slug, { ...entry.series, episodes: [entry] });
  }
  return [...series.values()]
    .map((s) => ({ ...s, episodes: sortByDateDesc(s.episodes).reverse() }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Where a post stands in its series: « Épisode n sur N », with the episodes around it. */
export interface EpisodePlace {
  series: Series;
  /** 1-based. */
  number: number;
  previous?: NewsEntry;
  next?: NewsEntry;
}

export function episodePlace(series: readonly Series[], post: NewsEntry): EpisodePlace | undefined {
  const own = post.series && series.find((s) => s.slug === post.series?.slug);
  if (!own) return undefined;
  const index = own.episodes.findIndex((e) => e.slug === post.slug);
  if (index < 0) return undefined;
  return { series: own, number: index + 1, previous: own.episodes[index - 1], next: own.episodes[index + 1] };
}

/** In a newest-first list: `previous` is the older post, `next` the newer one. */
export function adjacent<T extends { slug: string }>(sorted: readonly T[], slug: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((entry) => entry.slug === slug);
  if (index === -1) return {};
  return { previous: sorted[index + 1], next: index > 0 ? sorted[index - 1] : undefined };
}

export type { NewsEntry };

export interface YearGroup<T> {
  year: string;
  posts: T[];
}

/**
 * Posts grouped by the year of their day in Paris, in the order given (newest first gives the
 * newest year first): an archive's sections. Pure.
 */
export function postsByYear<T extends { date: { day: string } }>(posts: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const post of posts) {
    const year = post.date.day.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.posts.push(post);
    else groups.push({ year, posts: [post] });
  }
  return groups;
}

/**
 * The title of a series' page: « Série : Saison 2 » says what the page is where a bare label
 * would not (and is the title the mission's former site gave its series pages).
 */
export const seriesTitle = (label: string) => `Série : ${label}`;
