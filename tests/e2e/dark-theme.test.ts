import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AXE_CONTEXT,
  SCREENSHOT_DIR,
  formatViolations,
  newPage,
  runAxe,
  browserSessionForFile,
} from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { DESKTOP, PAGE_TYPES, VIEWPORTS } from './pages';

const session = browserSessionForFile();
beforeAll(() => {
  fs.mkdirSync(path.join(ROOT, SCREENSHOT_DIR), { recursive: true });
});

const background = () => getComputedStyle(document.documentElement).backgroundColor;

describe('prefers-color-scheme: dark', () => {
  it('switches the site to its dark theme (and the light one stays light)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage(session.browser, { viewport: DESKTOP, colorScheme });
      try {
        await page.goto(session.site.url('/'));
        const [r = 0, g = 0, b = 0] = ((await page.evaluate(background)).match(/\d+/g) ?? []).map(
          Number,
        );
        const lightness = (r + g + b) / 3;
        if (colorScheme === 'dark') expect(lightness).toBeLessThan(60);
        else expect(lightness).toBeGreaterThan(200);
      } finally {
        await page.context().close();
      }
    }
  });

  for (const { label, viewport } of VIEWPORTS) {
    it.each(PAGE_TYPES)(
      `axe finds no contrast problem on $name on ${label}`,
      async ({ name, path: sitePath, status }) => {
        const page = await newPage(session.browser, {
          viewport,
          colorScheme: 'dark',
          ...AXE_CONTEXT,
        });
        try {
          expect((await page.goto(session.site.url(sitePath)))?.status()).toBe(status);
          if (label === 'phone') await page.locator('header details summary').first().click();
          await page.screenshot({
            path: path.join(ROOT, SCREENSHOT_DIR, `${name}-${label}-dark.png`),
            fullPage: true,
          });
          const violations = await runAxe(page, ['color-contrast', 'link-in-text-block']);
          expect(formatViolations(violations), `axe on ${sitePath} in dark mode`).toBe('');
        } finally {
          await page.context().close();
        }
      },
    );
  }
});
