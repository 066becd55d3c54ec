/**
 * Lean export: turns Next's static export into pure HTML + CSS.
 *
 * Next writes, for every page, the React runtime (7 chunks, about 175 KB gzip), an inline copy of
 * the page as RSC data (`self.__next_f`), and RSC `.txt` files for client navigation. Our pages
 * hydrate nothing, so none of it is needed: this step removes it from every page (see
 * lean-html.mjs), keeps only the scripts a page declares in lib/pages-with-js.mjs, then deletes the
 * RSC files and the chunks that no page references any more.
 *
 * `LEAN_EXPORT=0` skips the step (the stock Next output, for comparison).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGES_WITH_JS } from '../../lib/pages-with-js.mjs';
import { config, withoutBasePath } from '../../lib/config.mjs';
import { exportSite, listFiles, sitePathOf } from './export-site.mjs';
import { leanPage, leanPages } from './lean-pages.mjs';

// Kept here for the scripts and tests that import them from this module.
export { listFiles, sitePathOf };

/**
 * An RSC payload file of Next's export: `__next.*.txt` segment files, and the `index.txt` Next
 * writes next to a page's index.html. Other .txt files (robots.txt, files of content) stay.
 * @param {string} file
 */
export function isRscFile(file, exists = fs.existsSync) {
  const name = path.basename(file);
  if (!name.endsWith('.txt')) return false;
  if (name.startsWith('__next.')) return true;
  if (name !== 'index.txt' || !exists(path.join(path.dirname(file), 'index.html'))) {
    return false;
  }
  // RSC rows start with a hex id and a colon (`0:{...}`, `1:I[...]`) or `:HL[`: the first bytes
  // tell, the rest of the file (tens of KB a page) is not read.
  const head = readHead(file, 64);
  return /^(?:[0-9a-f]*:)/.test(head);
}

/**
 * Each page is parsed once: the same tree gives the cuts and what the link check reads of the
 * lean page (handed on with the page, see export-site.mjs).
 * @param {string} outDir
 * @param {{ settings?: Pick<import('../../lib/config.mjs').Config, 'basePath' | 'leanExport'>, pagesWithJs?: Record<string, string[]>, log?: (line: string) => void, site?: import('./export-site.mjs').ExportSite, threads?: number }} [options]
 *   threads: how many threads parse the pages (default: by the number of pages and of cores)
 */
export async function lean(
  outDir,
  { settings = config, pagesWithJs = PAGES_WITH_JS, log, site: given, threads } = {},
) {
  if (!settings.leanExport) {
    console.log('LEAN_EXPORT=0: the Next runtime is left in every page (stock export).');
    return undefined;
  }
  const { basePath } = settings;
  const site = exportSite(outDir, given);
  const files = site.files();
  const pages = site.pages();
  const pagePaths = new Set(pages.map((file) => sitePathOf(outDir, file)));
  for (const declared of Object.keys(pagesWithJs)) {
    if (!pagePaths.has(declared)) {
      throw new Error(
        `lib/pages-with-js.mjs declares ${declared}, but the export has no such page (site paths end with « / »)`,
      );
    }
  }

  const referenced = new Set();
  const stats = { pages: 0, scripts: 0, inlineScripts: 0, preloads: 0, rscFiles: 0, chunks: 0 };
  const jobs = pages.map((file) => ({ file, keep: pagesWithJs[sitePathOf(outDir, file)] ?? [] }));
  // A page a step before rewrote is in memory only on this thread: those are done here.
  const handedOn = jobs.filter(({ file }) => site.texts.has(file));
  const done = [
    ...handedOn.map((job) => leanPage(job, basePath, (file) => site.read(file))),
    ...(await leanPages(
      jobs.filter(({ file }) => !site.texts.has(file)),
      { basePath, read: (file) => site.read(file), threads },
    )),
  ];
  for (const { file, html, removed, urls, ids, links } of done) {
    site.write(file, html, { links: { ids: new Set(ids), links }, written: true });
    stats.pages += 1;
    stats.scripts += removed.scripts;
    stats.inlineScripts += removed.inlineScripts;
    stats.preloads += removed.preloads;
    for (const url of urls) {
      const sitePath = withoutBasePath(url, basePath);
      if (sitePath) referenced.add(sitePath);
    }
  }

  for (const file of files.filter((f) => isRscFile(f, (page) => site.has(String(page))))) {
    site.remove(file);
    stats.rscFiles += 1;
  }
  // Next's chunks are only reachable from pages: a chunk no page names is dead weight. (A page
  // that declares a chunk in lib/pages-with-js.mjs keeps it referenced, so it stays.)
  const nextDir = path.join(outDir, '_next');
  for (const file of site.files().filter((f) => f.startsWith(`${nextDir}${path.sep}`))) {
    if (!/\.(?:js|mjs|js\.map)$/.test(file)) continue;
    const sitePath = sitePathOf(outDir, file);
    if (referenced.has(sitePath) || referenced.has(sitePath.replace(/\.map$/, ''))) continue;
    site.remove(file);
    stats.chunks += 1;
  }
  removeEmptyDirs(nextDir);
  (log ?? console.log)(
    `Lean export: ${stats.pages} pages without the Next runtime (${stats.scripts} script tags, ${stats.inlineScripts} inline scripts, ${stats.preloads} preloads removed), ${stats.rscFiles} RSC files and ${stats.chunks} unused chunks deleted.`,
  );
  return stats;
}

/** The first `bytes` bytes of a file, as text. @param {string} file @param {number} bytes */
function readHead(file, bytes) {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** @param {string} dir */
function removeEmptyDirs(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}
