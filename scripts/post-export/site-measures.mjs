/**
 * The table of measures (`::mesures`, lib/mdx/dialect/measures.ts): measures the pages of this
 * export by type and puts the table in the place each page that holds the directive left for it.
 *
 * Runs after the lean step and the media pruning (the pages as visitors get them) and before the
 * search index (which then indexes the table too). A page that holds the table is measured with
 * it: the table is written, the page measured again, and so on until the table no longer changes
 * (two rounds, usually), so that its own figures are true of the page as published.
 *
 * Also writes the figures of every measured page as JSON (DETAILS), linked under the table: the
 * open data of the statement, and what the tests compare the table with.
 */
import path from 'node:path';
import { parse } from 'parse5';
import { MEASURES_PLACEHOLDER } from '../../lib/measures/placeholder.mjs';
import { renderTable, summarize } from '../../lib/measures/table.mjs';
import { PAGE_BUDGET } from '../../lib/page-budgets.mjs';
import {
  codeVersion,
  measurePages,
  pagesToMeasure,
  typedPages,
} from '../measure/site-measures.mjs';
import { exportSite, sitePathOf } from './export-site.mjs';
import { config } from '../../lib/config.mjs';

/** The figures of every measured page, at the root of the site. */
export const DETAILS = 'mesures-des-pages.json';

/** Rounds of measuring the pages that hold the table, at most. */
const ROUNDS = 6;

/**
 * Replaces every placeholder element of a page with `fragment`. Pure; the page is parsed as a
 * browser does, and only the placeholder's bytes change.
 * @param {string} html
 * @param {string} fragment
 * @returns {{ html: string, count: number }}
 */
export function fillPlaceholders(html, fragment) {
  if (!html.includes(MEASURES_PLACEHOLDER)) return { html, count: 0 };
  const document = parse(html, { sourceCodeLocationInfo: true });
  /** @type {{ start: number, end: number }[]} */
  const spans = [];
  /** @param {any} node */
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (
        child.attrs?.some((/** @type {{ name: string }} */ a) => a.name === MEASURES_PLACEHOLDER)
      ) {
        const loc = child.sourceCodeLocation;
        if (!loc) throw new Error('table of measures: cannot locate its placeholder in the page');
        spans.push({ start: loc.startOffset, end: loc.endOffset });
      } else visit(child.content ?? child);
    }
  };
  visit(document);
  let result = html;
  for (const { start, end } of spans.toSorted((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + fragment + result.slice(end);
  }
  return { html: result, count: spans.length };
}

/**
 * The build's date: BUILD_TIME when the build is pinned to one (tests), else now.
 * @param {number | undefined} buildTime
 */
function buildDate(buildTime) {
  return new Date(buildTime ?? Date.now()).toISOString();
}

/**
 * @param {string} outDir
 * @param {{ settings?: Pick<import('../../lib/config.mjs').Config, 'basePath' | 'buildTime'>, manifestFile?: string, site?: import('./export-site.mjs').ExportSite }} [options]
 *   manifestFile: Next's record of the build's routes (default: .next/ of the project)
 */
export function fillSiteMeasures(outDir, { settings = config, manifestFile, site: given } = {}) {
  const site = exportSite(outDir, given);
  /** @type {{ file: string, html: string }[]} */
  const holders = [];
  for (const file of site.pages()) {
    const html = site.read(file);
    if (html.includes(MEASURES_PLACEHOLDER) && fillPlaceholders(html, '').count)
      holders.push({ file, html });
  }
  if (holders.length === 0) return;
  const { basePath } = settings;
  const typed = typedPages(outDir, { basePath, manifestFile });
  const holderPaths = new Set(holders.map(({ file }) => sitePathOf(outDir, file)));
  const { chosen, pagesByType } = pagesToMeasure(outDir, typed, { always: holderPaths });
  const build = {
    builtAt: buildDate(settings.buildTime),
    ...codeVersion(),
    detailsHref: `${basePath}/${DETAILS}`,
  };
  let figures = measurePages(outDir, chosen, { basePath });
  const holderPages = chosen.filter((p) => holderPaths.has(p.sitePath));
  let fragment = '';
  for (let round = 1; ; round++) {
    const next = renderTable(summarize(figures, pagesByType), build);
    if (next === fragment) break;
    if (round > ROUNDS) {
      console.warn(
        `Table of measures: still changing after ${ROUNDS} rounds; the figures of the pages that hold it may be off by a few bytes.`,
      );
      break;
    }
    fragment = next;
    for (const { file, html } of holders) site.write(file, fillPlaceholders(html, fragment).html);
    const again = new Map(
      measurePages(outDir, holderPages, { basePath }).map((f) => [f.sitePath, f]),
    );
    figures = figures.map((f) => again.get(f.sitePath) ?? f);
  }
  const types = summarize(figures, pagesByType);
  const details = { ...build, budget: PAGE_BUDGET, types, pages: figures };
  site.write(path.join(outDir, DETAILS), `${JSON.stringify(details, null, 1)}\n`);
  console.log(
    `Measures: ${figures.length} pages of ${types.length} types measured, table written into ${holders.length} page${holders.length === 1 ? '' : 's'}.`,
  );
}
