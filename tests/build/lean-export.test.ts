import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES_WITH_JS } from '@/lib/pages-with-js.mjs';
import { measurePage } from '@/scripts/measure/page-weight.mjs';
import { listFiles } from '@/scripts/post-export/lean.mjs';
import { htmlPages, readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/**
 * The lean export on the site's own content, and the stock export (LEAN_EXPORT=0) beside it. If a
 * future Next writes its runtime differently and the step stops removing it, these fail.
 */
const files = (outDir: string) => listFiles(outDir).map((f) => path.relative(outDir, f));
const contentPages = (outDir: string) => htmlPages(outDir).filter((p) => !(p in PAGES_WITH_JS));

describe('lean export (npm run build)', () => {
  let lean: BuildResult;
  let stock: BuildResult;
  beforeAll(() => {
    lean = siteBuild('site');
    stock = siteBuild('site-stock');
    expect(lean.status, lean.output).toBe(0);
    expect(stock.status, stock.output).toBe(0);
  });

  it('the stock export does carry the Next runtime (so the checks below mean something)', () => {
    const post = readPage(stock.outDir, '/actualites/hop-mois-numerique-durable/');
    expect(post).toContain('self.__next_f');
    expect(
      measurePage(stock.outDir, '/actualites/hop-mois-numerique-durable/').jsBytes,
    ).toBeGreaterThan(100_000);
    expect(files(stock.outDir).some((f) => f.endsWith('.txt'))).toBe(true);
  });

  it('serves 0 bytes of JavaScript on every content page', () => {
    const pages = contentPages(lean.outDir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const weight = measurePage(lean.outDir, page);
      expect({ page, js: weight.jsBytes, scripts: weight.scriptCount }).toEqual({
        page,
        js: 0,
        scripts: 0,
      });
      expect(readPage(lean.outDir, page), page).not.toMatch(/<link[^>]+as="script"|modulepreload/);
    }
  });

  it('leaves no RSC payload anywhere: no self.__next_f, no .txt RSC files', () => {
    for (const file of files(lean.outDir)) {
      expect(path.basename(file), file).not.toMatch(/^__next\..*\.txt$|^index\.txt$/);
      if (/\.(html|txt|js|json)$/.test(file)) {
        expect(fs.readFileSync(path.join(lean.outDir, file), 'utf8'), file).not.toContain(
          '__next_f',
        );
      }
    }
  });

  it('leaves no JavaScript chunk that no page uses', () => {
    const declared = new Set(Object.values(PAGES_WITH_JS).flat());
    const chunks = files(lean.outDir).filter((f) => f.startsWith('_next') && /\.m?js$/.test(f));
    expect(chunks.filter((c) => !declared.has(`/${c}`))).toEqual([]);
  });

  it('keeps one minified stylesheet, linked by every page, and no web font', () => {
    const css = files(lean.outDir).filter((f) => f.endsWith('.css'));
    expect(css).toHaveLength(1);
    const text = fs.readFileSync(path.join(lean.outDir, css[0] ?? ''), 'utf8');
    expect(text.split('\n').length).toBeLessThanOrEqual(2);
    expect(text).not.toMatch(/\/\*[^!]/);
    expect(text).not.toContain('@font-face');
    expect(files(lean.outDir).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    for (const page of htmlPages(lean.outDir)) {
      expect(readPage(lean.outDir, page), page).toContain(`/${css[0]}"`);
    }
  });

  it('keeps only the utilities the pages use (no unused Tailwind class in the stylesheet)', () => {
    const css = files(lean.outDir).find((f) => f.endsWith('.css')) ?? '';
    const text = fs.readFileSync(path.join(lean.outDir, css), 'utf8');
    // A few utilities the site never uses: Tailwind 4 emits a class only when a source uses it.
    for (const unused of ['.grid-cols-12{', '.text-9xl{', '.bg-red-500{', '.animate-spin{']) {
      expect(text).not.toContain(unused);
    }
    // Raw bytes (5.8 KB gzip). 25.1 KB once the criteria, themes, sections, the one-menu
    // header and the measured table came (2026-11-30): the cap follows the features, with room for
    // a few more, and still catches a stylesheet that took every utility of a scanned folder.
    expect(Buffer.byteLength(text)).toBeLessThan(28_000);
  });

  it('declares an SVG icon on every page, served from the site', () => {
    for (const page of htmlPages(lean.outDir)) {
      expect(readPage(lean.outDir, page), page).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"/);
    }
    expect(fs.existsSync(path.join(lean.outDir, 'icon.svg'))).toBe(true);
  });

  it('ships only the generated images some page uses, and every image a page uses', () => {
    const media = files(lean.outDir).filter((f) => f.startsWith('media/'));
    expect(media.length).toBeGreaterThan(0);
    const allHtml = htmlPages(lean.outDir)
      .map((p) => readPage(lean.outDir, p))
      .join('\n');
    for (const file of media) expect(allHtml, file).toContain(`/${file}`);
    for (const page of htmlPages(lean.outDir)) {
      expect(measurePage(lean.outDir, page).missing, page).toEqual([]);
    }
  });

  it('reads the same without JavaScript: the menu is a native disclosure, links are plain', () => {
    const home = readPage(lean.outDir, '/');
    expect(home).toMatch(/<details[^>]*>\s*<summary/);
    expect(home).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('lean export under a base path', () => {
  let built: BuildResult;
  beforeAll(() => {
    built = siteBuild('site-base-path');
    expect(built.status, built.output).toBe(0);
  });

  it('removes the runtime and keeps the prefixed stylesheet, icon and images', () => {
    for (const page of contentPages(built.outDir)) {
      const weight = measurePage(built.outDir, page, { basePath: '/sous-dossier' });
      expect({ page, js: weight.jsBytes, missing: weight.missing }).toEqual({
        page,
        js: 0,
        missing: [],
      });
    }
    const post = readPage(built.outDir, '/actualites/hop-mois-numerique-durable/');
    expect(post).toMatch(/href="\/sous-dossier\/_next\/static\/[^"]+\.css"/);
    expect(post).toMatch(/srcSet="\/sous-dossier\/media\/[^"]+\.avif/);
    // JSON-LD is data, not code: the only <script> a content page keeps.
    expect(post).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    // No Next chunk and no RSC file is left; the search page's own script and Pagefind's files
    // are the only JavaScript of the site (lib/pages-with-js.mjs).
    expect(
      files(built.outDir).filter(
        (f) =>
          (/\.m?js$/.test(f) && !f.startsWith('pagefind/') && f !== 'recherche/recherche.js') ||
          /(^|\/)(__next\..*|index)\.txt$/.test(f),
      ),
    ).toEqual([]);
  });
});
