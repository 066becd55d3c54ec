/**
 * What the search index (Pagefind, run on out/ after the export) knows about a page. Only pages
 * whose main content carries `data-pagefind-body` are indexed, and only that content: header,
 * footer and navigation never are. Filters and metadata are written in hidden markup inside the
 * indexed content (see components/search/search-data.tsx), so they show in results but are not
 * searchable text.
 */
import type { ContentDate } from '@/lib/content/dates';

/** The kinds of pages search returns, as visitors read them in the type filter. */
export const SEARCH_TYPES = {
  news: 'Actualité',
  publication: 'Publication',
  tool: 'Outil',
} as const;

export type SearchKind = keyof typeof SEARCH_TYPES;

/** Spread on the element holding a page's main content: `<article {...searchBody()}>`. */
export function searchBody(): { 'data-pagefind-body': '' } {
  return { 'data-pagefind-body': '' };
}

/** Spread on parts of the main content that must not be searched (breadcrumb, prev/next links). */
export function searchIgnore(): { 'data-pagefind-ignore': '' } {
  return { 'data-pagefind-ignore': '' };
}

export interface SearchData {
  kind: SearchKind;
  date?: ContentDate;
  /** Tag labels, accents kept. */
  tags?: readonly string[];
}

export interface SearchFields {
  /** Filter name -> values, one element each. */
  filters: { name: 'type' | 'tag' | 'year'; value: string }[];
  /** Metadata shown in results: `type` (label), `date` (YYYY-MM-DD, the day in Paris). */
  meta: { name: 'type' | 'date'; value: string }[];
  /** Sort keys: `date` (YYYY-MM-DD sorts as text). */
  sort: { name: 'date'; value: string }[];
}

/** The filters, metadata and sort keys of a page, in the order they are written. */
export function searchFields({ kind, date, tags = [] }: SearchData): SearchFields {
  const type = SEARCH_TYPES[kind];
  const filters: SearchFields['filters'] = [{ name: 'type', value: type }];
  for (const tag of new Set(tags.map((t) => t.trim()).filter(Boolean))) {
    filters.push({ name: 'tag', value: tag });
  }
  const meta: SearchFields['meta'] = [{ name: 'type', value: type }];
  const sort: SearchFields['sort'] = [];
  if (date) {
    filters.push({ name: 'year', value: date.day.slice(0, 4) });
    meta.push({ name: 'date', value: date.day });
    sort.push({ name: 'date', value: date.day });
  }
  return { filters, meta, sort };
}
