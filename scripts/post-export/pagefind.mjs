/**
 * Search index: Pagefind (its binary comes with the npm package) indexes the exported pages into
 * out/pagefind/, which only /recherche/ loads, on demand. Runs after the lean step, on the final
 * HTML.
 *
 * Only pages whose main content carries `data-pagefind-body` (news, publications, tool sheets) are
 * indexed, and only that content. French: the index is built for `fr` (stemming: « reparer » finds
 * « réparer », « réparés »; accents are ignored at query time unless exactDiacritics is set).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { sitePathOfFile } from '../../lib/config.mjs';
import { exportSite, listFiles } from './export-site.mjs';

export const SEARCH_DIR = 'pagefind';

/** Files Pagefind writes for its ready-made interfaces; the site has its own, so they go. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Pagefind splits words on the ASCII apostrophe but not on the typographic one (U+2019) that
 * French text uses: « l’obsolescence » would only be found as « lobsolescence ». The copy of each
 * page given to the indexer uses ASCII apostrophes between letters; the pages themselves keep
 * theirs (the search page shows typographic ones again in results).
 * @param {string} html
 */
export function splitElisions(html) {
  return html.replace(/(\p{L})[\u2019\u02bc](?=\p{L})/gu, "$1'");
}

/**
 * Whether a page asks to be indexed (its main content carries data-pagefind-body).
 * @param {string} html
 */
export function isSearchable(html) {
  return /<[a-z][^>]*\sdata-pagefind-body(?:[\s=>/])/i.test(html);
}

/**
 * Pages are given to Pagefind as the steps before left them (their text handed on, not read back),
 * in code-unit order of their paths: the order decides the bytes of the index.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export async function buildSearchIndex(outDir, { site: given } = {}) {
  const site = exportSite(outDir, given);
  const output = path.join(outDir, SEARCH_DIR);
  site.removeDir(output);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    let pages = 0;
    for (const file of site.pages()) {
      const html = site.read(file);
      if (!isSearchable(html)) continue;
      const added = await index.addHTMLFile({
        url: sitePathOfFile(path.relative(outDir, file)),
        content: splitElisions(html),
      });
      if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const file of listFiles(output)) site.add(file);
    for (const name of fs.readdirSync(output)) {
      if (UNUSED.test(name)) site.remove(path.join(output, name));
    }
    console.log(`Search index: ${pages} pages in ${path.relative(process.cwd(), output)}/`);
  } finally {
    await pagefind.close();
  }
}
