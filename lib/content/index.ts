/**
 * The one way into the content: routes, feeds, the sitemap and search call these functions and
 * never read files themselves. Everything derived (published lists, tags, counts) is computed once
 * per process from one snapshot.
 */
import { config } from '../config.mjs';
import { isPreview } from './config';
import {
  adjacent,
  collectSeries,
  collectTags,
  episodePlace,
  filterByTag,
  isPublished,
  NEWS_PER_PAGE,
  pageCount,
  paginate,
  sortByDateDesc,
  type EpisodePlace,
  type Series,
  type TagCount,
} from './collections';
import {
  collectionPages,
  findCollectionPage,
  type CollectionPage,
  type CriteriaCollection,
} from './criteria';
import { dataDownloads, type DataDownload } from './criteria-export';
import { eventEndsAt, sortEvents, splitEvents, type Dated } from './events';
import { loadContent, type ContentSnapshot } from './load';
import { guideOf, reachablePublications, type Guide } from './guides';
import { publicationHub, sortPublications, type PublicationHub } from './publications';
import {
  buildPageIndex,
  buildSiteMap,
  type KnownPage,
  type PublishedContent,
  type SiteMapSection,
} from './site-pages';
import { facetValues, filterTools, sortTools, TOOLBOX_URL, type FacetValue, type ToolFacet } from './tools';
import { ContentError } from './problems';
import { sitemapEntries, type SitemapEntry } from './sitemap';
import { DEFAULT_NAVIGATION, resolveNavigation, type Navigation } from './navigation';
import { isThemeIndex, resolveTheme, sortThemes, THEMES_INDEX, type ResolvedSection } from './themes';
import type { Entry, NewsEntry, PageEntry, PublicationEntry, ThemeEntry, ToolEntry } from './types';

export * from './types';
export { ContentError, formatProblem, formatProblemWithSeverity, sortProblems, type Problem } from './problems';
export { NEWS_PER_PAGE, postsByYear, seriesTitle, type EpisodePlace, type Series, type TagCount, type YearGroup } from './collections';
export { slugify } from './slug';
export { eventEndsAt, isAllDay, type EventInfo, type EventTime } from './events';
export { isUpcoming, upcomingFirst } from './upcoming';
export { assetNotFound, IMAGE_RULES, lookupAsset, lookupImage, resolveAsset, type AssetLookup } from './load';
export { sortPublications, publicationHub, subPagesOf, type PublicationHub } from './publications';
export type { Guide, GuideNode, TreeEntry } from './guides';
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
export {
  adjacentCriteria,
  DIFFICULTIES,
  downloadUrl,
  facetTitle,
  facetUrl as criteriaFacetUrl,
  PRIORITIES,
  type CollectionPage,
  type CriteriaCollection,
  type Criterion,
  type DataText,
  type Facet,
  type FacetKind,
} from './criteria';
export { criterionTexts, textEntry } from './data-collections';
export type { DataDownload } from './criteria-export';
export { THEMES_URL, type ResolvedSection, type ThemeCard } from './themes';
export type { MenuSection, Navigation, NavLink } from './navigation';
export type { SitemapEntry } from './sitemap';

/** The build's clock: a post dated after it is not yet published. `BUILD_TIME` pins it for tests. */
export function buildTime(): number {
  return config.buildTime ?? Date.now();
}

interface Derived {
  snapshot: ContentSnapshot;
  /** Listed news: what lists, tag pages, feeds and the sitemap show. */
  news: NewsEntry[];
  /** Every published post, unlisted ones included: each has its page. */
  newsPages: NewsEntry[];
  series: Series[];
  tags: TagCount[];
  publications: PublicationEntry[];
  tools: ToolEntry[];
  pages: PageEntry[];
  /** Collections of published publications (pages from data). */
  collections: CriteriaCollection[];
  /** Published themes, the index page's own text (`thematiques/index.md`) included. */
  themes: ThemeEntry[];
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
  const newsPages = sortByDateDesc(of('news').filter(visible));
  const news = newsPages.filter((e) => !e.unlisted);
  // A chapter whose guide is a draft has no page either.
  const publications = reachablePublications(of('publication').filter(visible));
  derived = {
    snapshot,
    news,
    newsPages,
    series: collectSeries(news),
    tags: collectTags(news),
    publications,
    tools: of('tool').filter(visible),
    // A page whose section page is a draft has no page either.
    pages: reachablePublications(of('page').filter((p) => isPreview() || !p.draft)),
    collections: publishedCollections(snapshot.collections, publications),
    themes: of('theme').filter((t) => isPreview() || !t.draft),
  };
  return derived;
}

/** The collections whose publication is published: the others have no page. */
export function publishedCollections(
  collections: readonly CriteriaCollection[],
  publications: readonly PublicationEntry[],
): CriteriaCollection[] {
  const urls = new Set(publications.map((p) => p.url));
  return collections.filter((c) => urls.has(c.host.url));
}

/** Published news that lists show, newest first (not the unlisted ones). */
export function getAllNews(): NewsEntry[] {
  return content().news;
}

/** Every published post, unlisted ones included: the posts that have a page. */
export function getNewsPages(): NewsEntry[] {
  return content().newsPages;
}

export function getNewsBySlug(slug: string): NewsEntry | undefined {
  return content().newsPages.find((entry) => entry.slug === slug);
}

export function getAdjacentNews(slug: string) {
  return adjacent(content().news, slug);
}

/** A published, listed post that announces an event. */
export type EventPost = Dated<NewsEntry>;

/** Published, listed posts with an event, soonest start first. */
export function getEvents(): EventPost[] {
  return sortEvents(content().news);
}

/** Events not over at `now` (the build's clock by default), soonest first. */
export function getUpcomingEvents(now = buildTime()): EventPost[] {
  return splitEvents(content().news, now).upcoming;
}

/** Events over at `now`, most recent first. */
export function getPastEvents(now = buildTime()): EventPost[] {
  return splitEvents(content().news, now).past;
}

/** Whether a post's event is over at `now` (the build's clock by default). */
export function isEventOver(post: NewsEntry, now = buildTime()): boolean {
  return post.event !== undefined && eventEndsAt(post.event) <= now;
}

/** Every series of listed posts (podcast seasons, video series), by name. */
export function getAllSeries(): Series[] {
  return content().series;
}

export function getSeries(slug: string): Series | undefined {
  return content().series.find((s) => s.slug === slug);
}

/** « Épisode n sur N » and the episodes around a post, when it belongs to a series. */
export function getEpisodePlace(post: NewsEntry): EpisodePlace | undefined {
  return episodePlace(content().series, post);
}

/** A former address and the page it now leads to. */
export interface Redirect {
  from: string;
  to: string;
  title: string;
}

/** Every former address (`aliases:`) of a published page, in a stable order. */
export function getRedirects(): Redirect[] {
  const pages = getPageIndex();
  const fromFile = content().snapshot.redirects.flatMap(({ from, to }) => {
    const target = pages.get(to);
    return target ? [{ from, to, title: target.title }] : [];
  });
  return getAllEntries()
    .flatMap((entry) => entry.aliases.map((from) => ({ from, to: entry.url, title: entry.title })))
    .concat(fromFile)
    .sort((a, b) => a.from.localeCompare(b.from));
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

/** A page by slug: `a-propos`, or a section's page `formations/parcours-mooc`. */
export function getPageBySlug(slug: string): PageEntry | undefined {
  return content().pages.find((page) => page.slug === slug);
}

/** The section a page belongs to (menu, previous and next pages), if it has sub-pages or is one. */
export function getSection(page: PageEntry): Guide<PageEntry> | undefined {
  return guideOf(content().pages, page);
}

/** The pages directly under a section page, in the editors' order. */
export function getSubPages(page: PageEntry): PageEntry[] {
  return sortPublications(content().pages.filter((p) => p.parent === page.slug));
}

/** Every published entry (unlisted ones included), for link resolution and redirects. */
export function getAllEntries(): Entry[] {
  const c = content();
  return [...c.newsPages, ...c.publications, ...c.tools, ...c.pages, ...c.themes];
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

/** The guide a publication belongs to (menu, previous and next pages), if it is part of one. */
export function getGuide(publication: PublicationEntry): Guide | undefined {
  return guideOf(content().publications, publication);
}

/**
 * Every publication with a page of the catch-all route, by path segments. The toolbox has routes
 * of its own (app/publications/boite-outils/).
 */
export function getPublicationPaths(): string[][] {
  const c = content();
  return [
    ...c.publications.filter((p) => !p.url.startsWith(TOOLBOX_URL)).map((p) => p.url),
    ...c.collections.flatMap((col) => collectionPages(col).map((page) => page.url)),
  ].map((url) => url.split('/').filter(Boolean).slice(1));
}

/* Pages from data (lib/content/data-collections.ts). */

/** The collection a publication presents on its page, if it declares one. */
export function getCollectionOf(publication: PublicationEntry): CriteriaCollection | undefined {
  return content().collections.find((c) => c.host.url === publication.url);
}

/** A criterion's page or a filtered index, by its path under `/publications/`. */
export function getCollectionPage(slug: string): CollectionPage | undefined {
  return findCollectionPage(content().collections, `/publications/${slug}/`);
}

/** The downloads of one collection (CSV and JSON). */
export function getDownloadsOf(collection: CriteriaCollection): DataDownload[] {
  return dataDownloads(collection, getPublicationBySlug(collection.host.slug));
}

/** The downloads of every collection (CSV and JSON), for the step that writes them. */
export function getDataDownloads(): DataDownload[] {
  return content().collections.flatMap(getDownloadsOf);
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

const listed = <T extends Entry>(entries: readonly T[]) => entries.filter((e) => !e.unlisted);

export function getSiteMap(): SiteMapSection[] {
  const c = content();
  return buildSiteMap({
    ...c,
    publications: listed(c.publications),
    pages: listed(c.pages),
    tools: listed(c.tools),
    collections: c.collections,
    themes: listed(c.themes),
  });
}

let pageIndex: { of: Derived; index: Map<string, KnownPage> } | undefined;

/** Every page a link may lead to, by site path: what resource lists and the link check use. */
export function getPageIndex(): ReadonlyMap<string, KnownPage> {
  const c = content();
  if (pageIndex?.of !== c)
    pageIndex = {
      of: c,
      index: buildPageIndex({
        ...c,
        unlistedNews: c.newsPages.filter((e) => e.unlisted),
        redirects: c.snapshot.redirects,
      }),
    };
  return pageIndex.index;
}

/**
 * The published part of entries read without the cache (`npm run check`), so the check resolves
 * links exactly as the build will.
 */
export function publishedOf(entries: readonly Entry[]): PublishedContent {
  const now = buildTime();
  const visible = (e: Entry) =>
    isPreview() || (e.kind === 'page' || e.kind === 'theme' ? !e.draft : isPublished(e, now));
  const of = <K extends Entry['kind']>(kind: K) =>
    entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind && visible(e));
  const news = sortByDateDesc(of('news'));
  return {
    news: news.filter((e) => !e.unlisted),
    unlistedNews: news.filter((e) => e.unlisted),
    publications: of('publication'),
    tools: of('tool'),
    pages: of('page'),
    themes: of('theme'),
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
    publications: listed(c.publications),
    tools: listed(c.tools),
    pages: listed(c.pages),
    themes: listed(c.themes),
    series: c.series,
    collections: c.collections,
    perPage: NEWS_PER_PAGE,
  });
}

/* Themes. */

/** The themes' index page: its text from `thematiques/index.md` if the source has one. */
export function getThemeIndex(): { title: string; description?: string; entry?: ThemeEntry } {
  const entry = content().themes.find(isThemeIndex);
  return entry ? { title: entry.title, description: entry.description, entry } : THEMES_INDEX;
}

/** Listed themes, in the editors' order (`order:`, then title). */
export function getThemes(): ThemeEntry[] {
  return sortThemes(listed(content().themes.filter((t) => !isThemeIndex(t))));
}

/** Every theme with a page, unlisted ones included. */
export function getThemePages(): ThemeEntry[] {
  return content().themes.filter((t) => !isThemeIndex(t));
}

export function getThemeBySlug(slug: string): ThemeEntry | undefined {
  return getThemePages().find((t) => t.slug === slug);
}

/** A theme's sections as cards: each item's title and description, from the page it leads to. */
export function getThemeSections(theme: ThemeEntry): ResolvedSection[] {
  return resolveTheme(theme, getPageIndex());
}

export { THEMES_INDEX };

/**
 * The header menu and the footer: the content source's navigation.yaml, else the site's default,
 * with only links to pages the site has.
 */
export function getNavigation(): Navigation {
  return resolveNavigation(content().snapshot.navigation ?? DEFAULT_NAVIGATION, getPageIndex());
}
