/**
 * Which type each exported page is, for the table of measures (`::mesures`).
 *
 * A page's type is the route that rendered it (`app/actualites/[slug]/page.tsx` -> the route
 * `/actualites/[slug]`), as Next's build records it for every prerendered page: a route added to
 * the site is measured the day it exists, under its own name until it gets a label here. Routes
 * that show one kind of page under two addresses share a label: a list and its later pages
 * (`/actualites` and `/actualites/page/[page]`). Two kinds of pages that share a route are told
 * apart by what the page is: a post that is an event carries schema.org `Event` data; a
 * publication inside another one is a guide chapter.
 *
 * Plain JavaScript: the post-export step (plain Node), the bench and the tests share it.
 */
import { withoutBasePath } from '../config.mjs';

/**
 * Labels of the routes, in the order the table lists them. Routes missing here still get measured,
 * under their route.
 * @type {readonly (readonly [string, string])[]}
 */
export const ROUTE_LABELS = [
  ['/', 'Accueil'],
  ['/actualites', 'Liste des actualités'],
  ['/actualites/page/[page]', 'Liste des actualités'],
  ['/actualites/[slug]', 'Actualité'],
  ['/actualites/tags', 'Liste des étiquettes'],
  ['/actualites/tags/[tag]', 'Actualités d’une étiquette'],
  ['/actualites/tags/[tag]/page/[page]', 'Actualités d’une étiquette'],
  ['/actualites/series', 'Liste des séries'],
  ['/actualites/series/[series]', 'Série'],
  ['/agenda', 'Agenda'],
  ['/publications', 'Accueil des publications'],
  ['/publications/[...path]', 'Publication'],
  ['/publications/boite-outils', 'Boîte à outils'],
  ['/publications/boite-outils/categorie/[category]', 'Boîte à outils, par catégorie ou périmètre'],
  ['/publications/boite-outils/perimetre/[scope]', 'Boîte à outils, par catégorie ou périmètre'],
  ['/publications/boite-outils/[tool]', 'Fiche outil'],
  ['/recherche', 'Recherche'],
  ['/plan-du-site', 'Plan du site'],
  ['/[page]', 'Page du site'],
  ['/[page]/[...path]', 'Page d’une rubrique'],
  ['/thematiques', 'Liste des thématiques'],
  ['/thematiques/[theme]', 'Thématique'],
  ['/_not-found', 'Page introuvable (404)'],
];

/** Labels of the kinds told apart inside a route, placed right after their route's label. */
export const EVENT_LABEL = 'Événement';
export const CHAPTER_LABEL = 'Chapitre de guide';

/** Next's own pages that are not pages of the site. */
const NOT_PAGES = new Set(['/_global-error']);

/**
 * @typedef {{ sitePath: string, route: string }} RoutedPage
 *   sitePath: `/actualites/x/` (without base path), or `/404.html` for the not-found page.
 */

/**
 * The site's pages and their routes, from Next's prerender manifest (`.next/prerender-manifest.json`):
 * its `routes` map each prerendered address to the route (`srcRoute`) that rendered it; feeds,
 * calendars and other files made by route handlers are not pages (`routeType` other than `page`).
 * Pure: the caller reads the file.
 * @param {{ routes?: Record<string, { srcRoute?: string | null, routeType?: string }> }} manifest
 * @param {string} [basePath]
 * @returns {RoutedPage[]}
 */
export function pagesOfManifest(manifest, basePath = '') {
  /** @type {RoutedPage[]} */
  const pages = [];
  for (const [address, route] of Object.entries(manifest.routes ?? {})) {
    if (route.routeType !== undefined && route.routeType !== 'page') continue;
    const unprefixed = withoutBasePath(address, basePath) ?? address;
    const srcRoute = route.srcRoute ?? unprefixed;
    if (NOT_PAGES.has(srcRoute)) continue;
    const sitePath =
      srcRoute === '/_not-found'
        ? '/404.html'
        : unprefixed === '/'
          ? '/'
          : `${unprefixed.replace(/\/+$/, '')}/`;
    pages.push({ sitePath, route: srcRoute });
  }
  return pages.sort((a, b) => (a.sitePath < b.sitePath ? -1 : a.sitePath > b.sitePath ? 1 : 0));
}

/** A post's page that describes an event (components/news: schema.org `Event` JSON-LD). */
const EVENT_DATA = /<script type="application\/ld\+json">[^<]*"@type":"Event"/;

/**
 * The label of a page's type.
 * @param {RoutedPage} page
 * @param {() => string} html the page's HTML, read only when the route needs it
 * @returns {string}
 */
export function pageTypeLabel(page, html) {
  const known = ROUTE_LABELS.find(([route]) => route === page.route)?.[1];
  if (page.route === '/actualites/[slug]' && EVENT_DATA.test(html())) return EVENT_LABEL;
  if (page.route === '/publications/[...path]' && page.sitePath.split('/').length > 4)
    return CHAPTER_LABEL;
  return known ?? page.route;
}

/**
 * Where a label goes in the table: the order of ROUTE_LABELS, the kinds told apart inside a route
 * right after it, routes without a label last, by name.
 * @param {string} label
 */
export function labelRank(label) {
  const labels = [...new Set(ROUTE_LABELS.map(([, l]) => l))];
  const at = (/** @type {string} */ l) => labels.indexOf(l);
  if (label === EVENT_LABEL) return at('Actualité') + 0.5;
  if (label === CHAPTER_LABEL) return at('Publication') + 0.5;
  const rank = at(label);
  return rank === -1 ? labels.length : rank;
}

/** @param {string[]} labels */
export function sortLabels(labels) {
  return labels.toSorted((a, b) => labelRank(a) - labelRank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
