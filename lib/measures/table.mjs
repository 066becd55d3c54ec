/**
 * The table of measures of the eco-design statement (`::mesures`): the figures of each measured
 * page (from scripts/measure/page-weight.mjs) summed up by page type, and the HTML table that shows them
 * next to the project's budgets (lib/page-budgets.mjs). Pure: strings and arrays in, strings out.
 *
 * For each type, every column shows the least good value among its pages (the heaviest, the most
 * requests, the most elements, the lowest EcoIndex): what the table says holds for every page of
 * the type, not for an average one.
 */
import { PAGE_BUDGET } from '../page-budgets.mjs';
import { sortLabels } from './page-types.mjs';

/**
 * @typedef {object} PageFigures
 * @property {string} sitePath
 * @property {string} type label of the page's type (lib/measures/page-types.mjs)
 * @property {number} firstVisitGzip first visit before content images, gzip bytes
 * @property {number} repeatVisitGzip the HTML alone, gzip bytes
 * @property {number} totalGzip first visit with the content images
 * @property {number} requests before content images
 * @property {number} totalRequests with the content images
 * @property {number} dom elements, as EcoIndex counts them
 * @property {number} jsBytes JavaScript the page loads or holds
 * @property {boolean} jsAllowed the page declares scripts (lib/pages-with-js.mjs)
 * @property {number} ecoIndex
 * @property {string} grade
 *
 * @typedef {object} TypeSummary
 * @property {string} label
 * @property {number} pages pages of the type in the export
 * @property {number} measured pages measured (all of them, or the heaviest when there are many)
 * @property {boolean} jsAllowed some page of the type declares scripts
 * @property {Omit<PageFigures, 'sitePath' | 'type' | 'jsAllowed'>} worst
 * @property {string[]} over budgets the type exceeds (keys of PAGE_BUDGET)
 *
 * @typedef {object} BuildInfo
 * @property {string} builtAt ISO date of the build
 * @property {string} [commit] the site's code version (short commit), when known
 * @property {boolean} [modified] the code had changes not committed
 * @property {string} [detailsHref] address of the figures of every measured page
 */

/** The figures the table uses, from one result of measurePage (scripts/measure/page-weight.mjs). */
/**
 * @param {ReturnType<typeof import('../../scripts/measure/page-weight.mjs').measurePage>} m
 * @param {string} type
 * @param {boolean} jsAllowed
 * @returns {PageFigures}
 */
export function pageFigures(m, type, jsAllowed) {
  return {
    sitePath: m.sitePath,
    type,
    firstVisitGzip: m.firstVisitGzip,
    repeatVisitGzip: m.repeatVisitGzip,
    totalGzip: m.firstVisitGzip + m.imageBytes,
    requests: m.requests,
    totalRequests: m.ecoIndex.requests,
    dom: m.dom,
    jsBytes: m.jsBytes,
    jsAllowed,
    ecoIndex: m.ecoIndex.score,
    grade: m.ecoIndex.grade,
  };
}

/**
 * The budgets a page's figures exceed.
 * @param {Omit<PageFigures, 'sitePath' | 'type'>} f
 * @returns {string[]}
 */
export function overBudget(f) {
  /** @type {string[]} */
  const over = [];
  if (f.firstVisitGzip > PAGE_BUDGET.firstVisitGzip) over.push('firstVisitGzip');
  if (f.repeatVisitGzip > PAGE_BUDGET.repeatVisitGzip) over.push('repeatVisitGzip');
  if (f.requests > PAGE_BUDGET.requests) over.push('requests');
  if (f.dom > PAGE_BUDGET.dom) over.push('dom');
  if (!f.jsAllowed && f.jsBytes > PAGE_BUDGET.jsBytes) over.push('jsBytes');
  if (f.ecoIndex < PAGE_BUDGET.ecoIndex) over.push('ecoIndex');
  return over;
}

const MAX_KEYS = /** @type {const} */ ([
  'firstVisitGzip',
  'repeatVisitGzip',
  'totalGzip',
  'requests',
  'totalRequests',
  'dom',
  'jsBytes',
]);

/**
 * Sums the measured pages up by type: for each figure, the least good value of the type's pages.
 * @param {PageFigures[]} measured
 * @param {Record<string, number>} pagesByType how many pages of each type the export has
 * @returns {TypeSummary[]} in the table's order
 */
export function summarize(measured, pagesByType) {
  /** @type {Map<string, PageFigures[]>} */
  const byType = new Map();
  for (const page of measured) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  return sortLabels([...byType.keys()]).map((label) => {
    const pages = /** @type {PageFigures[]} */ (byType.get(label));
    const lowest = pages.reduce((a, b) => (b.ecoIndex < a.ecoIndex ? b : a));
    const worst = /** @type {TypeSummary['worst']} */ ({
      ...Object.fromEntries(MAX_KEYS.map((key) => [key, Math.max(...pages.map((p) => p[key]))])),
      ecoIndex: lowest.ecoIndex,
      grade: lowest.grade,
    });
    const jsAllowed = pages.some((p) => p.jsAllowed);
    return {
      label,
      pages: Math.max(pagesByType[label] ?? 0, pages.length),
      measured: pages.length,
      jsAllowed,
      worst,
      over: overBudget({ ...worst, jsAllowed }),
    };
  });
}

const escape = (/** @type {string} */ text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const decimal = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const integer = new Intl.NumberFormat('fr-FR');

/**
 * 9 080 bytes -> « 9,1 ko » (1 ko = 1 000 octets, as the budgets), a no-break space before the
 * unit, as French typography wants (and so that a narrow column never leaves « ko » alone).
 */
export const kilobytes = (/** @type {number} */ bytes) => `${decimal.format(bytes / 1000)}\u00a0ko`;
/** A target: 30 000 bytes -> « 30 ko ». */
const targetKb = (/** @type {number} */ bytes) => `${integer.format(bytes / 1000)}\u00a0ko`;

/** A figure beyond its target says so in words, not only in colour. */
const OVER = ' (au-delà de l’objectif)';
const mark = (/** @type {string} */ text, /** @type {boolean} */ over) =>
  over ? `<strong>${text}${OVER}</strong>` : text;

/** Column headers: what is measured, and its target. */
export const COLUMNS = [
  'Type de page',
  `Poids avant images / total (objectif : ${targetKb(PAGE_BUDGET.firstVisitGzip)} au plus avant images)`,
  `Requêtes avant images / total (objectif : ${PAGE_BUDGET.requests} au plus avant images)`,
  `Éléments HTML (objectif : ${PAGE_BUDGET.dom} au plus)`,
  'JavaScript (objectif : aucun hors recherche)',
  `EcoIndex (objectif : ${PAGE_BUDGET.ecoIndex} au moins)`,
];

/** @param {TypeSummary} t */
function pagesText(t) {
  const n = integer.format(t.pages);
  if (t.measured < t.pages)
    return t.measured === 1
      ? `la page la plus lourde sur ${n}`
      : `${integer.format(t.measured)} pages les plus lourdes sur ${n}`;
  return t.pages === 1 ? '1 page' : `${n} pages`;
}

/**
 * The cells of one type's row, as text (HTML-escaped, `<strong>` around a figure beyond its
 * target): what the table shows, and what a test reads back.
 * @param {TypeSummary} t
 * @returns {string[]}
 */
export function rowCells(t) {
  const w = t.worst;
  const over = new Set(t.over);
  const js =
    w.jsBytes === 0
      ? 'aucun'
      : t.jsAllowed
        ? `${kilobytes(w.jsBytes)} (recherche)`
        : mark(kilobytes(w.jsBytes), over.has('jsBytes'));
  return [
    `${escape(t.label)} (${pagesText(t)})`,
    `${mark(kilobytes(w.firstVisitGzip), over.has('firstVisitGzip'))} / ${kilobytes(w.totalGzip)}`,
    `${mark(String(w.requests), over.has('requests'))} / ${w.totalRequests}`,
    mark(integer.format(w.dom), over.has('dom')),
    js,
    mark(`${w.ecoIndex}\u00a0(${w.grade})`, over.has('ecoIndex')),
  ];
}

const BUDGET_NAMES = /** @type {Record<string, string>} */ ({
  firstVisitGzip: 'poids avant images',
  repeatVisitGzip: `page seule au-delà de ${targetKb(PAGE_BUDGET.repeatVisitGzip)}`,
  requests: 'requêtes',
  dom: 'éléments HTML',
  jsBytes: 'JavaScript',
  ecoIndex: 'EcoIndex',
});

const DATE = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/**
 * The sentence under the table: when and on what the figures were measured, and what is beyond
 * its target.
 * @param {TypeSummary[]} types
 * @param {BuildInfo} build
 */
export function buildSentence(types, build) {
  const pages = types.reduce((sum, t) => sum + t.pages, 0);
  const version = build.commit
    ? `, code du site en version ${escape(build.commit)}${build.modified ? ' (avec des modifications non enregistrées)' : ''}`
    : '';
  const over = types.filter((t) => t.over.length > 0);
  const verdict =
    over.length === 0
      ? 'Tous les types de pages tiennent leurs objectifs, y compris celui de la page seule (HTML compressé, ' +
        `${targetKb(PAGE_BUDGET.repeatVisitGzip)} au plus).`
      : `Au-delà d’un objectif : ${over
          .map((t) => `${escape(t.label)} (${t.over.map((k) => BUDGET_NAMES[k]).join(', ')})`)
          .join(' ; ')}.`;
  const details = build.detailsHref
    ? ` Les mesures de chaque page : <a href="${escape(build.detailsHref)}">fichier JSON</a>.`
    : '';
  return `Mesures de la construction du ${DATE.format(new Date(build.builtAt))} (heure de Paris), sur ${integer.format(pages)} pages${version}. ${verdict}${details}`;
}

/** The id of the table's caption (one table a page: the directive is refused twice). */
export const CAPTION_ID = 'mesures-du-site';

/**
 * The HTML that takes the placeholder's place: the table, in a region that scrolls sideways on a
 * narrow screen (focusable, so that a keyboard scrolls it too), and the sentence under it.
 * Elements are counted: each costs every visitor of the page, and its EcoIndex.
 * @param {TypeSummary[]} types
 * @param {BuildInfo} build
 */
export function renderTable(types, build) {
  const head = COLUMNS.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const rows = types
    .map((t) => {
      const [first, ...rest] = rowCells(t);
      return `<tr><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('');
  return (
    // Wider than the text on a large screen (the page has room on the right), scrolled on a phone.
    `<div class="overflow-x-auto lg:w-4xl" role="region" aria-labelledby="${CAPTION_ID}" tabindex="0">` +
    `<table class="table w-full min-w-2xl text-step--1"><caption id="${CAPTION_ID}" class="mb-2 text-left">` +
    'Mesures des pages de ce site, par type de page : pour chaque type, la valeur la moins bonne de ses pages' +
    `</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>` +
    `<p class="text-step--1 text-muted">${buildSentence(types, build)}</p>`
  );
}
