/**
 * `npm run bench -- --imported [<eleventy-dsfr site>]`: the page weight of the mission's former
 * site once imported (default source: ../shared/corpus/minumeco-2026), against the budgets of the
 * project's own pages (lib/page-budgets.mjs).
 *
 * Imports the source into bench/tmp/imported-content (as imported: the post in the former dialect
 * that the browser tests add is a fixture, listed and not measured), builds it into
 * bench/tmp/imported-out, then
 * measures with the one page measurer (scripts/measure/page-weight.mjs):
 * - each page type the browser tests visit (tests/e2e/pages.ts: IMPORTED_PAGE_TYPES, and the
 *   types of PAGE_TYPES the imported site has too), so that a type added there is measured here;
 * - every page of the export, by route (scripts/measure/site-measures.mjs, as the eco-design statement's
 *   table, but every page of each type).
 * Writes bench/results/imported-site.md and .json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { overBudget, summarize } from '../../lib/measures/table.mjs';
import { PAGE_BUDGET } from '../../lib/page-budgets.mjs';
import { measurePage } from './page-weight.mjs';
import {
  codeVersion,
  measurePages,
  pageFile,
  pagesToMeasure,
  typedPages,
} from './site-measures.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Runs a command from the project's root; resolves with its status and output.
 * @param {string[]} args @param {Record<string, string>} [env]
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The page types of the browser tests, read from their one list. */
async function browserPageTypes() {
  const pages = await tsImport('../../tests/e2e/pages.ts', import.meta.url);
  return [
    ...pages.IMPORTED_PAGE_TYPES.map(
      (/** @type {import('../../tests/e2e/pages').PageType} */ p) => ({
        ...p,
        list: 'IMPORTED_PAGE_TYPES',
      }),
    ),
    ...pages.PAGE_TYPES.map((/** @type {import('../../tests/e2e/pages').PageType} */ p) => ({
      ...p,
      list: 'PAGE_TYPES',
    })),
  ];
}

/** What the issue asks of every page type: no JS outside search, ≤ 4 requests, EcoIndex ≥ 85. */
const KEY_BUDGETS = new Set(['jsBytes', 'requests', 'ecoIndex']);

/** @type {Record<string, string>} */
const BUDGET_NAMES = {
  firstVisitGzip: `first visit > ${PAGE_BUDGET.firstVisitGzip / 1000} KB`,
  repeatVisitGzip: `repeat visit > ${PAGE_BUDGET.repeatVisitGzip / 1000} KB`,
  requests: `requests > ${PAGE_BUDGET.requests}`,
  dom: `DOM > ${PAGE_BUDGET.dom}`,
  jsBytes: 'JavaScript',
  ecoIndex: `EcoIndex < ${PAGE_BUDGET.ecoIndex}`,
};

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const verdict = (/** @type {string[]} */ over) =>
  over.length === 0 ? 'yes' : `**no**: ${over.map((k) => BUDGET_NAMES[k]).join(', ')}`;

/**
 * @param {{ source: string }} options
 * @returns {Promise<boolean>} whether every page type is within the three budgets
 */
export async function benchImportedSite({ source }) {
  const tmp = path.join(root, 'bench', 'tmp');
  const contentDir = path.join(tmp, 'imported-content');
  const outDir = path.join(tmp, 'imported-out');
  const loadAverageAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`— importing ${source}…`);
  const imported = await run([
    'node_modules/tsx/dist/cli.mjs',
    'scripts/import.ts',
    source,
    contentDir,
  ]);
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.output.slice(-3000)}`);
  // The site as imported, nothing added: the browser tests add a post of their own in the former
  // site's dialect (tests/helpers/corpus-2026.ts), a fixture that is no page of the mission's site
  // and is not measured here.
  const { DIALECT_POST } = await tsImport('../../tests/helpers/corpus-2026.ts', import.meta.url);
  const fixturePath = `/actualites/${path.basename(DIALECT_POST, '.md')}/`;
  console.log('— building the imported site…');
  const started = Date.now();
  const built = await run(['scripts/build.mjs'], {
    NODE_ENV: 'production',
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    LINKS: 'warn',
  });
  if (built.status !== 0) throw new Error(`build failed:\n${built.output.slice(-3000)}`);
  const buildSeconds = Math.round((Date.now() - started) / 100) / 10;

  // Right after the build: .next/ holds this build's routes.
  const typed = typedPages(outDir);
  const { chosen, pagesByType } = pagesToMeasure(outDir, typed, { max: Infinity });
  const all = measurePages(outDir, chosen);
  const types = summarize(all, pagesByType);
  const typeOf = new Map(typed.map((p) => [p.sitePath, p.type]));

  const named = [];
  for (const page of await browserPageTypes()) {
    const sitePath = page.status === 404 ? '/404.html' : page.path;
    if (sitePath === fixturePath) {
      named.push({ ...page, fixture: true });
      continue;
    }
    if (!fs.existsSync(pageFile(outDir, sitePath))) {
      if (page.list === 'IMPORTED_PAGE_TYPES') named.push({ ...page, missing: true });
      continue;
    }
    if (named.some((n) => n.sitePath === sitePath)) continue;
    // A page at a former address is a redirect page, written by the post-export step.
    const type = typeOf.get(sitePath) ?? 'redirect';
    const [figures] = measurePages(outDir, [{ sitePath, type }]);
    if (!figures) throw new Error(`${sitePath}: not measured`);
    named.push({ ...page, sitePath, figures, over: overBudget(figures) });
  }

  // Each page under the EcoIndex budget, with what its elements are: its own content (inside
  // <main>), of which tables, and the page chrome (head, header, footer), the same on every page.
  const under = all
    .filter((f) => f.ecoIndex < PAGE_BUDGET.ecoIndex)
    .map((f) => {
      const m = measurePage(outDir, f.sitePath);
      return { ...f, mainDom: m.mainDom, tableDom: m.tableDom, images: m.imageRequests };
    })
    .toSorted((a, b) => a.ecoIndex - b.ecoIndex || (a.sitePath < b.sitePath ? -1 : 1));

  const result = {
    date: new Date().toISOString(),
    command: `npm run bench -- --imported ${path.relative(root, source)}`,
    source: path.relative(root, source),
    ...codeVersion(),
    machine: {
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      node: process.version,
      loadAverageAtStart,
    },
    buildSeconds,
    budget: PAGE_BUDGET,
    pageTypes: named,
    routes: types,
    underEcoIndex: under,
  };
  const keyOver = (/** @type {string[]} */ over) => over.filter((k) => KEY_BUDGETS.has(k));
  const failing = [
    ...named.filter((n) => n.over && keyOver(n.over).length),
    ...types.filter((t) => keyOver(t.over).length),
  ];
  const lines = [
    '# Page weight of the imported site',
    '',
    `\`${result.command}\` — ${result.date.slice(0, 16).replace('T', ' ')} UTC, code ${result.commit ?? '?'}${result.modified ? ' (with uncommitted changes)' : ''}; ${result.machine.cpus}, Node ${process.version} (load average at start: ${loadAverageAtStart}); import + build of the site in ${buildSeconds} s.`,
    '',
    `Budgets of the project's own pages (lib/page-budgets.mjs): no JavaScript outside the search page, at most ${PAGE_BUDGET.requests} requests before content images, EcoIndex at least ${PAGE_BUDGET.ecoIndex}; and first visit ≤ ${kb(PAGE_BUDGET.firstVisitGzip)}, repeat visit ≤ ${kb(PAGE_BUDGET.repeatVisitGzip)}, DOM ≤ ${PAGE_BUDGET.dom}. Sizes gzip, 1 KB = 1,000 bytes; first visit = HTML + CSS + icon; repeat visit = HTML only; content images excluded from both, included in EcoIndex (scripts/measure/page-weight.mjs).`,
    '',
    failing.length === 0
      ? `**Every page type is within the three budgets of the issue (JavaScript, requests, EcoIndex)**, on the pages of tests/e2e/pages.ts and on every page of the export (${all.length} pages).`
      : `**Over a budget of the issue:** ${failing.map((f) => f.name ?? f.label).join(', ')}.`,
    '',
    '## Page types of the browser tests (tests/e2e/pages.ts)',
    '',
    '| Page type | Page | Type of page (route) | JS | Requests (+ images) | First visit | Repeat visit | With images | DOM | EcoIndex | Within budgets |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...named.map((n) =>
      n.fixture
        ? `| ${n.name} | \`${n.path}\` | — | — | — | — | — | — | — | — | not measured: a fixture of the browser tests, not a page of the imported site |`
        : n.missing
          ? `| ${n.name} | \`${n.path}\` | — | — | — | — | — | — | — | — | **missing from the export** |`
          : `| ${n.name} | \`${n.sitePath}\` | ${n.figures.type} | ${kb(n.figures.jsBytes)} | ${n.figures.requests} (+ ${n.figures.totalRequests - n.figures.requests}) | ${kb(n.figures.firstVisitGzip)} | ${kb(n.figures.repeatVisitGzip)} | ${kb(n.figures.totalGzip)} | ${n.figures.dom} | ${n.figures.ecoIndex} ${n.figures.grade} | ${verdict(n.over)} |`,
    ),
    '',
    `## Every page of the export, by type (${all.length} pages)`,
    '',
    'For each type, the least good value among its pages (largest weight, most requests, most elements, lowest EcoIndex).',
    '',
    '| Type of page | Pages | JS | Requests (+ images) | First visit | Repeat visit | With images | DOM | EcoIndex | Within budgets |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...types.map(
      (t) =>
        `| ${t.label} | ${t.pages} | ${kb(t.worst.jsBytes)}${t.jsAllowed && t.worst.jsBytes ? ' (search)' : ''} | ${t.worst.requests} (+ ${t.worst.totalRequests - t.worst.requests}) | ${kb(t.worst.firstVisitGzip)} | ${kb(t.worst.repeatVisitGzip)} | ${kb(t.worst.totalGzip)} | ${t.worst.dom} | ${t.worst.ecoIndex} ${t.worst.grade} | ${verdict(t.over)} |`,
    ),
    '',
    `## Pages under the EcoIndex budget, and why (${under.length} of ${all.length} pages)`,
    '',
    under.length === 0
      ? 'None.'
      : 'What their elements are: the page chrome (head, header, footer; the same on every page) and the page’s own content, inside `<main>` (its text, its tables, its lists; a guide’s menu), with its images. A page whose content alone is over the DOM a page can have at EcoIndex 85 is heavy by what it says, not by how it is built.',
    '',
    ...(under.length === 0
      ? []
      : [
          '| Page | Type of page | DOM | Chrome (outside `<main>`) | Content (inside `<main>`) | of which tables | Images | EcoIndex |',
          '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...under.map(
            (u) =>
              `| \`${u.sitePath}\` | ${u.type} | ${u.dom} | ${u.dom - u.mainDom} | ${u.mainDom} | ${u.tableDom} | ${u.images} | ${u.ecoIndex} ${u.grade} |`,
          ),
        ]),
    '',
  ];
  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, 'imported-site.json'),
    `${JSON.stringify({ ...result, pages: all }, null, 1)}\n`,
  );
  fs.writeFileSync(path.join(resultsDir, 'imported-site.md'), lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
  return failing.length === 0;
}
