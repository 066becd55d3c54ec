import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, newPage, browserSessionForFile } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { DESKTOP, PAGE_TYPES, PHONE } from './pages';

const session = browserSessionForFile();
beforeAll(() => {
  fs.mkdirSync(path.join(ROOT, SCREENSHOT_DIR), { recursive: true });
});

/** Elements sticking out of the viewport on the right, to say what scrolls sideways. */
function overflowingElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 0.5 && rect.width > 0) {
        out.push(
          `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right=${Math.round(rect.right)}`,
        );
      }
    }
    return out.slice(0, 10);
  }, width);
}

for (const { label, viewport } of [
  { label: 'phone', viewport: PHONE },
  { label: 'desktop', viewport: DESKTOP },
]) {
  describe(`${label} (${viewport.width} x ${viewport.height})`, () => {
    it.each(PAGE_TYPES)(
      `$name has no horizontal scrolling (screenshot in ${SCREENSHOT_DIR}/)`,
      async ({ name, path: sitePath, status }) => {
        const page = await newPage(session.browser, { viewport, javaScriptEnabled: false });
        try {
          expect((await page.goto(session.site.url(sitePath)))?.status()).toBe(status);
          await page.screenshot({
            path: path.join(ROOT, SCREENSHOT_DIR, `${name}-${label}.png`),
            fullPage: true,
          });
          const scrollWidth = await page.evaluate(
            () => document.scrollingElement?.scrollWidth ?? 0,
          );
          expect(
            scrollWidth,
            `page is ${scrollWidth}px wide: ${(await overflowingElements(page, viewport.width)).join(', ')}`,
          ).toBeLessThanOrEqual(viewport.width);
        } finally {
          await page.context().close();
        }
      },
    );
  });
}

describe('main navigation without JavaScript', () => {
  it('on a phone, the menu is closed, opens on a click, fits the screen, and its links work', async () => {
    const page = await newPage(session.browser, { viewport: PHONE, javaScriptEnabled: false });
    try {
      await page.goto(session.site.url('/'));
      // One menu for every screen: on a phone, its links wait behind « Menu ».
      const menu = page.locator('header details').first();
      const link = menu.getByRole('link', { name: 'Actualités', exact: true });
      expect(await link.isVisible()).toBe(false);

      await menu.locator('summary').click();
      expect(await link.isVisible()).toBe(true);
      await page.screenshot({ path: path.join(ROOT, SCREENSHOT_DIR, 'menu-open-phone.png') });
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      // Every link of the open menu is large enough to tap (WCAG 2.5.8: 24 x 24 px at least).
      for (const box of await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()))) {
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.right).toBeLessThanOrEqual(PHONE.width);
      }

      await Promise.all([page.waitForURL('**/actualites/'), link.click()]);
      expect(await page.locator('h1').textContent()).toContain('Actualités');
      expect(await page.locator('header details').first().getAttribute('open')).toBeNull();
    } finally {
      await page.context().close();
    }
  });

  it('on a desktop, the same menu shows its links inline, without its « Menu » button', async () => {
    const page = await newPage(session.browser, { viewport: DESKTOP, javaScriptEnabled: false });
    try {
      await page.goto(session.site.url('/actualites/'));
      expect(await page.locator('header details summary').first().isVisible()).toBe(false);
      // The header holds the menu once (not a copy for phones and one for wide screens).
      expect(await page.locator('header nav').count()).toBe(1);
      const inline = page.getByRole('navigation', { name: 'Navigation principale' });
      const home = inline.getByRole('link', { name: 'Accueil', exact: true });
      await Promise.all([page.waitForURL(session.site.url('/')), home.click()]);
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await page.context().close();
    }
  });
});
