import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startSiteServer } from '@/scripts/serve.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/chromium.mjs';
import { siteBuild } from '../helpers/builds';

const PAGES = ['/', '/actualites/', '/actualites/hop-mois-numerique-durable/', '/actualites/tags/'];

/** The lean pages in a real browser: what it fetches, and that nothing needs JavaScript. */
describe('lean pages in Chromium', () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  let origin: string;

  beforeAll(async () => {
    const built = siteBuild('site');
    expect(built.status, built.output).toBe(0);
    site = await startSiteServer({ dir: built.outDir, headers: {} });
    origin = new URL(site.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('makes no third-party request and at most 4 requests besides content images', async () => {
    for (const path of PAGES) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const requests: { url: string; type: string }[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await context.close();
      expect(
        requests.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url),
        path,
      ).toEqual([]);
      const base = requests.filter((r) => r.type !== 'image' || r.url.includes('icon'));
      expect(base.length, JSON.stringify(base)).toBeLessThanOrEqual(4);
      expect(
        requests.filter((r) => r.type === 'script' || r.type === 'font'),
        path,
      ).toEqual([]);
    }
  });

  it('works with JavaScript disabled: the phone menu opens and its links navigate', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.goto(`${origin}/actualites/hop-mois-numerique-durable/`);
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(menu.getByRole('link', { name: 'Actualités' }).isVisible()).resolves.toBe(false);
    await menu.getByText('Menu').click();
    const link = menu.getByRole('link', { name: 'Actualités' });
    await expect(link.isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(`${origin}/actualites/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Actualités');
    await context.close();
  });

  it('loads the hero image of a post at once and the card images lazily', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/actualites/hop-mois-numerique-durable/`);
    const hero = page.locator('main img').first();
    await expect(hero.getAttribute('loading')).resolves.toBe('eager');
    await expect(hero.getAttribute('decoding')).resolves.toBe('async');
    await page.goto(`${origin}/actualites/`);
    const loading = await page
      .locator('main li img')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('loading')));
    expect(loading[0]).toBe('eager');
    expect(loading.slice(1).every((l) => l === 'lazy')).toBe(true);
    await page.close();
  });
});
