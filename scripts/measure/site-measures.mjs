/**
 * Measures the pages of an export by type (lib/measures/page-types.mjs), with the one page
 * measurer (scripts/measure/page-weight.mjs): what the table of the eco-design statement shows
 * (scripts/post-export/site-measures.mjs), and what `npm run bench` and the tests read.
 *
 * A type with many pages (5,000 posts) is measured on its heaviest pages, by HTML file size: the
 * HTML decides the weight and the element count, so the least good figures of the type are there;
 * measuring every page would add a minute to such a build for the same table.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pageTypeLabel, pagesOfManifest } from '../../lib/measures/page-types.mjs';
import { pageFigures } from '../../lib/measures/table.mjs';
import { fileOfSitePath } from '../../lib/config.mjs';
import { PAGES_WITH_JS } from '../../lib/pages-with-js.mjs';
import { measurePage } from './page-weight.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Pages measured of one type, at most. */
export const MAX_PAGES_PER_TYPE = 200;

/**
 * The file of a site path in an export.
 * @param {string} outDir @param {string} sitePath
 */
export function pageFile(outDir, sitePath) {
  return path.join(outDir, fileOfSitePath(sitePath));
}

/**
 * The pages of the last `next build` and their routes (Next's prerender manifest, in .next/ at
 * the project's root, where the build leaves it), with their type. Pages the post-export steps
 * removed (placeholders of empty lists) are not in the export, so not here either.
 * @param {string} outDir
 * @param {{ basePath?: string, manifestFile?: string }} [options]
 * @returns {{ sitePath: string, route: string, type: string }[]}
 */
export function typedPages(outDir, { basePath = '', manifestFile } = {}) {
  const file = manifestFile ?? path.join(root, '.next', 'prerender-manifest.json');
  if (!fs.existsSync(file))
    throw new Error(
      `${path.relative(root, file)} is missing: the measures need the build's routes`,
    );
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  return pagesOfManifest(manifest, basePath)
    .filter((page) => fs.existsSync(pageFile(outDir, page.sitePath)))
    .map((page) => ({
      ...page,
      type: pageTypeLabel(page, () => fs.readFileSync(pageFile(outDir, page.sitePath), 'utf8')),
    }));
}

/**
 * Which pages to measure: every page of a type, or its heaviest ones when it has more than
 * `max`; plus the pages given in `always` (those that hold the table).
 * @param {string} outDir
 * @param {{ sitePath: string, type: string }[]} pages
 * @param {{ max?: number, always?: Set<string> }} [options]
 */
export function pagesToMeasure(
  outDir,
  pages,
  { max = MAX_PAGES_PER_TYPE, always = new Set() } = {},
) {
  /** @type {Map<string, { sitePath: string, type: string, size: number }[]>} */
  const byType = new Map();
  for (const page of pages) {
    const size = fs.statSync(pageFile(outDir, page.sitePath)).size;
    byType.set(page.type, [...(byType.get(page.type) ?? []), { ...page, size }]);
  }
  /** @type {Record<string, number>} */
  const pagesByType = {};
  /** @type {{ sitePath: string, type: string }[]} */
  const chosen = [];
  for (const [type, list] of byType) {
    pagesByType[type] = list.length;
    const heaviest =
      list.length <= max ? list : list.toSorted((a, b) => b.size - a.size).slice(0, max);
    const kept = new Set(heaviest.map((p) => p.sitePath));
    chosen.push(...list.filter((p) => kept.has(p.sitePath) || always.has(p.sitePath)));
  }
  return { chosen, pagesByType };
}

/**
 * Measures pages of an export.
 * @param {string} outDir
 * @param {{ sitePath: string, type: string }[]} pages
 * @param {{ basePath?: string }} [options]
 */
export function measurePages(outDir, pages, { basePath = '' } = {}) {
  return pages.map((page) =>
    pageFigures(
      measurePage(outDir, page.sitePath, { basePath }),
      page.type,
      Object.hasOwn(PAGES_WITH_JS, page.sitePath),
    ),
  );
}

/**
 * The version of the site's code: the short commit, and whether tracked files were changed since.
 * Nothing when the project is not a git checkout (an archive).
 * @returns {{ commit?: string, modified?: boolean }}
 */
export function codeVersion(cwd = root) {
  const git = (/** @type {string[]} */ args) =>
    spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 10_000 });
  const head = git(['rev-parse', '--short=12', 'HEAD']);
  if (head.status !== 0 || !head.stdout.trim()) return {};
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    commit: head.stdout.trim(),
    modified: status.status === 0 && status.stdout.trim() !== '',
  };
}
