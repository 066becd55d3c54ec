import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePage } from '@/scripts/measure/page-weight.mjs';
import { listFiles } from '@/scripts/post-export/lean.mjs';
import { htmlPages, readPage, type BuildResult } from '../helpers/build';
import { siteBuild, THOUSAND_POSTS } from '../helpers/builds';

/**
 * The export of a site with 1,000 posts (synthetic content from the benchmark's generator, with
 * post lengths modelled on the mission's real posts) stays small: the stock export costs about
 * 57 KB per post page because of the RSC files.
 */
const POSTS = THOUSAND_POSTS;
const MAX_OUT_BYTES = 30 * 1000 * 1000;

describe(`a site with ${POSTS} posts`, () => {
  let built: BuildResult;
  beforeAll(() => {
    built = siteBuild(`posts-${POSTS}`);
    expect(built.status, built.output.slice(-4000)).toBe(0);
  });

  it('builds one page per post', () => {
    const posts = htmlPages(built.outDir).filter((p) => /^\/actualites\/actualite-\d+\/$/.test(p));
    expect(posts).toHaveLength(POSTS);
  });

  /**
   * The whole of out/: pages, CSS, images, the search index (out/pagefind/), feeds and sitemap.
   * Each part is printed, as `npm run bench` does, so that a change shows where it lands.
   */
  it(`writes at most ${MAX_OUT_BYTES / 1e6} MB to out/, search index and feeds included`, () => {
    const sizes = { pages: 0, search: 0, feeds: 0 };
    for (const file of listFiles(built.outDir)) {
      const rel = path.relative(built.outDir, file);
      const kind = rel.startsWith(`pagefind${path.sep}`)
        ? 'search'
        : /\.(xml|json)$/.test(rel)
          ? 'feeds'
          : 'pages';
      sizes[kind] += fs.statSync(file).size;
    }
    const total = sizes.pages + sizes.search + sizes.feeds;
    console.log(
      `out/ for ${POSTS} posts: ${(total / 1e6).toFixed(1)} MB (pages and assets ${(sizes.pages / 1e6).toFixed(1)} MB, search index ${(sizes.search / 1e6).toFixed(1)} MB, feeds and sitemap ${(sizes.feeds / 1e6).toFixed(1)} MB)`,
    );
    expect(total).toBeLessThanOrEqual(MAX_OUT_BYTES);
    expect(sizes.search).toBeGreaterThan(0);
    expect(sizes.feeds).toBeGreaterThan(0);
  });

  it('ships no script on any page but the search page', () => {
    for (const page of htmlPages(built.outDir)) {
      if (page === '/recherche/') continue;
      // JSON-LD is data, not code.
      expect(/<script(?![^>]*application\/ld\+json)/.test(readPage(built.outDir, page)), page).toBe(
        false,
      );
    }
  });

  it('keeps every list page within the DOM budget, however many pages the list has', () => {
    const lists = htmlPages(built.outDir).filter((p) =>
      /^\/actualites\/(page\/\d+\/|tags\/[^/]+\/(page\/\d+\/)?)?$/.test(p),
    );
    expect(lists.length).toBeGreaterThan(80);
    for (const page of lists) {
      expect({ page, dom: Math.min(measurePage(built.outDir, page).dom, 400) }).toEqual({
        page,
        dom: measurePage(built.outDir, page).dom,
      });
    }
    expect(measurePage(built.outDir, '/actualites/').ecoIndex.score).toBeGreaterThanOrEqual(85);
  });

  it('resizes originals wider than 2000 px', () => {
    const media = listFiles(path.join(built.outDir, 'media')).map((f) => path.basename(f));
    const fromLarge = media.filter((f) => f.startsWith('bench-d-'));
    expect(fromLarge.length).toBeGreaterThan(0);
    const widths = fromLarge.map((f) => Number(/-(\d+)\.[a-z]+$/.exec(f)?.[1]));
    expect(Math.max(...widths)).toBe(2000);
  });
});
