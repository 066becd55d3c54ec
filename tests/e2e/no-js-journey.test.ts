import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, browserSessionForFile } from '../helpers/browser';
import { DESKTOP, PHONE } from './pages';

const session = browserSessionForFile();

/** Clicks a visible link, waits for the next page, and checks it answered 200. */
async function follow(page: Page, link: Locator): Promise<void> {
  await expect.poll(() => link.isVisible(), { timeout: 5_000 }).toBe(true);
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest()),
    link.click(),
  ]);
  await page.waitForLoadState('load');
  expect(response.status(), `status of ${response.url()}`).toBe(200);
}

const sitePath = (page: Page) => new URL(page.url()).pathname;

/** Opens the main navigation the way a visitor does on this viewport, and returns its link. */
async function mainNavLink(page: Page, label: string, phone: boolean): Promise<Locator> {
  if (phone) {
    const menu = page.locator('header details').first();
    await menu.locator('summary').click();
    await expect.poll(() => menu.getAttribute('open')).not.toBeNull();
    return menu.getByRole('link', { name: label, exact: true });
  }
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', {
    name: label,
    exact: true,
  });
}

/** Goes back up with the breadcrumb: its last link is the current page's parent. */
async function backWithBreadcrumb(page: Page): Promise<string> {
  const from = sitePath(page);
  const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link');
  const parent = crumbs.last();
  await follow(page, parent);
  const to = sitePath(page);
  expect(from.startsWith(to) && to !== from, `breadcrumb from ${from} led to ${to}`).toBe(true);
  return to;
}

for (const { label, viewport, phone } of [
  { label: 'desktop', viewport: DESKTOP, phone: false },
  { label: 'phone', viewport: PHONE, phone: true },
]) {
  describe(`without JavaScript, on ${label}, a visitor clicks their way`, () => {
    async function openHome(): Promise<Page> {
      const page = await newPage(session.browser, { viewport, javaScriptEnabled: false });
      const response = await page.goto(session.site.url('/'));
      expect(response?.status()).toBe(200);
      return page;
    }

    it('from the home page to the news, a tag, a post, its « Pour aller plus loin » card, and back up', async () => {
      const page = await openHome();
      try {
        await follow(page, await mainNavLink(page, 'Actualités', phone));
        expect(sitePath(page)).toBe('/actualites/');

        const filter = page.getByRole('navigation', { name: 'Filtrer les actualités par thème' });
        await follow(page, filter.getByRole('link', { name: /^Document de référence/ }));
        expect(sitePath(page)).toBe('/actualites/tags/document-de-reference/');
        await expect
          .poll(() => filter.locator('[aria-current="page"]').textContent())
          .toMatch(/^Document de référence/);

        await follow(
          page,
          page.getByRole('link', {
            name: 'Le référentiel général d’écoconception de services numériques, mode d’emploi',
          }),
        );
        expect(sitePath(page)).toBe('/actualites/referentiel-ecoconception-2024-mode-emploi/');
        expect(await page.locator('h1').textContent()).toContain('mode d’emploi');

        const card = page.getByRole('complementary', { name: 'Pour aller plus loin' });
        await follow(page, card.getByRole('link'));
        expect(sitePath(page)).toBe('/publications/referentiel-general-ecoconception/');

        expect(await backWithBreadcrumb(page)).toMatch(/^\/(publications\/)?$/);
      } finally {
        await page.context().close();
      }
    });

    it('from the news to the seed post, its « La boîte à outils » link, and back up', async () => {
      const page = await openHome();
      try {
        await follow(page, await mainNavLink(page, 'Actualités', phone));
        const seedTitle =
          'L’association Halte à l’Obsolescence Programmée lance le mois du numérique';
        const seedLink = page.getByRole('link', { name: seedTitle });
        for (let pages = 0; !(await seedLink.isVisible()); pages++) {
          expect(pages, 'seed post not found in the news pages').toBeLessThan(20);
          const pagination = page.getByRole('navigation', { name: 'Pagination' });
          await follow(page, pagination.getByRole('link', { name: /Page suivante/ }));
        }
        await follow(page, seedLink);
        expect(sitePath(page)).toBe('/actualites/hop-mois-numerique-durable/');

        // The links listed under the « Pour aller plus loin » heading of the body.
        const further = page.locator(
          'xpath=//h2[normalize-space()="Pour aller plus loin"]/following-sibling::ul[1]',
        );
        await follow(page, further.getByRole('link', { name: 'La boîte à outils' }));
        expect(sitePath(page)).toBe('/publications/boite-outils/');

        expect(await backWithBreadcrumb(page)).toMatch(/^\/(publications\/)?$/);
      } finally {
        await page.context().close();
      }
    });
  });
}
