/**
 * The one place where a page declares that it needs JavaScript.
 *
 * Contract with the lean post-export step (scripts/post-export/lean.mjs):
 * - Every exported page loses the Next runtime: its `<script>` chunks, the inline RSC payload
 *   (`self.__next_f`), the Turbopack bootstrap, script preloads. Nothing is ever hydrated: a page
 *   that needs behaviour ships its own small plain script, not a React client component.
 * - A page listed here keeps, in addition, the `<script src>` elements (and their
 *   `<link rel="preload" as="script">` / `modulepreload`) whose URL is in its list. Inline scripts
 *   are always removed; `<script type="application/ld+json">` (data, not code) always stays.
 * - Keys are site paths of pages, with the trailing slash and without the base path
 *   (`'/recherche/'`). Values are site paths of the scripts, without the base path either
 *   (`'/recherche.js'`, `'/pagefind/pagefind-ui.js'`): the step strips BASE_PATH from the page's
 *   URLs before comparing. A key that is not a page of the export stops the build.
 * - Files outside out/_next/ are never deleted by the step; a chunk under out/_next/ stays only if
 *   a page still references it.
 * - The build tests (tests/build/lean-export.test.ts) assert 0 bytes of JavaScript on every page
 *   not listed here.
 * - Every other page is served with `script-src 'none'`; a page listed here (and its index.html)
 *   gets the policy of the `[pages-with-js]` block of public/_headers, which the build writes out
 *   in out/_headers (scripts/headers.mjs). docs/nginx.conf lists these pages by hand.
 *
 * @type {Record<string, string[]>}
 */
export const PAGES_WITH_JS = {
  // Search: a hand-written module that loads Pagefind (/pagefind/*) itself, on demand.
  '/recherche/': ['/recherche/recherche.js'],
};
