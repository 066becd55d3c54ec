import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '../../scripts/serve.mjs';
import { readPage } from '../helpers/build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/chromium.mjs';
import { siteBuild } from '../helpers/builds';

const SEED = '/actualites/hop-mois-numerique-durable/';
/** Pagefind loads its WebAssembly and index on the first search: allow for a busy machine. */
const POLL = { timeout: 20_000, interval: 100 };

interface Served {
  url: string;
  close: () => Promise<void>;
}

let browser: Browser;
let site: Served;
let outDir: string;

function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** Served as by `npm start`: with the export's _headers, so the search page under its own policy. */
async function serve(dir: string, basePath = ''): Promise<Served> {
  return (await startSiteServer({ dir, basePath })) as Served;
}

/** Errors the browser reports about the search machinery (CSP, WebAssembly, worker, 404s). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (/pagefind|webassembly|worker|recherche\.js/i.test(text)) errors.push(text);
  });
  page.on('response', (response) => {
    if (/\/(pagefind|recherche)\//.test(response.url()) && response.status() >= 400) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return errors;
}

async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every result, pressing « Afficher plus de résultats » until all are shown. */
async function allResultLinks(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let shown = -1; await more.isVisible();) {
    const count = await page.locator('[data-search-results] > li').count();
    if (count === shown) break;
    shown = count;
    await more.click();
    await expect
      .poll(() => page.locator('[data-search-results] > li').count(), POLL)
      .toBeGreaterThan(count);
  }
  return resultLinks(page);
}

/** Types like a person, then waits for the announced result count. */
async function search(page: Page, query: string) {
  const input = page.getByLabel('Rechercher dans les actualités, les publications et les outils');
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  await expect
    .poll(() => page.locator('[data-search-status]').textContent(), POLL)
    .toContain(`pour « ${query} »`);
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

function count(status: string): number {
  return Number(/^(\d+) résultat/.exec(status)?.[1] ?? 0);
}

beforeAll(async () => {
  const build = siteBuild('site');
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  browser = await launch();
  site = await serve(outDir);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search in a real browser', () => {
  it('lists the seed post first for « obsolescence », typed on /recherche/', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${site.url}recherche/`);
    // Its own policy (lib/pages-with-js.mjs): the site's scripts and WebAssembly, nothing inline.
    expect(response?.headers()['content-security-policy']).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    await expect
      .poll(() => page.getByText('La recherche a besoin de JavaScript').isVisible(), POLL)
      .toBe(false);
    const status = await search(page, 'obsolescence');
    expect(count(status)).toBeGreaterThanOrEqual(1);
    const links = await resultLinks(page);
    expect(links[0]).toBe(SEED);
    const first = page.locator('[data-search-results] li').first();
    await expect.poll(() => first.locator('h2').textContent(), POLL).toContain('Obsolescence');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2022-06-09');
    expect(await first.locator('time').textContent()).toBe('9 juin 2022');
    expect(await first.textContent()).toContain('Actualité');
    expect(await first.locator('mark').first().textContent()).toMatch(/obsolescence/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('obsolescence');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the pages about « écoconception » when typed without accents', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/`);
    const status = await search(page, 'ecoconception');
    expect(count(status)).toBeGreaterThanOrEqual(2);
    const links = await allResultLinks(page);
    expect(links).toHaveLength(count(status));
    expect(links).toContain('/actualites/ecoconception-sites-web-premiers-pas/');
    expect(links).toContain('/actualites/referentiel-ecoconception-2024-mode-emploi/');
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.some((m) => /écoconception/i.test(m))).toBe(true);
    // Stemming and accents together: « reparer » finds « réparer ».
    await search(page, 'reparer');
    expect(await allResultLinks(page)).toContain(SEED);
    const text = (await page.locator('[data-search-results]').textContent()) ?? '';
    expect(text).toMatch(/répar/i);
    await page.close();
  });

  it('narrows the results with a tag filter, counts included, keyboard only', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}recherche/`);
    const input = page.getByLabel('Rechercher dans les actualités, les publications et les outils');
    await input.focus();
    const before = count(await search(page, 'numerique'));
    const tags = page.locator('fieldset[data-filter="tag"]');
    await expect.poll(() => tags.isVisible(), POLL).toBe(true);
    const option = tags.locator('label', { hasText: 'Réglementation' });
    const expected = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(before);
    // Reach the checkbox with the keyboard and tick it with the space bar.
    const box = option.locator('input');
    for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), POLL)
      .toBe(
        `${expected} résultat${expected > 1 ? 's' : ''} pour « numerique » avec les filtres choisis.`,
      );
    const links = await allResultLinks(page);
    expect(links).toHaveLength(expected);
    for (const link of links) {
      expect(readPage(outDir, link), link).toContain(
        '<span data-pagefind-filter="tag">Réglementation</span>',
      );
    }
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['Réglementation']);
    await page.close();
  });

  it('submits the header form of the home page to /recherche/?q= and shows results', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.url);
    await page.waitForLoadState('networkidle');
    const home = [...requests];
    const header = page.locator('header');
    await header.getByLabel('Rechercher dans le site').fill('obsolescence');
    await header.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/recherche\/\?q=obsolescence$/);
    expect(home.filter((url) => /\/pagefind\/|recherche\.js/.test(url))).toEqual([]);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), POLL)
      .toMatch(/^\d+ résultats? pour « obsolescence »/);
    expect((await resultLinks(page))[0]).toBe(SEED);
    expect(
      await page.getByLabel('Rechercher dans les actualités', { exact: false }).inputValue(),
    ).toBe('obsolescence');
    await page.close();
  });

  it('loads Pagefind on /recherche/ only when the visitor searches', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}actualites/`);
    await page.goto(`${site.url}recherche/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await search(page, 'loi');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    await page.close();
  });

  it('without JavaScript, says search needs it and offers the site map and the themes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}recherche/?q=obsolescence`);
    expect(await page.getByText('La recherche a besoin de JavaScript').isVisible()).toBe(true);
    expect(
      await page.getByRole('link', { name: 'plan du site', exact: true }).getAttribute('href'),
    ).toBe('/plan-du-site/');
    expect(
      await page.getByRole('link', { name: 'les thèmes des actualités' }).getAttribute('href'),
    ).toBe('/actualites/tags/');
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('search under a base path', () => {
  let based: Served;

  beforeAll(async () => {
    const build = siteBuild('site-base-path');
    expect(build.status, build.output).toBe(0);
    based = await serve(build.outDir, '/sous-dossier');
  });

  afterAll(async () => {
    await based?.close();
  });

  it('submits the header form to /sous-dossier/recherche/ and links results under the base path', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${based.url}actualites/`);
    await page.locator('header').getByLabel('Rechercher dans le site').fill('obsolescence');
    await page.locator('header').getByLabel('Rechercher dans le site').press('Enter');
    await page.waitForURL(/\/sous-dossier\/recherche\/\?q=obsolescence$/);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), POLL)
      .toMatch(/^\d+ résultats? pour « obsolescence »/);
    const links = await resultLinks(page);
    expect(links[0]).toBe(`/sous-dossier${SEED}`);
    await page.locator('[data-search-results] li h2 a').first().click();
    await page.waitForURL(new RegExp(`/sous-dossier${SEED}$`));
    expect(await page.locator('h1').textContent()).toContain('Obsolescence');
    expect(errors).toEqual([]);
    await page.close();
  });
});
