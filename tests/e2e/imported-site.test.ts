import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import {
  AXE_CONTEXT,
  browserSessionForFile,
  formatViolations,
  newPage,
  runAxe,
} from '../helpers/browser';
import { buildCorpus2026, CORPUS_2026 } from '../helpers/builds';
import { IMPORTED_PAGE_TYPES, VIEWPORTS, PHONE } from './pages';

/**
 * The mission's current site, imported and built (tests/helpers/builds.ts), in Chromium: the
 * page types only it has pass the same checks as the project's own, and a visitor without
 * JavaScript goes from a series to an episode, its transcript and the next episode.
 */
const available = fs.existsSync(CORPUS_2026);
const SCREENSHOT_DIR = 'test-results/screenshots';
const session = available ? browserSessionForFile(buildCorpus2026) : undefined;

describe.skipIf(!available)('the imported site in Chromium', () => {
  for (const { label, viewport } of VIEWPORTS) {
    it.each(IMPORTED_PAGE_TYPES)(
      `$name: axe finds no violation, no horizontal scrolling, on ${label}`,
      async ({ name, path: sitePath, status }) => {
        const page = await newPage(session!.browser, { viewport, ...AXE_CONTEXT });
        try {
          expect((await page.goto(session!.site.url(sitePath)))?.status()).toBe(status);
          // A former address is a redirect page: the visitor ends on the page itself.
          await page.waitForLoadState('load');
          expect(formatViolations(await runAxe(page)), `axe on ${sitePath}`).toBe('');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `horizontal overflow of ${sitePath}`).toBe(0);
          fs.mkdirSync(path.join(ROOT, SCREENSHOT_DIR), { recursive: true });
          await page.screenshot({
            path: path.join(ROOT, SCREENSHOT_DIR, `imported-${name}-${label}.png`),
            fullPage: true,
          });
        } finally {
          await page.context().close();
        }
      },
    );
  }

  it('takes a visitor without JavaScript from a series to an episode, its transcript and the next one', async () => {
    const page = await newPage(session!.browser, { viewport: PHONE, javaScriptEnabled: false });
    const follow = async (link: ReturnType<Page['getByRole']>) => {
      const href = await link.getAttribute('href');
      await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
    };
    try {
      await page.goto(session!.site.url('/actualites/series/'));
      await follow(page.getByRole('link', { name: /^Index de conception responsable/ }));
      await follow(page.getByRole('link', { name: /ICR Épisode #2/ }));
      const transcript = page.locator('details', {
        has: page.locator('summary', { hasText: 'Transcription' }),
      });
      await expect
        .poll(() => transcript.evaluate((d) => (d as HTMLDetailsElement).open))
        .toBe(false);
      await transcript.locator('summary').click();
      await expect
        .poll(() => transcript.evaluate((d) => (d as HTMLDetailsElement).open))
        .toBe(true);
      expect(await transcript.innerText()).toContain('Virginie');
      const series = page.getByRole('navigation', { name: /^Série/ });
      await expect.poll(() => series.innerText()).toMatch(/Épisode 2 sur 3/);
      await follow(series.getByRole('link', { name: /ICR Épisode #3/ }));
      await expect.poll(() => page.locator('h1').innerText()).toMatch(/^ICR Épisode #3/);
    } finally {
      await page.context().close();
    }
  });

  it('sends a visitor from a former address to the page, without JavaScript', async () => {
    const page = await newPage(session!.browser, { viewport: PHONE, javaScriptEnabled: false });
    try {
      await page.goto(session!.site.url('/actualites/docref_pcr_datacenter/'));
      await page.waitForURL((url) => url.pathname === '/actualites/docref-pcr-datacenter/');
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await page.context().close();
    }
  });

  it('sends no more than 200 KB of images before scrolling on a phone, on any post', async () => {
    const posts = fs
      .readdirSync(path.join(session!.site.outDir, 'actualites'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['page', 'tags', 'series'].includes(d.name))
      .map((d) => `/actualites/${d.name}/`)
      .filter(
        (p) =>
          !fs
            .readFileSync(path.join(session!.site.outDir, p, 'index.html'), 'utf8')
            .includes('http-equiv="refresh"'),
      );
    expect(posts.length).toBeGreaterThan(90);
    const heavy: string[] = [];
    const page = await newPage(session!.browser, { viewport: PHONE });
    try {
      for (const post of posts) {
        let bytes = 0;
        const count = (response: import('playwright-core').Response) => {
          if (response.request().resourceType() !== 'image') return;
          void response
            .body()
            .then((b) => (bytes += b.length))
            .catch(() => undefined);
        };
        page.on('response', count);
        await page.goto(session!.site.url(post), { waitUntil: 'load' });
        await page.waitForTimeout(50);
        page.off('response', count);
        if (bytes > 200_000) heavy.push(`${post}: ${Math.round(bytes / 1000)} KB`);
      }
    } finally {
      await page.context().close();
    }
    expect(heavy).toEqual([]);
  }, 300_000);
});
