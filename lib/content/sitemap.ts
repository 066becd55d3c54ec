import { pageCount } from './collections';
import { collectionPages, type CriteriaCollection } from './criteria';
import { facetUrl, facetValues, filterTools, TOOL_FACETS, type ToolFacet } from './tools';
import type { NewsEntry, PageEntry, PublicationEntry, ThemeEntry, ToolEntry } from './types';

export interface SitemapEntry {
  /** Site path, trailing slash, no base path. */
  path: string;
  /** ISO date-time of the newest content the page shows, when the content gives one. */
  lastmod?: string;
}

interface Dated {
  date?: { iso: string; timestamp: number };
}

function newest(entries: readonly Dated[]): string | undefined {
  let best: Dated['date'];
  for (const { date } of entries) if (date && (!best || date.timestamp > best.timestamp)) best = date;
  return best?.iso;
}

const pages = (base: string, total: number, perPage: number) =>
  Array.from({ length: pageCount(total, perPage) }, (_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));

export interface SitemapSource {
  /** Published news, newest first. */
  news: readonly NewsEntry[];
  tags: readonly { slug: string }[];
  newsByTag: (slug: string) => readonly NewsEntry[];
  publications: readonly PublicationEntry[];
  tools: readonly ToolEntry[];
  pages: readonly PageEntry[];
  /** Listed themes, the index page's own text included. */
  themes?: readonly ThemeEntry[];
  /** Series of posts, each with its page. */
  series?: readonly { slug: string; episodes: readonly NewsEntry[] }[];
  /** Pages from data, each page dated by its publication. */
  collections?: readonly CriteriaCollection[];
  perPage: number;
}

/**
 * Every published HTML page of the site and the date of its newest content. Pure: takes the
 * published lists, so drafts and future posts cannot reach the sitemap by another road.
 */
export function sitemapEntries(source: SitemapSource): SitemapEntry[] {
  const { news, publications, tools, perPage } = source;
  const all = [...news, ...publications, ...tools, ...source.pages];
  const map = new Map<string, string | undefined>();
  const add = (path: string, lastmod: string | undefined) => {
    const known = map.get(path);
    map.set(path, known && (!lastmod || Date.parse(known) > Date.parse(lastmod)) ? known : lastmod);
  };
  const newsDate = newest(news);
  add('/', newest(all));
  for (const path of pages('/actualites/', news.length, perPage)) add(path, newsDate);
  add('/actualites/tags/', newsDate);
  add('/agenda/', newest(news.filter((post) => post.event)));
  for (const tag of source.tags) {
    const tagged = source.newsByTag(tag.slug);
    const date = newest(tagged);
    for (const path of pages(`/actualites/tags/${tag.slug}/`, tagged.length, perPage)) add(path, date);
  }
  for (const entry of all) add(entry.url, entry.date?.iso);
  for (const collection of source.collections ?? []) {
    const host = publications.find((p) => p.url === collection.host.url);
    if (!host) continue;
    for (const page of collectionPages(collection)) add(page.url, host.date.iso);
  }
  add('/publications/', newest(publications));
  // The toolbox is a route of the site: it exists (and says so when empty) whatever the source.
  add('/publications/boite-outils/', newest(tools));
  // The toolbox's prerendered filter pages, one per category and per scope.
  for (const facet of Object.keys(TOOL_FACETS) as ToolFacet[]) {
    for (const value of facetValues(tools, facet)) {
      add(facetUrl(facet, value.slug), newest(filterTools(tools, facet, value.slug)));
    }
  }
  // The series index is a route of the site: it exists (and says so when empty) whatever the source.
  add('/actualites/series/', newsDate);
  for (const s of source.series ?? []) add(`/actualites/series/${s.slug}/`, newest(s.episodes));
  // The themes' index is a route of the site: it exists (and says so when empty) whatever the source.
  add('/thematiques/', undefined);
  for (const theme of source.themes ?? []) add(theme.url, theme.date?.iso);
  add('/plan-du-site/', newest(all));
  add('/recherche/', undefined);
  return [...map.entries()]
    .map(([path, lastmod]) => (lastmod ? { path, lastmod } : { path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
