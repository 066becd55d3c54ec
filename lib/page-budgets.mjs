/**
 * What one page of the site may cost a visitor, as computed from the export by
 * scripts/measure/page-weight.mjs: the budget build tests assert it, the bench and the table of the
 * eco-design statement (`::mesures`) show each page type next to it.
 *
 * Plain JavaScript so that the tests, `npm run bench` and the post-export step share one copy.
 */
export const PAGE_BUDGET = Object.freeze({
  /** JavaScript on a page that does not declare any in lib/pages-with-js.mjs. */
  jsBytes: 0,
  /** Requests of a first visit before content images: HTML, stylesheet, icon (and a spare). */
  requests: 4,
  /** First visit before content images, gzip bytes (1 KB = 1,000 bytes). */
  firstVisitGzip: 30_000,
  /** Repeat visit (stylesheet and icon cached): the HTML alone, gzip bytes. */
  repeatVisitGzip: 12_000,
  /** Elements of the page, as EcoIndex counts them. */
  dom: 400,
  /** EcoIndex score, at least (85 is in grade A). */
  ecoIndex: 85,
});
