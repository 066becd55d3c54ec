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
import { config, sitePathOfFile, withoutBasePath } from '../../lib/config.mjs';
import { leanHtml } from './lean-html.mjs';

/** @param {string} dir @returns {string[]} absolute paths of the files under dir */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * out/actualites/x/index.html -> /actualites/x/ ; out/404.html -> /404.html
 * @param {string} outDir @param {string} file
 */
export function sitePathOf(outDir, file) {
  return sitePathOfFile(path.relative(outDir, file));
}

/**
 * An RSC payload file of Next's export: `__next.*.txt` segment files, and the `index.txt` Next
 * writes next to a page's index.html. Other .txt files (robots.txt, files of content) stay.
 * @param {string} file
 */
export function isRscFile(file) {
  const name = path.basename(file);
  if (!name.endsWith('.txt')) return false;
  if (name.startsWith('__next.')) return true;
  if (name !== 'index.txt' || !fs.existsSync(path.join(path.dirname(file), 'index.html'))) {
    return false;
  }
  // RSC rows start with a hex id and a colon (`0:{...}`, `1:I[...]`) or `:HL[`.
  const head = fs.readFileSync(file, 'utf8').slice(0, 64);
  return /^(?:[0-9a-f]*:)/.test(head);
}

/**
 * @param {string} outDir
 * @param {{ settings?: Pick<import('../../lib/config.mjs').Config, 'basePath' | 'leanExport'>, pagesWithJs?: Record<string, string[]>, log?: (line: string) => void }} [options]
 */
export function lean(outDir, { settings = config, pagesWithJs = PAGES_WITH_JS, log } = {}) {
  if (!settings.leanExport) {
    console.log('LEAN_EXPORT=0: the Next runtime is left in every page (stock export).');
    return undefined;
  }
  const { basePath } = settings;
  const files = listFiles(outDir);
  const pages = files.filter((file) => file.endsWith('.html'));
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
  for (const file of pages) {
    const keep = pagesWithJs[sitePathOf(outDir, file)] ?? [];
    const { html, removed, urls } = leanHtml(fs.readFileSync(file, 'utf8'), { keep, basePath });
    fs.writeFileSync(file, html);
    stats.pages += 1;
    stats.scripts += removed.scripts;
    stats.inlineScripts += removed.inlineScripts;
    stats.preloads += removed.preloads;
    for (const url of urls) {
      const sitePath = withoutBasePath(url, basePath);
      if (sitePath) referenced.add(sitePath);
    }
  }

  for (const file of files) {
    if (isRscFile(file)) {
      fs.rmSync(file);
      stats.rscFiles += 1;
    }
  }
  // Next's chunks are only reachable from pages: a chunk no page names is dead weight. (A page
  // that declares a chunk in lib/pages-with-js.mjs keeps it referenced, so it stays.)
  const nextDir = path.join(outDir, '_next');
  for (const file of listFiles(nextDir)) {
    if (!/\.(?:js|mjs|js\.map)$/.test(file)) continue;
    const sitePath = sitePathOf(outDir, file);
    if (referenced.has(sitePath) || referenced.has(sitePath.replace(/\.map$/, ''))) continue;
    fs.rmSync(file);
    stats.chunks += 1;
  }
  removeEmptyDirs(nextDir);
  (log ?? console.log)(
    `Lean export: ${stats.pages} pages without the Next runtime (${stats.scripts} script tags, ${stats.inlineScripts} inline scripts, ${stats.preloads} preloads removed), ${stats.rscFiles} RSC files and ${stats.chunks} unused chunks deleted.`,
  );
  return stats;
}

/** @param {string} dir */
function removeEmptyDirs(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyDirs(path.join(dir, entry.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}
