import { collectSeries, collectTags, NEWS_PER_PAGE, pageCount, seriesTitle } from './collections';
import { collectionPages, type CriteriaCollection } from './criteria';
import { reachablePublications } from './guides';
import { publicationHub, sortPublications } from './publications';
import { facetUrl, facetValues, sortTools, TOOL_FACETS, TOOLBOX_URL, type ToolFacet } from './tools';
import { isThemeIndex, sortThemes, THEMES_INDEX, THEMES_URL } from './themes';
import type { NewsEntry, PageEntry, PublicationEntry, ThemeEntry, ToolEntry } from './types';

/** What a link to a page of the site can show about it. */
export interface KnownPage {
  title: string;
  description?: string;
  /** The page's own address, when this one is a former address that redirects to it. */
  url?: string;
}

/** A line of the site map; `children` are indented under it (a publication's sub-pages). */
export interface SiteMapItem {
  url: string;
  title: string;
  children?: SiteMapItem[];
}

export interface SiteMapSection {
  title: string;
  items: SiteMapItem[];
}

export interface PublishedContent {
  /** Listed news. */
  news: readonly NewsEntry[];
  /** Published but unlisted news: they have a page, and appear in no list. */
  unlistedNews?: readonly NewsEntry[];
  /** Former addresses without a page of their own (redirects.yaml): links to them are links. */
  redirects?: readonly { from: string; to: string }[];
  publications: readonly PublicationEntry[];
  tools: readonly ToolEntry[];
  pages: readonly PageEntry[];
  /** Pages from data: each criterion and filtered index has a page. */
  collections?: readonly CriteriaCollection[];
  /** Themes, and the index page's own text (`thematiques/index.md`) if the source has one. */
  themes?: readonly ThemeEntry[];
}

/** Titles of the pages that exist whatever the content: routes of the site itself. */
export const FIXED_PAGES: Record<string, KnownPage> = {
  '/': {
    title: 'Accueil',
    description: 'La mission interministérielle Numérique écoresponsable, ses actualités et ses publications.',
  },
  '/actualites/': { title: 'Actualités', description: 'Toutes les actualités de la mission, des plus récentes aux plus anciennes.' },
  '/actualites/tags/': { title: 'Thèmes des actualités', description: 'Les actualités classées par thème.' },
  '/agenda/': {
    title: 'Agenda',
    description: 'Les événements de la mission : webinaires, ateliers et rencontres à venir, et ceux passés.',
  },
  '/publications/': {
    title: 'Publications',
    description: 'Guides, référentiels, outils et vidéos publiés par la mission pour réduire l’empreinte environnementale du numérique.',
  },
  [TOOLBOX_URL]: {
    title: 'La boîte à outils',
    description: 'Des logiciels libres pour mesurer et réduire les impacts environnementaux du numérique.',
  },
  [THEMES_URL]: THEMES_INDEX,
  '/plan-du-site/': { title: 'Plan du site', description: 'Toutes les pages du site, par rubrique.' },
  '/actualites/series/': {
    title: 'Séries',
    description: 'Les podcasts et séries de vidéos de la mission, épisode par épisode.',
  },
  '/recherche/': {
    title: 'Rechercher',
    description: 'Rechercher dans les actualités, les publications et la boîte à outils du site.',
  },
};

const item = (url: string, title: string, children?: SiteMapItem[]): SiteMapItem =>
  children && children.length > 0 ? { url, title, children } : { url, title };

/**
 * The HTML site map: the site's architecture, grouped by section. Each news post and each
 * criterion of a collection is reached from its list (the news, a tag, a series; the criteria's
 * index), not listed here: a site map of every post grows with the news, and the imported site's
 * (94 posts, 78 criteria) was over the pages' DOM and EcoIndex budgets; likewise a guide's chapters
 * are reached from the guide's menu. List pages beyond the first
 * (`/page/2/`) and the toolbox's filtered views are left out: they show nothing that the pages
 * listed here do not already link to.
 */
export function buildSiteMap(content: PublishedContent): SiteMapSection[] {
  const fixed = (url: string) => FIXED_PAGES[url]?.title ?? url;
  const tags = collectTags(content.news);
  const { focus, others } = publicationHub([...content.publications]);
  const tools = sortTools(content.tools).map((t) => item(t.url, t.title));
  // A guide, not its chapters: its own menu lists them on each of its pages (the imported site's
  // 163 chapters made the map 475 elements long, over the DOM and EcoIndex budgets).
  const publications = [...focus, ...others].map((p) =>
    item(p.url, p.title, p.url === TOOLBOX_URL ? tools : []),
  );
  if (!publications.some((p) => p.url === TOOLBOX_URL)) {
    publications.push(item(TOOLBOX_URL, fixed(TOOLBOX_URL), tools));
  }
  const sectionPages = (slug: string): SiteMapItem[] =>
    sortPublications(content.pages.filter((p) => p.parent === slug)).map((p) =>
      item(p.url, p.title, sectionPages(p.slug)),
    );
  return [
    {
      title: 'Le site',
      items: [
        item('/', fixed('/')),
        // A section's pages indented under it, in the editors' order.
        ...content.pages
          .filter((p) => !p.parent)
          .toSorted((a, b) => a.title.localeCompare(b.title, 'fr'))
          .map((p) => item(p.url, p.title, sectionPages(p.slug))),
        item('/plan-du-site/', fixed('/plan-du-site/')),
        item('/recherche/', fixed('/recherche/')),
      ],
    },
    {
      title: 'Actualités',
      items: [
        item('/actualites/', 'Toutes les actualités'),
        item('/agenda/', fixed('/agenda/')),
        item(
          '/actualites/tags/',
          fixed('/actualites/tags/'),
          tags.map((t) => item(`/actualites/tags/${t.slug}/`, t.label)),
        ),
        item(
          '/actualites/series/',
          fixed('/actualites/series/'),
          collectSeries(content.news).map((s) => item(`/actualites/series/${s.slug}/`, s.label)),
        ),
      ],
    },
    {
      title: 'Publications',
      items: [item('/publications/', 'Toutes les publications'), ...publications],
    },
    ...themesSection(content.themes ?? []),
  ];
}

/** The themes' part of the site map, when the source has themes. */
function themesSection(entries: readonly ThemeEntry[]): SiteMapSection[] {
  const index = entries.find(isThemeIndex);
  const themes = sortThemes(entries.filter((e) => !isThemeIndex(e)));
  if (themes.length === 0) return [];
  const title = index?.title ?? THEMES_INDEX.title;
  return [
    {
      title,
      items: [item(THEMES_URL, title), ...themes.map((t) => item(t.url, t.title))],
    },
  ];
}

/**
 * Every page a link may lead to, by site path (`/publications/x/`): the published entries, the
 * site's own routes, tag pages, list pages and the toolbox's filtered views. Resource lists take
 * titles and descriptions from it; links not in it are broken.
 */
export function buildPageIndex(
  content: PublishedContent,
  { formerAddresses = true } = {},
): Map<string, KnownPage> {
  const index = new Map<string, KnownPage>(Object.entries(FIXED_PAGES));
  const add = (url: string, page: KnownPage) => index.set(url, page);
  // A chapter whose guide is not published has no page either.
  const publications = reachablePublications(content.publications);
  const entries = [
    ...content.news,
    ...(content.unlistedNews ?? []),
    ...publications,
    ...content.tools,
    ...reachablePublications(content.pages),
    ...(content.themes ?? []),
  ];
  for (const entry of entries) {
    add(entry.url, { title: entry.title, description: entry.description });
  }
  for (const series of collectSeries(content.news)) {
    add(`/actualites/series/${series.slug}/`, { title: seriesTitle(series.label) });
  }
  for (let page = 2; page <= pageCount(content.news.length, NEWS_PER_PAGE); page++) {
    add(`/actualites/page/${page}/`, { title: `Actualités, page ${page}` });
  }
  for (const tag of collectTags(content.news)) {
    const base = `/actualites/tags/${tag.slug}/`;
    add(base, { title: `Actualités : ${tag.label}` });
    for (let page = 2; page <= pageCount(tag.count, NEWS_PER_PAGE); page++) {
      add(`${base}page/${page}/`, { title: `Actualités : ${tag.label}, page ${page}` });
    }
  }
  for (const facet of Object.keys(TOOL_FACETS) as ToolFacet[]) {
    for (const value of facetValues(content.tools, facet)) {
      add(facetUrl(facet, value.slug), {
        title: `La boîte à outils, ${TOOL_FACETS[facet].label.toLowerCase()} : ${value.label}`,
      });
    }
  }
  for (const collection of content.collections ?? []) {
    for (const page of collectionPages(collection)) add(page.url, { title: page.title });
  }
  if (!formerAddresses) return index;
  // A former address is a link like any other: it redirects to its page. Added last, so that it
  // never hides a page (the check reports one that would: formerAddressConflicts).
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      if (!index.has(alias)) add(alias, { title: entry.title, description: entry.description, url: entry.url });
    }
  }
  for (const { from, to } of content.redirects ?? []) {
    const target = index.get(to);
    if (target && !index.has(from)) add(from, { ...target, url: target.url ?? to });
  }
  return index;
}
