/**
 * Every page type the browser tests visit, in one place. Add a line here when a new kind of page
 * appears: every browser test (axe, phones, screenshots, console) then covers it.
 */
export interface PageType {
  /** Short name, used in test names and screenshot files. */
  name: string;
  /** Site path (without base path). */
  path: string;
  /** HTTP status the static server answers with. */
  status: 200 | 404;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'news-index', path: '/actualites/', status: 200 },
  { name: 'news-index-page-2', path: '/actualites/page/2/', status: 200 },
  { name: 'tags-index', path: '/actualites/tags/', status: 200 },
  { name: 'tag-page', path: '/actualites/tags/document-de-reference/', status: 200 },
  { name: 'seed-post', path: '/actualites/hop-mois-numerique-durable/', status: 200 },
  {
    name: 'post-with-link-card',
    path: '/actualites/referentiel-ecoconception-2024-mode-emploi/',
    status: 200,
  },
  { name: 'publications-hub', path: '/publications/', status: 200 },
  { name: 'publication', path: '/publications/referentiel-general-ecoconception/', status: 200 },
  { name: 'toolbox', path: '/publications/boite-outils/', status: 200 },
  { name: 'tool-sheet', path: '/publications/boite-outils/scaphandre/', status: 200 },
  { name: 'accessibility-statement', path: '/accessibilite/', status: 200 },
  { name: 'site-map', path: '/plan-du-site/', status: 200 },
  { name: 'not-found', path: '/une-page-qui-nexiste-pas/', status: 404 },
];

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** The two screens the page-by-page browser tests run on. */
export const VIEWPORTS = [
  { label: 'desktop', viewport: DESKTOP },
  { label: 'phone', viewport: PHONE },
] as const;
