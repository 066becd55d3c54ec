import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataText } from '@/lib/content/data-file';
import { measurePage } from '@/scripts/measure/page-weight.mjs';
import { readPage, type BuildResult } from '../helpers/build';
import { buildCorpus2026, CORPUS_2026, siteBuild } from '../helpers/builds';

/**
 * Pages from data, built: the RGESN of the mission's current site (imported, 78 criteria at their
 * former addresses with their former titles, downloads read back) and the example collection of
 * the site's own content.
 */
const RGESN = '/publications/referentiel-general-ecoconception/';
const available = fs.existsSync(path.join(CORPUS_2026, 'URLS.tsv'));
let corpus: ReturnType<typeof buildCorpus2026>;
let site: BuildResult;

// Two builds: one hook each, each within the hook timeout.
beforeAll(() => {
  if (available) corpus = buildCorpus2026();
});
beforeAll(() => {
  site = siteBuild('site');
});

const SUFFIX = / - Numérique écoresponsable$/;
const titleOf = (html: string) =>
  (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/ \| Numérique écoresponsable$/, '');
const main = (html: string) =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replaceAll('<!-- -->', '');

/** The RGESN lines of URLS.tsv: address and title without the site's suffix. */
function formerPages(): { url: string; title: string }[] {
  return fs
    .readFileSync(path.join(CORPUS_2026, 'URLS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([url]) => url?.includes('/referentiel-general-ecoconception/'))
    .map(([url = '', , title = '']) => ({ url, title: title.replace(SUFFIX, '') }));
}

const criteriaIds = () =>
  formerPages()
    .map((p) => /\/critere\/([^/]+)\/$/.exec(p.url)?.[1])
    .filter((id): id is string => Boolean(id))
    .sort();

describe.skipIf(!available)('the RGESN of the mission’s current site, imported and built', () => {
  it('answers each of its 84 former addresses with a page of the same title', () => {
    const pages = formerPages();
    expect(pages).toHaveLength(84);
    for (const { url, title } of pages) {
      let html = readPage(corpus.outDir, url);
      const to = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
      if (to) html = readPage(corpus.outDir, to);
      // A side page is a page of the publication now: its title says so after its own.
      expect(titleOf(html).split(' – ')[0], url).toBe(title);
    }
  });

  it('shows a criterion with its theme, priority, texts, way back and neighbours', () => {
    const html = main(readPage(corpus.outDir, `${RGESN}critere/4.1/`));
    expect(html).toContain('<p class="font-bold text-brand-strong">Critère 4.1</p>');
    expect(html).toContain(`href="${RGESN}theme/ux-ui/">UX/UI</a>`);
    expect(html).toMatch(/<dt[^>]*>Priorité<\/dt><dd><a href="[^"]*priorite\/[a-z-]+\/">/);
    for (const heading of ['Objectif', 'Mise en œuvre', 'Moyen de test ou de contrôle'])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain(`href="${RGESN}critere/3.7/" rel="prev"`);
    expect(html).toContain(`href="${RGESN}critere/4.2/" rel="next"`);
    expect(html).toContain('Tous les critères de la thématique «\u00a0UX/UI\u00a0» (15)');
    expect(html).toContain('data-pagefind-body');
    // Markdown of the data file, rendered: lists and links, no source syntax left.
    const first = main(readPage(corpus.outDir, `${RGESN}critere/1.1/`));
    expect(first).toContain(
      '<a href="https://sdgs.un.org/fr/goals">17 objectifs de développement durable</a>',
    );
    expect(first).not.toContain('](http');
  });

  it('filters the index by theme and by priority with plain links, the current one marked', () => {
    const html = main(readPage(corpus.outDir, `${RGESN}theme/ux-ui/`));
    expect(html).toContain(`<a href="${RGESN}theme/ux-ui/" aria-current="page" class="pill">`);
    expect(html).toMatch(/<h2 id="criteres"[^>]*>15 critères<\/h2>/);
    expect(
      html.match(/href="\/publications\/referentiel-general-ecoconception\/critere\//g),
    ).toHaveLength(15);
    // No script but data (the breadcrumb's JSON-LD): the filters are links.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const index = main(readPage(corpus.outDir, RGESN));
    expect(index).toMatch(/<h2 id="criteres"[^>]*>78 critères en 9 thématiques<\/h2>/);
    expect(index).toContain(
      `<a href="${RGESN}theme/ux-ui/" class="font-bold">UX/UI : 15 critères</a>`,
    );
    expect(index).toContain(`<a href="${RGESN}" aria-current="page" class="pill">`);
    const priority = main(readPage(corpus.outDir, `${RGESN}priorite/prioritaire/`));
    expect(priority).toMatch(/<h2 id="criteres"[^>]*>30 critères<\/h2>/);
  });

  it('publishes the framework as CSV and JSON that read back to the 78 criteria of URLS.tsv', () => {
    const index = main(readPage(corpus.outDir, RGESN));
    expect(index).toContain(`href="${RGESN}rgesn.csv"`);
    expect(index).toContain('Licence Ouverte / Etalab 2.0');
    const csvBytes = fs.readFileSync(path.join(corpus.outDir, RGESN, 'rgesn.csv'));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseDataText('rgesn.csv', csvBytes.toString('utf8'), 'csv');
    expect(csv.problems).toEqual([]);
    const rows = csv.doc!.value as Record<string, string>[];
    expect(rows.map((r) => r.numero).sort()).toEqual(criteriaIds());
    const data = JSON.parse(fs.readFileSync(path.join(corpus.outDir, RGESN, 'rgesn.json'), 'utf8'));
    expect(data.licence.nom).toBe('Licence Ouverte / Etalab 2.0');
    expect(data.criteres.map((c: { numero: string }) => c.numero).sort()).toEqual(criteriaIds());
    expect(data.thematiques).toHaveLength(9);
    expect(fs.existsSync(path.join(corpus.outDir, 'data-files.json'))).toBe(false);
  });

  it('keeps each of its page types within the budgets of the site’s own pages', () => {
    // The whole index (body, images, themes), a theme, the largest filter (30), a criterion.
    const figures = ['', 'theme/ux-ui/', 'priorite/prioritaire/', 'critere/1.1/'].map((page) => {
      const m = measurePage(corpus.outDir, `${RGESN}${page}`);
      return { page, js: m.jsBytes, requests: m.requests, dom: m.dom, ecoIndex: m.ecoIndex.score };
    });
    for (const f of figures) {
      expect(f.js, f.page).toBe(0);
      expect(f.requests, f.page).toBeLessThanOrEqual(4);
      expect(f.dom, f.page).toBeLessThanOrEqual(400);
      expect(f.ecoIndex, JSON.stringify(f)).toBeGreaterThanOrEqual(85);
    }
  });

  it('lists the criteria in the sitemap, and the framework in the site map', () => {
    const sitemap = fs.readFileSync(path.join(corpus.outDir, 'sitemap.xml'), 'utf8');
    for (const id of criteriaIds()) expect(sitemap).toContain(`${RGESN}critere/${id}/</loc>`);
    expect(sitemap).toContain(`${RGESN}theme/ux-ui/</loc>`);
    // The criteria are reached from the framework's index, which the site map links to.
    expect(readPage(corpus.outDir, '/plan-du-site/')).toContain(`href="${RGESN}"`);
  });
});

describe('the example collection of the site’s own content', () => {
  const BASE = '/publications/grille-sobriete-exemple/';

  it('builds its criteria, filters and downloads, and keeps the hand-written RGESN pages', () => {
    expect(site.status, site.output.slice(-2000)).toBe(0);
    const criterion = main(readPage(site.outDir, `${BASE}critere/2.1/`));
    expect(criterion).toContain('Les pages de contenu fonctionnent-elles sans JavaScript ?');
    expect(criterion).toContain('<strong>liens simples</strong>');
    const filtered = main(readPage(site.outDir, `${BASE}theme/pages/`));
    expect(filtered).toMatch(/<h2 id="criteres"[^>]*>3 critères<\/h2>/);
    const data = JSON.parse(
      fs.readFileSync(path.join(site.outDir, BASE, 'grille-sobriete-exemple.json'), 'utf8'),
    );
    expect(data.criteres).toHaveLength(7);
    for (const page of ['', 'criteres/', 'declaration/'])
      expect(readPage(site.outDir, `${RGESN}${page}`)).toContain('<h1');
  });
});
