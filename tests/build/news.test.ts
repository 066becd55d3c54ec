import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, htmlPages, pageExists, readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

// The seed's title has a non-breaking space: take it from the file rather than retype it.
const SEED_TITLE = /^title: "(.*)"$/m.exec(
  fs.readFileSync(
    path.join(FIXTURES, 'content-basic/actualites/hop-mois-numerique-durable.md'),
    'utf8',
  ),
)![1]!;

let build: BuildResult;
let out: string;
const page = (sitePath: string): HTMLElement => parse(readPage(out, sitePath));
const cardTitles = (sitePath: string) =>
  page(sitePath)
    .querySelectorAll('main li h2 a, main li h3 a')
    .map((a) => a.text.trim());

beforeAll(() => {
  // The fixture holds the seed post but not the publications it links to: its links are
  // reported as warnings (the default site's build tests check them as errors).
  build = siteBuild('basic');
  out = build.outDir;
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
});

describe('the seed post', () => {
  const seed = '/actualites/hop-mois-numerique-durable/';

  it('renders its title as the only h1, its date in French and no leftover interpolation', () => {
    const html = readPage(out, seed);
    const doc = parse(html);
    expect(doc.querySelectorAll('h1').map((h) => h.text.trim())).toEqual([SEED_TITLE]);
    const time = doc.querySelector('article header time');
    expect(time?.getAttribute('datetime')).toBe('2022-06-09');
    expect(time?.text).toBe('9 juin 2022');
    expect(html).not.toContain('{{');
  });

  it('shows its image once, optimised, with every file present in out/', () => {
    const doc = page(seed);
    const pictures = doc.querySelectorAll('article picture');
    expect(pictures).toHaveLength(1);
    const img = pictures[0]!.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    const urls = [
      img.getAttribute('src')!,
      ...pictures[0]!.querySelectorAll('source, img').flatMap((el) =>
        (el.getAttribute('srcset') ?? '')
          .split(',')
          .map((c) => c.trim().split(' ')[0]!)
          .filter(Boolean),
      ),
    ];
    expect(pictures[0]!.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual([
      'image/avif',
      'image/webp',
    ]);
    for (const url of urls) expect(fs.existsSync(path.join(out, url)), url).toBe(true);
  });

  it('renders the resource lists as links with their sources', () => {
    const text = page(seed).querySelector('main')!.text;
    expect(text).toContain('Quizz pour tester ses connaissances sur le numérique');
    expect(text).toContain('(HOP)');
    expect(page(seed).querySelector('a[href="/publications/boite-outils/"]')).not.toBeNull();
  });
});

describe('the news index', () => {
  it('lists posts newest first, 9 per page, then /page/2/', () => {
    const first = cardTitles('/actualites/');
    expect(first).toHaveLength(9);
    expect(first[0]).toBe('Actualité de test 13');
    expect(first[1]).toBe('Actualité de test 12');
    const second = cardTitles('/actualites/page/2/');
    // 15 published posts: 13 tests, the summer event (2025) and the seed (2022), oldest last.
    expect(second).toEqual([
      'Actualité de test 04',
      'Actualité de test 03',
      'Actualité de test 02',
      'Actualité de test 01',
      'Un événement d’été',
      SEED_TITLE,
    ]);
    expect(pageExists(out, '/actualites/page/3/')).toBe(false);
    expect(pageExists(out, '/actualites/page/1/')).toBe(false);
  });

  it('shows each card’s date in French in a <time> element, with image size', () => {
    const doc = page('/actualites/');
    const first = doc.querySelector('main ul.grid > li')!;
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-02-08');
    expect(first.querySelector('time')?.text).toBe('8 février 2026');
    for (const img of doc.querySelectorAll('main ul.grid > li img')) {
      expect(img.hasAttribute('alt')).toBe(true);
      expect(img.getAttribute('width')).toMatch(/^\d+$/);
      expect(img.getAttribute('height')).toMatch(/^\d+$/);
    }
  });

  it('has a tag filter with every tag and its count', () => {
    const links = page('/actualites/').querySelectorAll(
      'nav[aria-label="Filtrer les actualités par thème"] a',
    );
    const labels = links.map((a) => a.text.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual([
      'Toutes les actualités (15)',
      'Événement (14)',
      'Semaine NumEco 2026 (4)',
      'Document de référence (3)',
      'Outils (3)',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/actualites/',
      '/actualites/tags/evenement/',
      '/actualites/tags/semaine-numeco-2026/',
      '/actualites/tags/document-de-reference/',
      '/actualites/tags/outils/',
    ]);
  });
});

describe('tag pages', () => {
  it('list the posts of a tag, paginated, with the active tag marked', () => {
    expect(cardTitles('/actualites/tags/evenement/')).toHaveLength(9);
    expect(cardTitles('/actualites/tags/evenement/page/2/')).toHaveLength(5);
    expect(cardTitles('/actualites/tags/outils/')).toEqual([
      'Actualité de test 12',
      'Actualité de test 07',
      'Actualité de test 02',
    ]);
    const filter = page('/actualites/tags/outils/').querySelector(
      'nav[aria-label="Filtrer les actualités par thème"]',
    )!;
    expect(filter.querySelectorAll('[aria-current="page"]').map((a) => a.text.trim())).toEqual([
      'Outils (3)',
    ]);
    expect(page('/actualites/tags/outils/').querySelector('h1')?.text).toBe('Actualités – Outils');
  });

  it('have an index with counts and accent-free slugs', () => {
    const doc = page('/actualites/tags/');
    const hrefs = doc.querySelectorAll('main ul a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/actualites/tags/semaine-numeco-2026/');
    expect(doc.querySelector('main')!.text).toContain('14 articles');
  });
});

describe('posts', () => {
  it('are prerendered for files in nested folders with spaces and accents', () => {
    expect(page('/actualites/evenement-ete/').querySelector('h1')?.text).toBe('Un événement d’été');
    expect(page('/actualites/evenement-ete/').querySelector('main')!.text).toContain(
      'daté du 2025-07-08T10:30:00',
    );
  });

  it('publish relative images with the page and resize originals over 2000 px', () => {
    const relative = page('/actualites/test-05/').querySelector('article picture img')!;
    expect(relative.getAttribute('alt')).toBe('Un carré vert');
    expect(fs.existsSync(path.join(out, relative.getAttribute('src')!))).toBe(true);
    const large = page('/actualites/test-06/').querySelector('article picture img')!;
    expect(large.getAttribute('width')).toBe('2000');
    expect(large.getAttribute('height')).toBe('1000');
  });

  it('end with the link card, the tags and the previous/next posts', () => {
    const doc = page('/actualites/test-06/');
    expect(doc.querySelector('aside a[href="https://www.example.org/ressource"]')?.text).toContain(
      'Voir la ressource',
    );
    expect(doc.querySelectorAll('section a').map((a) => a.getAttribute('href'))).toEqual([
      '/actualites/tags/semaine-numeco-2026/',
      '/actualites/tags/evenement/',
    ]);
    const nav = doc.querySelector('nav[aria-label="Autres actualités"]')!;
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/actualites/test-05/');
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/actualites/test-07/');
  });

  it('keep raw HTML content but never its styles or event handlers', () => {
    const html = page('/actualites/test-08/').querySelector('.prose')!.toString();
    expect(html).toContain('<b>gardé</b><br>');
    expect(html).toContain('<a href="/actualites/">Lien gardé</a>');
    expect(html).not.toMatch(/style=|onclick|class="encart"/);
  });

  it('accept the former site’s legacy front matter keys', () => {
    expect(pageExists(out, '/actualites/test-07/')).toBe(true);
    expect(pageExists(out, '/ancien/')).toBe(false);
  });
});

describe('what is not published', () => {
  it('has no page for an unknown slug or tag', () => {
    expect(pageExists(out, '/actualites/nope/')).toBe(false);
    expect(pageExists(out, '/actualites/tags/nope/')).toBe(false);
    expect(htmlPages(out).filter((p) => p.includes('__vide__'))).toEqual([]);
    expect(
      fs.readdirSync(out, { recursive: true }).filter((f) => String(f).includes('__vide__')),
    ).toEqual([]);
  });

  it('leaves drafts and future posts out of every page', () => {
    expect(pageExists(out, '/actualites/brouillon/')).toBe(false);
    expect(pageExists(out, '/actualites/futur/')).toBe(false);
    expect(pageExists(out, '/actualites/tags/brouillon-seulement/')).toBe(false);
    expect(pageExists(out, '/actualites/tags/futur-seulement/')).toBe(false);
    for (const sitePath of htmlPages(out)) {
      const html = readPage(out, sitePath);
      expect(html, sitePath).not.toContain('Brouillon à ne jamais publier');
      expect(html, sitePath).not.toContain('Actualité du futur');
    }
  });

  it('answers unknown paths with a French 404 page', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('h1')?.text).toBe('Page introuvable');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
