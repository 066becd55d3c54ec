import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/** The site's own content (content/), built once and shared with other test files. */
let site: BuildResult;
beforeAll(() => {
  site = siteBuild('site');
});

const clean = (html: string) => html.replaceAll('<!-- -->', '');
const hrefs = (html: string) => [...html.matchAll(/href="([^"#]*)"/g)].map((m) => m[1]!);
const nav = (html: string, label: string) =>
  new RegExp(`<nav[^>]*aria-label="${label}"[\\s\\S]*?</nav>`).exec(clean(html))?.[0] ?? '';

// The example event (content/actualites/webinaire-rgesn-2027.md) ends then, Paris time.
const END = Date.parse('2027-01-14T11:30:00+01:00');

describe('a section of pages (content/pages/formations/)', () => {
  it('builds', () => {
    expect(site.status, site.output.slice(-2000)).toBe(0);
  });

  it('lists its pages on its own page, in the editors’ order, with what each holds', () => {
    const html = clean(readPage(site.outDir, '/formations/'));
    const list = /<section aria-labelledby="pages-de-la-rubrique"[\s\S]*?<\/section>/.exec(
      html,
    )?.[0];
    expect(hrefs(list ?? '')).toEqual([
      '/formations/parcours-en-ligne/',
      '/formations/prochaines-sessions/',
    ]);
    expect(list).toContain('Trois modules à suivre à son rythme');
    expect(nav(html, 'Dans cette rubrique')).toBe('');
  });

  it('gives each page the breadcrumb, the section’s menu and the previous page', () => {
    const html = readPage(site.outDir, '/formations/prochaines-sessions/');
    expect(hrefs(nav(html, 'Fil d’Ariane'))).toEqual(['/', '/formations/']);
    expect(hrefs(nav(html, 'Dans cette rubrique'))).toEqual([
      '/formations/',
      '/formations/parcours-en-ligne/',
      '/formations/prochaines-sessions/',
    ]);
    expect(nav(html, 'Pages précédente et suivante de la rubrique')).toMatch(
      /href="\/formations\/parcours-en-ligne\/" rel="prev"/,
    );
  });

  it('computes the upcoming sessions at build time, with when and how to register', () => {
    const html = clean(readPage(site.outDir, '/formations/prochaines-sessions/'));
    if (Date.now() < END) {
      expect(html).toContain('href="/actualites/webinaire-rgesn-2027/"');
      expect(html).toContain('jeudi 14 janvier 2027');
      expect(html).toContain('href="/agenda/webinaire-rgesn-2027.ics"');
    } else expect(html).toContain('Aucun événement à venir pour le moment.');
  });

  it('puts its pages under it in the site map', () => {
    const map = clean(readPage(site.outDir, '/plan-du-site/'));
    expect(map).toMatch(
      /href="\/formations\/">Formations<\/a><ul[^>]*><li><a href="\/formations\/parcours-en-ligne\/"/,
    );
  });
});
