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
  { name: 'criteria-index', path: '/publications/grille-sobriete-exemple/', status: 200 },
  { name: 'criterion', path: '/publications/grille-sobriete-exemple/critere/2.1/', status: 200 },
  {
    name: 'criteria-by-priority',
    path: '/publications/grille-sobriete-exemple/priorite/prioritaire/',
    status: 200,
  },
  { name: 'tool-sheet', path: '/publications/boite-outils/scaphandre/', status: 200 },
  { name: 'accessibility-statement', path: '/accessibilite/', status: 200 },
  { name: 'agenda', path: '/agenda/', status: 200 },
  { name: 'event', path: '/actualites/webinaire-rgesn-2027/', status: 200 },
  { name: 'guide', path: '/publications/guide-duree-de-vie-equipements/', status: 200 },
  {
    name: 'guide-chapter',
    path: '/publications/guide-duree-de-vie-equipements/enjeux/',
    status: 200,
  },
  { name: 'themes-index', path: '/thematiques/', status: 200 },
  { name: 'theme', path: '/thematiques/concevoir-des-services-sobres/', status: 200 },
  { name: 'section-page', path: '/formations/', status: 200 },
  { name: 'page-in-a-section', path: '/formations/prochaines-sessions/', status: 200 },
  { name: 'ecodesign-statement', path: '/declaration-ecoconception/', status: 200 },
  { name: 'site-map', path: '/plan-du-site/', status: 200 },
  { name: 'archive-by-year', path: '/documents-de-reference/', status: 200 },
  { name: 'not-found', path: '/une-page-qui-nexiste-pas/', status: 404 },
];

/**
 * Page types only the mission's current site has, imported by `npm run import` from
 * ../shared/corpus/minumeco-2026 (tests/helpers/builds.ts): tests/e2e/imported-site.test.ts
 * runs the same checks on them (axe, no horizontal scrolling, screenshots, images on a phone).
 */
export const IMPORTED_PAGE_TYPES: PageType[] = [
  {
    name: 'video-episode-with-transcript',
    path: '/actualites/icr-2-virginieroziere/',
    status: 200,
  },
  { name: 'podcast-episode', path: '/actualites/s2e1-fabienne-tatot/', status: 200 },
  { name: 'series', path: '/actualites/series/paroles-d-experts-saison-1/', status: 200 },
  { name: 'series-index', path: '/actualites/series/', status: 200 },
  { name: 'newsletter', path: '/actualites/lettre-1/', status: 200 },
  { name: 'newsletters', path: '/actualites/tags/lettre-d-information/', status: 200 },
  { name: 'post-list-in-a-page', path: '/actualites/semainenumeco2025/', status: 200 },
  { name: 'old-dialect-post', path: '/actualites/ancien-dialecte/', status: 200 },
  { name: 'former-address', path: '/actualites/S2E2/', status: 200 },
  { name: 'newsletter-archive', path: '/ressources/lettres-information/', status: 200 },
  {
    name: 'publication-podcast-episode',
    path: '/publications/podcast-minumechos/episode-1-faq/',
    status: 200,
  },
  {
    name: 'guide-catalogue-sheet',
    path: '/publications/strategie-numerique-responsable-des-collectivites/outils/ecoclic/',
    status: 200,
  },
  { name: 'imported-agenda', path: '/agenda/', status: 200 },
  { name: 'imported-event', path: '/actualites/webinaire5decembre-achatsia/', status: 200 },
  { name: 'guide-chapter-with-menu', path: '/publications/fin-usage/don/', status: 200 },
  { name: 'guide-quiz', path: '/publications/fin-usage/quiz-fin-usage-deee/', status: 200 },
  { name: 'rgesn-index', path: '/publications/referentiel-general-ecoconception/', status: 200 },
  {
    name: 'rgesn-criterion',
    path: '/publications/referentiel-general-ecoconception/critere/4.1/',
    status: 200,
  },
  {
    name: 'rgesn-by-theme',
    path: '/publications/referentiel-general-ecoconception/theme/ux-ui/',
    status: 200,
  },
  { name: 'imported-themes-index', path: '/thematiques/', status: 200 },
  { name: 'imported-theme', path: '/thematiques/achats/', status: 200 },
  { name: 'training-page', path: '/formations/parcours-mooc/', status: 200 },
  { name: 'site-page', path: '/reglementation/', status: 200 },
  { name: 'imported-tool-sheet', path: '/publications/boite-outils/numecoeval/', status: 200 },
  { name: 'imported-ecodesign-statement', path: '/declaration-ecoconception/', status: 200 },
];

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** The two screens the page-by-page browser tests run on. */
export const VIEWPORTS = [
  { label: 'desktop', viewport: DESKTOP },
  { label: 'phone', viewport: PHONE },
] as const;
