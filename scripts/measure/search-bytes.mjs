#!/usr/bin/env node
/**
 * What one search costs a visitor: serves a built site, opens /recherche/?q=<query> in Chromium,
 * waits for the results and adds up the bytes of every search file fetched (the page's script,
 * Pagefind's script, worker and WebAssembly, the index entry, index chunks, filters and result
 * fragments). The HTML and CSS of the page itself are not counted: every page has them.
 *
 *   node scripts/measure/search-bytes.mjs [out-dir] [query] [base-path]
 *
 * `npm run bench` calls measureSearchBytes() on the 1,000-post site.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startSiteServer } from '../serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/**
 * Files of the search: the page's own script and everything under /pagefind/.
 * @param {string} pathname @param {string} basePath
 */
function isSearchFile(pathname, basePath) {
  const rel = pathname.slice(basePath.length);
  return rel.startsWith('/pagefind/') || rel === '/recherche/recherche.js';
}

/**
 * @param {{ dir: string, query?: string, basePath?: string }} options
 * @returns {Promise<{ query: string, results: number, total: number, files: { path: string, bytes: number }[] }>}
 */
export async function measureSearchBytes({ dir, query = 'numérique', basePath = '' }) {
  const site = await startSiteServer({ dir, basePath });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    /** @type {Promise<{ path: string, bytes: number }>[]} */
    const pending = [];
    // The context sees the requests of the page and of Pagefind's web worker.
    context.on('response', (response) => {
      const { pathname, search } = new URL(response.url());
      if (!isSearchFile(pathname, basePath)) return;
      pending.push(
        response.body().then((body) => ({ path: pathname + search, bytes: body.length })),
      );
    });
    const page = await context.newPage();
    await page.goto(`${site.url}recherche/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => /résultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const files = (await Promise.all(pending)).sort((a, b) => b.bytes - a.bytes);
    return {
      query,
      results: Number(/^(\d+)/.exec(status)?.[1] ?? 0),
      total: files.reduce((sum, file) => sum + file.bytes, 0),
      files,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out', query, basePath = ''] = process.argv.slice(2);
  const result = await measureSearchBytes({ dir: path.resolve(dir), query, basePath });
  for (const file of result.files) console.log(`${String(file.bytes).padStart(9)}  ${file.path}`);
  console.log(
    `${String(result.total).padStart(9)}  total for « ${result.query} » (${result.results} results)`,
  );
}
