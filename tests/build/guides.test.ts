import { beforeAll, describe, expect, it } from 'vitest';
import { pageExists, readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/** The site's own content (content/), built once and shared with other test files. */
let site: BuildResult;
beforeAll(() => {
  site = siteBuild('site');
});

const GUIDE = '/publications/guide-duree-de-vie-equipements/';
const CHAPTER = `${GUIDE}achat-et-usage/`;
const DEEP = `${CHAPTER}entretenir-et-reparer/`;

const clean = (html: string) => html.replaceAll('<!-- -->', '');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
const nav = (html: string, label: string) =>
  new RegExp(`<nav[^>]*aria-label="${label}"[\\s\\S]*?</nav>`).exec(clean(html))?.[0] ?? '';

describe('a guide with chapters', () => {
  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('publishes a page three levels deep under /publications/', () => {
    expect(pageExists(site.outDir, DEEP)).toBe(true);
    expect(clean(readPage(site.outDir, DEEP))).toContain(
      '<h1 class="text-step-3 font-bold leading-tight">Entretenir et réparer</h1>',
    );
  });

  it('shows the guide’s menu in order, the current page’s branch open and the page marked', () => {
    const menu = nav(readPage(site.outDir, DEEP), 'Sommaire du guide');
    expect(hrefs(menu)).toEqual([
      GUIDE,
      `${GUIDE}enjeux/`,
      CHAPTER,
      `${CHAPTER}choisir-du-materiel-durable/`,
      DEEP,
      `${GUIDE}fin-d-usage/`,
    ]);
    expect(menu.match(/aria-current="page"/g)).toHaveLength(1);
    expect(menu).toMatch(new RegExp(`href="${DEEP}" aria-current="page"`));
    // The sections sit in a list inside their chapter's item.
    expect(menu).toMatch(
      /Acheter et utiliser<\/a><ol[^>]*><li><a[^>]*>Choisir du matériel durable/,
    );
  });

  it('keeps the sections of another chapter closed: each page’s menu stays short', () => {
    const menu = nav(readPage(site.outDir, `${GUIDE}enjeux/`), 'Sommaire du guide');
    expect(hrefs(menu)).toEqual([GUIDE, `${GUIDE}enjeux/`, CHAPTER, `${GUIDE}fin-d-usage/`]);
    // The chapter's own page opens it: its sections are one click from the guide's menu.
    expect(hrefs(nav(readPage(site.outDir, CHAPTER), 'Sommaire du guide'))).toContain(DEEP);
  });

  it('puts the menu after the text, with a link to it at the top for small screens', () => {
    const html = clean(readPage(site.outDir, DEEP));
    expect(html.indexOf('aria-label="Sommaire du guide"')).toBeGreaterThan(
      html.indexOf('class="prose"'),
    );
    expect(html).toContain('href="#guide-sommaire"');
    expect(html).toContain('id="guide-sommaire"');
  });

  it('links to the previous and next pages in reading order', () => {
    const pager = (url: string) => {
      const html = nav(readPage(site.outDir, url), 'Pages précédente et suivante du guide');
      return {
        previous: /href="([^"]*)" rel="prev"/.exec(html)?.[1],
        next: /href="([^"]*)" rel="next"/.exec(html)?.[1],
      };
    };
    expect(pager(DEEP)).toEqual({
      previous: `${CHAPTER}choisir-du-materiel-durable/`,
      next: `${GUIDE}fin-d-usage/`,
    });
    expect(pager(GUIDE)).toEqual({ previous: undefined, next: `${GUIDE}enjeux/` });
    expect(pager(`${GUIDE}fin-d-usage/`)).toEqual({ previous: DEEP, next: undefined });
  });

  it('gives a breadcrumb down the whole path', () => {
    const crumbs = nav(readPage(site.outDir, DEEP), 'Fil d’Ariane');
    expect(hrefs(crumbs)).toEqual(['/', '/publications/', GUIDE, CHAPTER]);
    expect(crumbs).toContain('<span aria-current="page">Entretenir et réparer</span>');
  });

  it('lists the sections of a long page under « Sur cette page », each leading to its heading', () => {
    const html = clean(readPage(site.outDir, `${GUIDE}enjeux/`));
    const toc = hrefs(nav(html, 'Sur cette page'));
    expect(toc).toEqual([
      '#la-fabrication-pèse-le-plus',
      '#chaque-année-dusage-compte',
      '#des-bénéfices-au-delà-de-lenvironnement',
      '#ce-que-le-guide-propose',
    ]);
    for (const href of toc) expect(html).toContain(`<h2 id="${href.slice(1)}">`);
    expect(nav(readPage(site.outDir, DEEP), 'Sur cette page')).toBe('');
  });

  it('keeps chapters off the publications hub, and the toolbox on its own routes', () => {
    const hub = readPage(site.outDir, '/publications/');
    expect(hub).toContain(`href="${GUIDE}"`);
    expect(hub).not.toContain(`href="${CHAPTER}"`);
    expect(readPage(site.outDir, '/publications/boite-outils/')).toContain(
      '/publications/boite-outils/categorie/',
    );
    expect(pageExists(site.outDir, '/publications/boite-outils/ecoindex/')).toBe(true);
  });
});
