import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, pageExists, readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/** The site's own content (content/), built once and shared with other test files. */
let site: BuildResult;
beforeAll(() => {
  site = siteBuild('site');
});

/** The page's own content, without the empty comments React puts between text parts. */
const main = (html: string) =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replaceAll('<!-- -->', '');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
const section = (html: string, id: string) =>
  new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

/** A site path leads to a file of the build: a page (`x/index.html`) or a file (`x.pdf`). */
function resolvesInOut(outDir: string, href: string): boolean {
  const clean = decodeURI(href.split(/[?#]/)[0]!);
  const file = clean.endsWith('/')
    ? path.join(outDir, clean, 'index.html')
    : path.join(outDir, clean);
  return fs.existsSync(file) && fs.statSync(file).isFile();
}

describe('the site build', () => {
  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('resolves every link of the seed page that starts with / to a file of out/', () => {
    const html = readPage(site.outDir, '/actualites/hop-mois-numerique-durable/');
    const internal = [
      ...new Set(hrefs(html).filter((h) => h.startsWith('/') && !h.startsWith('//'))),
    ];
    for (const required of [
      '/publications/',
      '/publications/boite-outils/',
      '/publications/referentiel-general-ecoconception/',
      '/publications/guide-pratique-achats-numeriques-responsables/',
      '/publications/bonnes-pratiques/',
      '/publications/videos-vers-un-numerique-ecoresponsable/',
    ]) {
      expect(internal).toContain(required);
    }
    expect(internal.filter((href) => !resolvesInOut(site.outDir, href))).toEqual([]);
  });

  it('renders the seed’s link lists as resource lists with targets’ titles, domains and sources', () => {
    const body = main(readPage(site.outDir, '/actualites/hop-mois-numerique-durable/'));
    expect(body.match(/class="resource-list/g)).toHaveLength(2);
    expect(body).toContain('<span>docs.google.com</span>');
    expect(body).toContain('<span>Source : HOP</span>');
    expect(body).toContain('<span>Source : Qu’est-ce qu’on fait</span>');
    expect(body).toContain('>Guide pratique pour des achats numériques responsables<');
    expect(body).not.toContain('target="_blank"');
  });

  it('lists focus publications first on the hub, then « Autres ressources », each in order', () => {
    const html = main(readPage(site.outDir, '/publications/'));
    const focus = hrefs(section(html, 'a-la-une'));
    const others = hrefs(section(html, 'autres-ressources'));
    expect(focus).toEqual([
      '/publications/boite-outils/',
      '/publications/referentiel-general-ecoconception/',
      '/publications/guide-pratique-achats-numeriques-responsables/',
    ]);
    expect(others).toEqual([
      '/publications/impact-bonnes-pratiques/',
      '/publications/grille-sobriete-exemple/',
      '/publications/bonnes-pratiques/',
      '/publications/videos-vers-un-numerique-ecoresponsable/',
      '/publications/guide-duree-de-vie-equipements/',
    ]);
    expect(html.indexOf('a-la-une')).toBeLessThan(html.indexOf('Autres ressources'));
    // Sub-pages are reached from their publication, not from the hub.
    expect(html).not.toContain('/publications/referentiel-general-ecoconception/criteres/');
  });

  it('gives sub-pages a breadcrumb through their publication', () => {
    const html = readPage(site.outDir, '/publications/referentiel-general-ecoconception/criteres/');
    const crumbs = /<nav aria-label="Fil d’Ariane"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(hrefs(crumbs)).toEqual([
      '/',
      '/publications/',
      '/publications/referentiel-general-ecoconception/',
    ]);
    expect(crumbs).toContain('Les familles de critères');
  });

  it('filters the toolbox by category and by scope with prerendered pages and counts', () => {
    const html = main(readPage(site.outDir, '/publications/boite-outils/'));
    const filters = [
      ...html.matchAll(
        /href="(\/publications\/boite-outils\/(?:categorie|perimetre)\/[^"]+)"[^>]*>([^<]+) <span aria-hidden="true">\((\d+)\)/g,
      ),
    ].map((m) => [m[1], m[2], Number(m[3])]);
    expect(filters).toEqual([
      ['/publications/boite-outils/categorie/analyse/', 'Analyse', 2],
      ['/publications/boite-outils/categorie/mesure/', 'Mesure', 3],
      ['/publications/boite-outils/categorie/referentiel/', 'Référentiel', 1],
      ['/publications/boite-outils/perimetre/code/', 'Code', 1],
      ['/publications/boite-outils/perimetre/equipement/', 'Équipement', 1],
      ['/publications/boite-outils/perimetre/serveur/', 'Serveur', 1],
      ['/publications/boite-outils/perimetre/site-web/', 'Site web', 3],
    ]);
    const toolLinks = (page: string) =>
      hrefs(main(readPage(site.outDir, page))).filter(
        (h) => /^\/publications\/boite-outils\/[^/]+\/$/.test(h) && !/categorie|perimetre/.test(h),
      );
    expect(new Set(toolLinks('/publications/boite-outils/')).size).toBe(6);
    for (const [url, , count] of filters) {
      const page = main(readPage(site.outDir, url as string));
      // One card per tool, its title the one link (components/publications/tool-card.tsx).
      const cards = page.match(/class="card-link"/g) ?? [];
      expect(cards, url as string).toHaveLength(count as number);
      expect(page).toMatch(new RegExp(`href="${url}" aria-current="page"`));
    }
    expect(toolLinks('/publications/boite-outils/perimetre/site-web/').sort()).toEqual([
      '/publications/boite-outils/ecoindex/',
      '/publications/boite-outils/greenit-analysis/',
      '/publications/boite-outils/lighthouse/',
    ]);
    expect(pageExists(site.outDir, '/publications/boite-outils/categorie/inconnue/')).toBe(false);
  });

  it('shows a tool sheet with its site, its source code and its details', () => {
    const html = main(readPage(site.outDir, '/publications/boite-outils/ecoindex/'));
    expect(html).toContain('href="https://www.ecoindex.fr/"');
    expect(html).toContain('href="https://github.com/cnumr/ecoindex_cli"');
    expect(html).toMatch(/<dt[^>]*>Catégorie<\/dt><dd>Mesure<\/dd>/);
    expect(html).toMatch(/<dt[^>]*>Licence<\/dt><dd>MIT<\/dd>/);
  });

  it('shows the focus publications on the home page, with the latest news', () => {
    const html = main(readPage(site.outDir, '/'));
    expect(hrefs(section(html, 'focus-publications'))).toContain(
      '/publications/referentiel-general-ecoconception/',
    );
    expect(section(html, 'latest-news').match(/<h3/g)?.length).toBeGreaterThanOrEqual(3);
  });

  /**
   * The site map lists every HTML page of the build except the 404 page, later pages of lists
   * (`/page/2/`), the toolbox's filtered views, and the pages reached from their lists or menus:
   * each news post (from the news, its tags, its series), each criterion of a collection and its
   * filtered views (from the criteria's index), and each chapter of a guide (from the guide's
   * menu). Every one of them is reached by following links from the map.
   */
  it('lists every published page in the site map, or a page reached from it', () => {
    const map = new Set(hrefs(main(readPage(site.outDir, '/plan-du-site/'))));
    const fromLists = (p: string) =>
      /^\/actualites\/(?!tags\/|series\/|page\/)[^/]+\/$/.test(p) ||
      /\/(critere|theme|priorite)\/[^/]+\/$/.test(p) ||
      /^\/publications\/(?!boite-outils\/)[^/]+\/.+\/$/.test(p);
    const all = htmlPages(site.outDir);
    const pages = all.filter(
      (p) =>
        !/^\/(404(\.html|\/)|_not-found\/)/.test(p) &&
        !/\/page\/\d+\/$/.test(p) &&
        !/^\/publications\/boite-outils\/(categorie|perimetre)\//.test(p),
    );
    const expected = pages.filter((p) => !fromLists(p));
    expect(expected.length).toBeGreaterThan(30);
    expect(expected.filter((p) => !map.has(p))).toEqual([]);
    expect([...map].filter((href) => !expected.includes(href))).toEqual([]);
    // Following links from the pages of the map, page after page, reaches every page left out.
    const exists = new Set(all);
    const reached = new Set(map);
    for (let queue = [...map]; queue.length > 0;) {
      const next = hrefs(main(readPage(site.outDir, queue.pop()!)))
        .map((h) => h.split('#')[0]!)
        .filter((h) => exists.has(h) && !reached.has(h));
      for (const h of next) reached.add(h);
      queue.push(...next);
    }
    const left = pages.filter(fromLists);
    expect(left.length).toBeGreaterThan(10);
    expect(left.filter((p) => !reached.has(p))).toEqual([]);
  });

  it('gives each page one h1 and a <title> of its own', () => {
    const titles = new Map<string, string>();
    for (const page of htmlPages(site.outDir).filter(
      (p) => !/^\/(404(\.html|\/)|_not-found\/)/.test(p),
    )) {
      const html = readPage(site.outDir, page.endsWith('/') ? page : page);
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      expect(title, page).toBeTruthy();
      expect(
        titles.get(title!),
        `${page} has the same title as ${titles.get(title!)}`,
      ).toBeUndefined();
      titles.set(title!, page);
    }
  });
});

describe('broken internal links', () => {
  it('stop the build with the file, the line and the link', () => {
    const result = siteBuild('broken-links');
    expect(result.status).toBe(1);
    const lines = result.output
      .split('\n')
      .filter((l) => l.includes('leads to no page'))
      .map((l) => l.trim());
    expect(lines).toEqual([
      'tests/fixtures/broken-links/actualites/liens-casses.md:4: link « /agenda/ancien-evenement/ » leads to no page',
      'tests/fixtures/broken-links/actualites/liens-casses.md:10: link « /publications/nope/ » leads to no page',
      'tests/fixtures/broken-links/actualites/liens-casses.md:12: link « /docs/rapport-absent.pdf » leads to no page',
    ]);
  });
});
