/**
 * The one way into the content: routes, feeds, the sitemap and search call these functions and
 * never read files themselves. Everything derived (published lists, tags, counts) is computed once
 * per process from one snapshot.
 */
import { isPreview } from './config';
import {
  adjacent,
  collectTags,
  filterByTag,
  isPublished,
  NEWS_PER_PAGE,
  pageCount,
  paginate,
  sortByDateDesc,
  type TagCount,
} from './collections';
import { loadContent, type ContentSnapshot } from './load';
import { publicationHub, subPagesOf, type PublicationHub } from './publications';
import {
  buildPageIndex,
  buildSiteMap,
  type KnownPage,
  type PublishedContent,
  type SiteMapSection,
} from './site-pages';
import { facetValues, filterTools, sortTools, type FacetValue, type ToolFacet } from './tools';
import { ContentError } from './problems';
import { sitemapEntries, type SitemapEntry } from './sitemap';
import type { Entry, NewsEntry, PageEntry, PublicationEntry, ToolEntry } from './types';

export * from './types';
export { ContentError, formatProblem, formatProblemWithSeverity, sortProblems, type Problem } from './problems';
export { NEWS_PER_PAGE, type TagCount } from './collections';
export { slugify } from './slug';
export { assetNotFound, IMAGE_RULES, lookupAsset, lookupImage, resolveAsset, type AssetLookup } from './load';
export { sortPublications, publicationHub, subPagesOf, type PublicationHub } from './publications';
export {
  facetUrl,
  facetValues,
  filterTools,
  sortTools,
  TOOL_FACETS,
  TOOLBOX_URL,
  type FacetValue,
  type ToolFacet,
} from './tools';
export {
  buildPageIndex,
  buildSiteMap,
  FIXED_PAGES,
  type KnownPage,
  type PublishedContent,
  type SiteMapItem,
  type SiteMapSection,
} from './site-pages';
export * from './links';
export type { SitemapEntry } from './sitemap';

/** The build's clock: a post dated after it is not yet published. `BUILD_TIME` pins it for tests. */
export function buildTime(): number {
  const pinned = process.env.BUILD_TIME ? Date.parse(process.env.BUILD_TIME) : NaN;
  return Number.isNaN(pinned) ? Date.now() : pinned;
}

interface Derived {
  snapshot: ContentSnapshot;
  news: NewsEntry[];
  tags: TagCount[];
  publications: PublicationEntry[];
  tools: ToolEntry[];
  pages: PageEntry[];
}

let derived: Derived | undefined;

function content(): Derived {
  const snapshot = loadContent();
  if (derived?.snapshot === snapshot) return derived;
  const errors = snapshot.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const now = buildTime();
  const visible = <T extends Entry & { date: { timestamp: number } }>(e: T) =>
    isPreview() || isPublished(e, now);
  const of = <K extends Entry['kind']>(kind: K) =>
    snapshot.entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind);
  const news = sortByDateDesc(of('news').filter(visible));
  derived = {
    snapshot,
    news,
    tags: collectTags(news),
    publications: of('publication').filter(visible),
    tools: of('tool').filter(visible),
    pages: of('page').filter((p) => isPreview() || !p.draft),
  };
  return derived;
}

/** Published news, newest first. */
export function getAllNews(): NewsEntry[] {
  return content().news;
}

export function getNewsBySlug(slug: string): NewsEntry | undefined {
  return content().news.find((entry) => entry.slug === slug);
}

export function getAdjacentNews(slug: string) {
  return adjacent(content().news, slug);
}

export function getNewsPage(page: number) {
  return paginate(content().news, page);
}

export function getNewsPageCount(): number {
  return pageCount(content().news.length);
}

export function getTags(): TagCount[] {
  return content().tags;
}

export function getTag(slug: string): TagCount | undefined {
  return content().tags.find((tag) => tag.slug === slug);
}

export function getNewsByTag(slug: string): NewsEntry[] {
  return filterByTag(content().news, slug);
}

export function getTagPage(slug: string, page: number) {
  return paginate(getNewsByTag(slug), page);
}

/** Every (tag, page) pair that has a page, page 1 included. */
export function getTagPageParams(): { tag: string; page: number }[] {
  return content().tags.flatMap((tag) =>
    Array.from({ length: pageCount(tag.count, NEWS_PER_PAGE) }, (_, i) => ({ tag: tag.slug, page: i + 1 })),
  );
}

export function getPublications(): PublicationEntry[] {
  return content().publications;
}

export function getTools(): ToolEntry[] {
  return content().tools;
}

export function getPages(): PageEntry[] {
  return content().pages;
}

export function getPageBySlug(slug: string): PageEntry | undefined {
  return content().pages.find((page) => page.slug === slug);
}

/** Every published entry, for link resolution, the site map and the sitemap. */
export function getAllEntries(): Entry[] {
  const c = content();
  return [...c.news, ...c.publications, ...c.tools, ...c.pages];
}

/** Problems of the content source, warnings included, without throwing: for `npm run check`. */
export function getContentProblems() {
  return loadContent().problems;
}

export interface NewsListing {
  posts: NewsEntry[];
  page: number;
  totalPages: number;
  /** Path of page 1 of this list. */
  base: string;
  tags: TagCount[];
  total: number;
  tag?: TagCount;
}

/** One page of the news list, all posts or one tag's: the four list routes use this alone. */
export function getNewsListing(page: number, tagSlug?: string): NewsListing | undefined {
  const tag = tagSlug === undefined ? undefined : getTag(tagSlug);
  if (tagSlug !== undefined && !tag) return undefined;
  const list = tag ? getNewsByTag(tag.slug) : getAllNews();
  const slice = paginate(list, page);
  if (!slice) return undefined;
  return {
    posts: slice.items,
    page: slice.page,
    totalPages: slice.totalPages,
    base: tag ? `/actualites/tags/${tag.slug}/` : '/actualites/',
    tags: getTags(),
    total: getAllNews().length,
    tag,
  };
}

/* Publications, the toolbox, the site map. */

export function getPublicationHub(): PublicationHub {
  return publicationHub(content().publications);
}

/** A publication or a sub-page, by slug (`referentiel` or `referentiel/criteres`). */
export function getPublicationBySlug(slug: string): PublicationEntry | undefined {
  return content().publications.find((entry) => entry.slug === slug);
}

export function getSubPages(parent: string): PublicationEntry[] {
  return subPagesOf(content().publications, parent);
}

/** Tools in catalogue order (alphabetical). */
export function getSortedTools(): ToolEntry[] {
  return sortTools(content().tools);
}

export function getToolBySlug(slug: string): ToolEntry | undefined {
  return content().tools.find((tool) => tool.slug === slug);
}

export function getToolFacet(facet: ToolFacet): FacetValue[] {
  return facetValues(content().tools, facet);
}

/** The tools of one facet value (`scope` = `site-web`), or undefined for an unknown value. */
export function getToolsBy(facet: ToolFacet, slug: string) {
  const value = getToolFacet(facet).find((v) => v.slug === slug);
  if (!value) return undefined;
  return { value, tools: filterTools(getSortedTools(), facet, slug) };
}

export function getSiteMap(): SiteMapSection[] {
  return buildSiteMap(content());
}

let pageIndex: { of: Derived; index: Map<string, KnownPage> } | undefined;

/** Every page a link may lead to, by site path: what resource lists and the link check use. */
export function getPageIndex(): ReadonlyMap<string, KnownPage> {
  const c = content();
  if (pageIndex?.of !== c) pageIndex = { of: c, index: buildPageIndex(c) };
  return pageIndex.index;
}

/**
 * The published part of entries read without the cache (`npm run check`), so the check resolves
 * links exactly as the build will.
 */
export function publishedOf(entries: readonly Entry[]): PublishedContent {
  const now = buildTime();
  const visible = (e: Entry) =>
    isPreview() || (e.kind === 'page' ? !e.draft : isPublished(e, now));
  const of = <K extends Entry['kind']>(kind: K) =>
    entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind && visible(e));
  return {
    news: sortByDateDesc(of('news')),
    publications: of('publication'),
    tools: of('tool'),
    pages: of('page'),
  };
}

/**
 * Every published HTML page (news, tags, pages, publications, tools, site map) with the date of
 * its newest content: the sitemap's source, from the same published lists as the pages.
 */
export function getSitemapEntries(): SitemapEntry[] {
  const c = content();
  return sitemapEntries({
    news: c.news,
    tags: c.tags,
    newsByTag: getNewsByTag,
    publications: c.publications,
    tools: c.tools,
    pages: c.pages,
    perPage: NEWS_PER_PAGE,
  });
}
