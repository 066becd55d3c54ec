/**
 * The one place where a page declares that it needs JavaScript. Every other page is exported as
 * pure HTML + CSS: the lean post-export step removes the Next runtime from it.
 *
 * Keys are site paths (no base path); values are the scripts (site paths) that page keeps.
 * @type {Record<string, string[]>}
 */
export const PAGES_WITH_JS = {
  // Search: a hand-written module that loads Pagefind (/pagefind/*) itself, on demand.
  '/recherche/': ['/recherche/recherche.js'],
};
