import { describe, expect, it } from 'vitest';
import { newPage, browserSessionForFile, watchPage } from '../helpers/browser';
import { DESKTOP, PAGE_TYPES } from './pages';

const session = browserSessionForFile();

describe('with JavaScript enabled', () => {
  it.each(PAGE_TYPES)(
    '$name loads with no console error, no page error and no failed request',
    async ({ path, status }) => {
      const page = await newPage(session.browser, { viewport: DESKTOP });
      try {
        const watched = watchPage(page, { expectedStatus: status });
        expect((await page.goto(session.site.url(path), { waitUntil: 'load' }))?.status()).toBe(
          status,
        );
        // Let late requests (scripts, prefetches, images below the fold) settle.
        await page.waitForLoadState('networkidle');
        await page.mouse.wheel(0, 20_000);
        await page.waitForLoadState('networkidle');
        expect(watched.problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});
