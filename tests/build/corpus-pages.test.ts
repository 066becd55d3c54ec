import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_PAGE_FOLDERS } from '@/lib/import/site-pages';
import { TOOLBOX_DIR } from '@/lib/import/toolbox';
import { readPage } from '../helpers/build';
import { buildCorpus2026, CORPUS_2026 } from '../helpers/builds';

/**
 * The mission's current site, imported and built: its pages (about, legal, …), its training and
 * barometer sections and its toolbox answer at every address URLS.tsv lists, with their titles.
 */
const available = fs.existsSync(path.join(CORPUS_2026, 'URLS.tsv'));
let build: ReturnType<typeof buildCorpus2026>;

beforeAll(() => {
  if (available) build = buildCorpus2026();
});

const SOURCES = [...SITE_PAGE_FOLDERS.map((f) => `content/${f}/`), `${TOOLBOX_DIR}/`];

const lines = () =>
  fs
    .readFileSync(path.join(CORPUS_2026, 'URLS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([, source]) => SOURCES.some((s) => source!.startsWith(s)))
    .map(([url, source, title]) => ({
      url: url!,
      source: source!,
      title: title!.replace(/ - Numérique écoresponsable$/, ''),
    }));

const clean = (html: string) => html.replaceAll('<!-- -->', '');
const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .trim();

/** The page an address shows: itself, or the one its redirect page leads to (one hop). */
function landing(url: string): { page: string; html: string; redirected: boolean } | undefined {
  const file = path.join(build.outDir, url, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  const html = fs.readFileSync(file, 'utf8');
  const to = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
  if (!to) return { page: url, html, redirected: false };
  const target = path.join(build.outDir, to, 'index.html');
  if (!fs.existsSync(target)) return undefined;
  const landed = fs.readFileSync(target, 'utf8');
  return landed.includes('http-equiv="refresh"')
    ? undefined
    : { page: to, html: landed, redirected: true };
}

describe.skipIf(!available)(
  'the mission’s pages, training, barometer and toolbox, imported',
  () => {
    it('builds with no error', () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
    });

    it('answers every URLS.tsv address of these sections with a page of the same title', () => {
      const all = lines();
      expect(all).toHaveLength(31);
      const wrong: string[] = [];
      let redirects = 0;
      for (const line of all) {
        const found = landing(line.url);
        if (!found) {
          wrong.push(`${line.url}: no page`);
          continue;
        }
        if (found.redirected) redirects++;
        const html = clean(found.html);
        const h1 = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
        const title = decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
        if (h1 !== line.title) wrong.push(`${line.url}: h1 « ${h1} », not « ${line.title} »`);
        if (!title.startsWith(line.title))
          wrong.push(`${line.url}: title « ${title} », not « ${line.title} »`);
      }
      expect(wrong).toEqual([]);
      // The 14 tool sheets moved from /fiches/<x>/ to /<x>/; every other page kept its address.
      expect(redirects).toBe(14);
    });

    it('gives a training page its breadcrumb, the section’s menu and the pages around it', () => {
      const html = clean(readPage(build.outDir, '/formations/parcours-mooc/'));
      const nav = (label: string) =>
        new RegExp(`<nav[^>]*aria-label="${label}"[\\s\\S]*?</nav>`).exec(html)?.[0] ?? '';
      const hrefs = (text: string) => [...text.matchAll(/href="([^"#]*)"/g)].map((m) => m[1]);
      expect(hrefs(nav('Fil d’Ariane'))).toEqual(['/', '/formations/']);
      // The former site's menu order (eleventyNavigation.order), kept as `order:`.
      expect(hrefs(nav('Dans cette rubrique'))).toEqual([
        '/formations/',
        '/formations/prochaines-formations/',
        '/formations/referentiel-competences/',
        '/formations/parcours-mooc/',
        '/formations/autres-formations/',
      ]);
      expect(nav('Pages précédente et suivante de la rubrique')).toMatch(
        /href="\/formations\/referentiel-competences\/" rel="prev"[\s\S]*href="\/formations\/autres-formations\/" rel="next"/,
      );
      // The section's own page lists its pages.
      const section = clean(readPage(build.outDir, '/formations/'));
      expect(section).toContain('id="pages-de-la-rubrique"');
      expect(section).toContain('href="/formations/parcours-mooc/"');
    });

    it('lists upcoming training sessions, computed at build time from the events', () => {
      const html = clean(readPage(build.outDir, '/formations/prochaines-formations/'));
      const posts = fs
        .readdirSync(path.join(build.content, 'actualites'), {
          recursive: true,
          withFileTypes: true,
        })
        .filter((d) => d.isFile() && d.name.endsWith('.md'))
        .map((d) => fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'))
        .map((text) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1])
        .flatMap((yaml) => {
          try {
            return [parse(yaml ?? '') as { tags?: unknown; event?: { start?: unknown } }];
          } catch {
            return [];
          }
        });
      const sessions = posts.filter(
        (p) =>
          Array.isArray(p.tags) &&
          p.tags.includes('Formation') &&
          p.tags.includes('Événement') &&
          p.event?.start !== undefined &&
          Date.parse(String(p.event.start)) > Date.parse('2026-11-26'),
      );
      const section = html.slice(
        html.indexOf('<h2 id="prochaines-dates"'),
        html.indexOf('<h2 id="public-concerné"'),
      );
      if (sessions.length === 0)
        expect(section).toContain('Aucun événement à venir pour le moment.');
      else expect(section.match(/<article/g)?.length).toBeGreaterThanOrEqual(sessions.length);
      expect(html).not.toMatch(/\{%|postslist/);
    });

    it('merges the 14 sheets into the toolbox: listing, facets and each sheet’s characteristics', () => {
      const listing = clean(readPage(build.outDir, '/publications/boite-outils/'));
      expect(listing.match(/class="card-link"/g)).toHaveLength(14);
      expect(listing).toContain('Sélection non-exhaustive de logiciels libres');
      expect(listing).not.toContain('{{');
      const sheet = clean(readPage(build.outDir, '/publications/boite-outils/numecoeval/'));
      expect(sheet).toContain('<dt class="font-bold">Technologie principale</dt><dd>Java</dd>');
      expect(sheet).toContain(
        'href="https://gitlab-forge.din.developpement-durable.gouv.fr/pub/numeco/m4g/numecoeval"',
      );
      expect(readPage(build.outDir, '/publications/boite-outils/perimetre/web/')).toContain(
        'href="/publications/boite-outils/carbonalyser/"',
      );
    });

    it('puts the sections’ pages under their section in the site map', () => {
      const map = clean(readPage(build.outDir, '/plan-du-site/'));
      expect(map).toMatch(
        /href="\/barometre\/">Baromètre<\/a><ul[^>]*><li><a href="\/barometre\/feuilles-de-route-des-ministeres\/"/,
      );
    });
  },
);
