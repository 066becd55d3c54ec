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

/** @param {string} dir @param {string} [base] @returns {string[]} */
function htmlFiles(dir, base = dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(base, SEARCH_DIR)) files.push(...htmlFiles(full, base));
    } else if (entry.name.endsWith('.html')) files.push(path.relative(base, full));
  }
  return files.sort();
}

/** @param {string} outDir */
export async function buildSearchIndex(outDir) {
  const output = path.join(outDir, SEARCH_DIR);
  fs.rmSync(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    let pages = 0;
    for (const file of htmlFiles(outDir)) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      if (!isSearchable(html)) continue;
      const added = await index.addHTMLFile({
        url: sitePathOfFile(file),
        content: splitElisions(html),
      });
      if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const name of fs.readdirSync(output)) {
      if (UNUSED.test(name)) fs.rmSync(path.join(output, name));
    }
    console.log(`Search index: ${pages} pages in ${path.relative(process.cwd(), output)}/`);
  } finally {
    await pagefind.close();
  }
}
