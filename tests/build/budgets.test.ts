import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET as BUDGET } from '@/lib/page-budgets.mjs';
import { measurePage } from '@/scripts/measure/page-weight.mjs';
import { htmlPages, pageExists, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/**
 * The page budgets of the lean export (lib/page-budgets.mjs), on the site's own content, as sizes
 * and counts computed from out/ (scripts/measure/page-weight.mjs): a first visit fetches the HTML, the
 * stylesheet and the icon.
 */

const PAGES = [
  '/',
  '/actualites/',
  '/actualites/hop-mois-numerique-durable/',
  // The publications hub comes with the publications issue: this budget applies once it exists.
  '/publications/',
];

describe('page budgets', () => {
  let built: BuildResult;
  let pages: string[];
  beforeAll(() => {
    built = siteBuild('site');
    expect(built.status, built.output).toBe(0);
    const tagPages = htmlPages(built.outDir).filter((p) => /^\/actualites\/tags\/[^/]+\/$/.test(p));
    pages = [...PAGES, ...tagPages];
  });

  it('every budgeted page exists (tag pages included)', () => {
    expect(pages.filter((p) => p.startsWith('/actualites/tags/')).length).toBeGreaterThan(0);
    for (const page of pages) expect(pageExists(built.outDir, page), page).toBe(true);
  });

  it('each page stays within its budget', () => {
    for (const page of pages.filter((p) => pageExists(built.outDir, p))) {
      const m = measurePage(built.outDir, page);
      const figures = {
        page,
        jsBytes: m.jsBytes,
        requests: m.requests,
        firstVisitGzip: m.firstVisitGzip,
        repeatVisitGzip: m.repeatVisitGzip,
        dom: m.dom,
        ecoIndex: m.ecoIndex.score,
        external: m.externalRequests,
      };
      expect(figures, JSON.stringify(m.ecoIndex)).toEqual({
        page,
        jsBytes: BUDGET.jsBytes,
        requests: Math.min(m.requests, BUDGET.requests),
        firstVisitGzip: Math.min(m.firstVisitGzip, BUDGET.firstVisitGzip),
        repeatVisitGzip: Math.min(m.repeatVisitGzip, BUDGET.repeatVisitGzip),
        dom: Math.min(m.dom, BUDGET.dom),
        ecoIndex: Math.max(m.ecoIndex.score, BUDGET.ecoIndex),
        external: [],
      });
    }
  });

  it('counts the content images of a list page in its EcoIndex', () => {
    const index = measurePage(built.outDir, '/actualites/');
    expect(index.imageRequests).toBeGreaterThan(0);
    expect(index.ecoIndex.requests).toBe(index.requests + index.imageRequests);
    expect(index.ecoIndex.sizeKb * 1000).toBeGreaterThan(
      index.firstVisitGzip + index.imageBytes - 10,
    );
  });

  it('a first visit is the HTML, one stylesheet and the icon, nothing else', () => {
    const m = measurePage(built.outDir, '/actualites/hop-mois-numerique-durable/');
    expect(m.list.filter((r) => r.kind !== 'image').map((r) => r.kind)).toEqual([
      'html',
      'css',
      'icon',
    ]);
  });
});
