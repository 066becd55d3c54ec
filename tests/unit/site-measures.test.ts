import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHAPTER_LABEL,
  EVENT_LABEL,
  pageTypeLabel,
  pagesOfManifest,
  sortLabels,
} from '@/lib/measures/page-types.mjs';
import {
  kilobytes,
  overBudget,
  rowCells,
  summarize,
  type PageFigures,
} from '@/lib/measures/table.mjs';
import { readConfig } from '@/lib/config.mjs';
import { PAGE_BUDGET } from '@/lib/page-budgets.mjs';
import { DETAILS, fillSiteMeasures } from '@/scripts/post-export/site-measures.mjs';
import { measurePage } from '@/scripts/measure/page-weight.mjs';
import { measurePages, pagesToMeasure } from '@/scripts/measure/site-measures.mjs';

/** The table of measures of the eco-design statement: page types, figures, table, filling. */

const route = (srcRoute: string | null, routeType = 'page') => ({ srcRoute, routeType });

describe('page types, from the routes of the build', () => {
  const manifest = {
    routes: {
      '/': route('/'),
      '/actualites/a': route('/actualites/[slug]'),
      '/actualites/page/2': route('/actualites/page/[page]'),
      '/actualites': route('/actualites'),
      '/feed.xml': route('/feed.xml', 'route'),
      '/_not-found': route('/_not-found'),
      '/_global-error': route('/_global-error'),
      '/thematiques/sobriete': route('/thematiques/[theme]'),
    },
  };

  it('lists the pages with their route, not the files made by route handlers nor Next’s own', () => {
    expect(pagesOfManifest(manifest)).toEqual([
      { sitePath: '/', route: '/' },
      { sitePath: '/404.html', route: '/_not-found' },
      { sitePath: '/actualites/', route: '/actualites' },
      { sitePath: '/actualites/a/', route: '/actualites/[slug]' },
      { sitePath: '/actualites/page/2/', route: '/actualites/page/[page]' },
      { sitePath: '/thematiques/sobriete/', route: '/thematiques/[theme]' },
    ]);
  });

  it('reads addresses under a base path as site paths', () => {
    const pages = pagesOfManifest(
      { routes: { '/site': route('/'), '/site/actualites/a': route('/actualites/[slug]') } },
      '/site',
    );
    expect(pages.map((p) => p.sitePath)).toEqual(['/', '/actualites/a/']);
  });

  it('names a type by its route; a list and its later pages are one type', () => {
    const label = (sitePath: string, r: string) => pageTypeLabel({ sitePath, route: r }, () => '');
    expect(label('/actualites/', '/actualites')).toBe('Liste des actualités');
    expect(label('/actualites/page/2/', '/actualites/page/[page]')).toBe('Liste des actualités');
    expect(label('/404.html', '/_not-found')).toBe('Page introuvable (404)');
  });

  it('measures a route without a label under its route', () => {
    expect(pageTypeLabel({ sitePath: '/exemple/x/', route: '/exemple/[x]' }, () => '')).toBe(
      '/exemple/[x]',
    );
  });

  it('names in French the pages of a section and the themes, for the statement’s table', () => {
    const label = (sitePath: string, r: string) => pageTypeLabel({ sitePath, route: r }, () => '');
    expect(label('/formations/parcours/', '/[page]/[...path]')).toBe('Page d’une rubrique');
    expect(label('/thematiques/', '/thematiques')).toBe('Liste des thématiques');
    expect(label('/thematiques/achats/', '/thematiques/[theme]')).toBe('Thématique');
  });

  it('tells an event from a post by its schema.org data, a chapter from a publication by its depth', () => {
    const post = { sitePath: '/actualites/a/', route: '/actualites/[slug]' };
    const event =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event"}</script>';
    const article = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(pageTypeLabel(post, () => event)).toBe(EVENT_LABEL);
    expect(pageTypeLabel(post, () => article)).toBe('Actualité');
    const publication = (sitePath: string) =>
      pageTypeLabel({ sitePath, route: '/publications/[...path]' }, () => '');
    expect(publication('/publications/guide/')).toBe('Publication');
    expect(publication('/publications/guide/chapitre/')).toBe(CHAPTER_LABEL);
    expect(publication('/publications/guide/chapitre/section/')).toBe(CHAPTER_LABEL);
  });

  it('orders the table as the site reads, each kind after its route, unlabelled routes last', () => {
    expect(
      sortLabels([
        '/exemple/[x]',
        'Page du site',
        CHAPTER_LABEL,
        EVENT_LABEL,
        'Actualité',
        'Publication',
        'Accueil',
      ]),
    ).toEqual([
      'Accueil',
      'Actualité',
      EVENT_LABEL,
      'Publication',
      CHAPTER_LABEL,
      'Page du site',
      '/exemple/[x]',
    ]);
  });
});

const figures = (over: Partial<PageFigures>): PageFigures => ({
  sitePath: '/x/',
  type: 'Actualité',
  firstVisitGzip: 9_000,
  repeatVisitGzip: 3_000,
  totalGzip: 9_000,
  requests: 3,
  totalRequests: 3,
  dom: 120,
  jsBytes: 0,
  jsAllowed: false,
  ecoIndex: 91,
  grade: 'A',
  ...over,
});

describe('the figures of a type', () => {
  it('are the least good of its pages, each figure on its own', () => {
    const [summary] = summarize(
      [
        figures({ sitePath: '/a/', firstVisitGzip: 12_000, dom: 100, ecoIndex: 90 }),
        figures({ sitePath: '/b/', totalGzip: 80_000, totalRequests: 9, ecoIndex: 88, grade: 'A' }),
        figures({ sitePath: '/c/', dom: 300, ecoIndex: 89 }),
      ],
      { Actualité: 3 },
    );
    expect(summary).toEqual({
      label: 'Actualité',
      pages: 3,
      measured: 3,
      jsAllowed: false,
      worst: {
        firstVisitGzip: 12_000,
        repeatVisitGzip: 3_000,
        totalGzip: 80_000,
        requests: 3,
        totalRequests: 9,
        dom: 300,
        jsBytes: 0,
        ecoIndex: 88,
        grade: 'A',
      },
      over: [],
    });
  });

  it('name each budget they exceed; the search page may send its own script', () => {
    expect(
      overBudget(figures({ dom: PAGE_BUDGET.dom + 1, jsBytes: 10, requests: 5, ecoIndex: 84 })),
    ).toEqual(['requests', 'dom', 'jsBytes', 'ecoIndex']);
    expect(overBudget(figures({ jsBytes: 2_000, jsAllowed: true, requests: 4 }))).toEqual([]);
    expect(overBudget(figures({ firstVisitGzip: 30_001, repeatVisitGzip: 12_001 }))).toEqual([
      'firstVisitGzip',
      'repeatVisitGzip',
    ]);
  });

  it('are shown in French units, and a figure beyond its target says so in words', () => {
    expect(kilobytes(9_080)).toBe('9,1\u00a0ko');
    const [summary] = summarize(
      [figures({ firstVisitGzip: 31_234, totalGzip: 1_250_000, requests: 5, totalRequests: 12 })],
      { Actualité: 1 },
    );
    expect(rowCells(summary!)).toEqual([
      'Actualité (1 page)',
      `<strong>31,2\u00a0ko (au-delà de l’objectif)</strong> / 1\u202f250,0\u00a0ko`,
      '<strong>5 (au-delà de l’objectif)</strong> / 12',
      '120',
      'aucun',
      '91\u00a0(A)',
    ]);
  });

  it('say how many pages were measured when a type has more than the limit', () => {
    const [summary] = summarize([figures({})], { Actualité: 5_000 });
    expect(rowCells(summary!)[0]).toBe('Actualité (la page la plus lourde sur 5\u202f000)');
    const [two] = summarize([figures({}), figures({ sitePath: '/y/' })], { Actualité: 300 });
    expect(rowCells(two!)[0]).toBe('Actualité (2 pages les plus lourdes sur 300)');
  });
});

/** A small export, as the lean step leaves it, with Next's record of its routes. */
function writeExport(dir: string) {
  const css = `body{margin:0}${'.c{color:red}'.repeat(50)}`;
  const page = (title: string, body: string, head = '') =>
    `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/s.css"><link rel="icon" href="/icon.svg" type="image/svg+xml">${head}</head><body><main>${body}</main></body></html>`;
  const files: Record<string, string> = {
    's.css': css,
    'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'img/photo.jpg': 'x'.repeat(40_000),
    'index.html': page('Accueil', '<h1>Accueil</h1><img src="/img/photo.jpg" alt="">'),
    'actualites/a/index.html': page('A', `<h1>A</h1>${'<p>texte</p>'.repeat(20)}`),
    'actualites/b/index.html': page(
      'B',
      '<h1>B</h1><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event"}</script>',
    ),
    'actualites/lourde/index.html': page('Lourde', `<h1>Lourde</h1>${'<p>x</p>'.repeat(450)}`),
    'recherche/index.html': page(
      'Recherche',
      '<h1>Recherche</h1><script src="/recherche/recherche.js" type="module"></script>',
    ),
    'recherche/recherche.js': 'console.log(1);'.repeat(40),
    'declaration/index.html': page(
      'Déclaration',
      '<h1>Déclaration</h1><div class="prose"><p>Avant.</p><div data-site-measures=""><p>Le tableau apparaît ici.</p></div><p>Après.</p></div>',
    ),
    '404.html': page('Introuvable', '<h1>Introuvable</h1>'),
    'feed.xml': '<feed/>',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const manifest = {
    routes: {
      '/': route('/'),
      '/actualites/a': route('/actualites/[slug]'),
      '/actualites/b': route('/actualites/[slug]'),
      '/actualites/lourde': route('/actualites/[slug]'),
      '/recherche': route('/recherche'),
      '/declaration': route('/[page]'),
      '/_not-found': route('/_not-found'),
      '/feed.xml': route('/feed.xml', 'route'),
      // Written by the build, then removed by a post-export step: not a page of the export.
      '/actualites/__vide__': route('/actualites/[slug]'),
    },
  };
  const manifestFile = path.join(dir, '..', 'prerender-manifest.json');
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  return manifestFile;
}

describe('the post-export step, on a small export', () => {
  let tmp: string;
  let out: string;
  let details: {
    builtAt: string;
    types: ReturnType<typeof summarize>;
    pages: PageFigures[];
  };
  let page: ReturnType<typeof parse>;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'site-measures-'));
    out = path.join(tmp, 'out');
    const manifestFile = writeExport(out);
    fillSiteMeasures(out, {
      settings: readConfig({ BUILD_TIME: '2026-11-30T09:15:00+01:00' }),
      manifestFile,
    });
    details = JSON.parse(fs.readFileSync(path.join(out, DETAILS), 'utf8'));
    page = parse(fs.readFileSync(path.join(out, 'declaration', 'index.html'), 'utf8'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('puts the table in the placeholder’s place, with its caption and headers', () => {
    expect(page.querySelector('[data-site-measures]')).toBeNull();
    const table = page.querySelector('main .prose table')!;
    expect(table.querySelector('caption')?.text).toContain('par type de page');
    expect(table.querySelectorAll('thead th[scope=col]').length).toBe(6);
    expect(page.querySelector('main .prose')!.innerHTML).toMatch(
      /^<p>Avant\.<\/p><div [^>]*role="region"[^>]*><table[\s\S]*<\/table><\/div><p [^>]*>Mesures de la construction[\s\S]*<\/p><p>Après\.<\/p>$/,
    );
  });

  it('has one row per page type, feeds and removed pages left out', () => {
    expect(details.types.map((t) => [t.label, t.pages])).toEqual([
      ['Accueil', 1],
      ['Actualité', 2],
      [EVENT_LABEL, 1],
      ['Recherche', 1],
      ['Page du site', 1],
      ['Page introuvable (404)', 1],
    ]);
    const rows = page.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('th[scope=row]')!.text)).toEqual([
      'Accueil (1 page)',
      'Actualité (2 pages)',
      'Événement (1 page)',
      'Recherche (1 page)',
      'Page du site (1 page)',
      'Page introuvable (404) (1 page)',
    ]);
  });

  it('shows figures equal to what the page measurer says of the pages as published, the statement included', () => {
    const typed = details.pages.map((p) => ({ sitePath: p.sitePath, type: p.type }));
    const again = measurePages(out, typed);
    expect(again).toEqual(details.pages);
    const rows = page
      .querySelectorAll('tbody tr')
      .map((r) => r.querySelectorAll('th, td').map((c) => c.innerHTML));
    const expected = summarize(again, { Actualité: 2 }).map(rowCells);
    expect(rows).toEqual(expected);
    // The statement's own figures include its table.
    const statement = measurePage(out, '/declaration/');
    expect(statement.dom).toBeGreaterThan(50);
    expect(details.pages.find((p) => p.sitePath === '/declaration/')?.dom).toBe(statement.dom);
  });

  it('marks what is beyond its target, and lets the search page send its script', () => {
    const cells = (label: string) =>
      page
        .querySelectorAll('tbody tr')
        .find((r) => r.querySelector('th')!.text.startsWith(label))!
        .querySelectorAll('td')
        .map((c) => c.text);
    expect(cells('Actualité')[2]).toMatch(/^\d[\d\s]* \(au-delà de l’objectif\)$/);
    expect(cells('Recherche')[3]).toMatch(/^\d+,\d\u00a0ko \(recherche\)$/);
    expect(page.querySelector('p.text-muted')!.text).toContain(
      'Au-delà d’un objectif : Actualité (éléments HTML',
    );
  });

  it('dates the figures, and links to the figures of every page', () => {
    const sentence = page.querySelector('main .prose p.text-muted')!;
    expect(sentence.text).toContain('Mesures de la construction du 30 novembre 2026 à 09:15');
    expect(sentence.text).toContain('sur 7 pages');
    expect(sentence.querySelector('a')!.getAttribute('href')).toBe(`/${DETAILS}`);
    expect(details.builtAt).toBe('2026-11-30T08:15:00.000Z');
  });

  it('measures the heaviest pages of a type that has many, and always the pages holding the table', () => {
    const typed = [
      { sitePath: '/actualites/a/', type: 'Actualité' },
      { sitePath: '/actualites/lourde/', type: 'Actualité' },
      { sitePath: '/declaration/', type: 'Page du site' },
      { sitePath: '/404.html', type: 'Page du site' },
    ];
    const { chosen, pagesByType } = pagesToMeasure(out, typed, {
      max: 1,
      always: new Set(['/404.html']),
    });
    expect(pagesByType).toEqual({ Actualité: 2, 'Page du site': 2 });
    expect(chosen.map((p) => p.sitePath)).toEqual([
      '/actualites/lourde/',
      '/declaration/',
      '/404.html',
    ]);
  });
});
