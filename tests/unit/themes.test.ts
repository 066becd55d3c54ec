import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFrontMatterLinks } from '@/lib/content/check-links';
import { parseEntry, type SourceFile } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';
import { buildPageIndex, buildSiteMap } from '@/lib/content/site-pages';
import { resolveTheme, sortThemes } from '@/lib/content/themes';
import type { PageEntry, ThemeEntry } from '@/lib/content/types';
import { importWithEnv } from '../helpers/env';

const FILE = 'content/thematiques/sobriete.md';
const theme = (source: string): SourceFile => ({
  kind: 'theme',
  file: FILE,
  absPath: `/abs/${FILE}`,
  slug: 'sobriete',
  url: '/thematiques/sobriete/',
  source,
});

const parsed = (source: string) => parseEntry(theme(source));
const entryOf = (source: string) => {
  const { entry, problems } = parsed(source);
  expect(problems).toEqual([]);
  return entry as ThemeEntry;
};

const page = (slug: string, title: string, extra: Partial<PageEntry> = {}): PageEntry => ({
  kind: 'page',
  file: `content/pages/${slug}.md`,
  absPath: `/abs/content/pages/${slug}.md`,
  slug,
  url: `/${slug}/`,
  title,
  draft: false,
  unlisted: false,
  aliases: [],
  format: 'md',
  body: '',
  bodyLine: 3,
  data: {},
  keyLines: {},
  ...extra,
});

const pages = buildPageIndex({
  news: [],
  publications: [],
  tools: [],
  pages: [
    page('financement', 'Financement', { description: 'Un guichet pour vos projets.' }),
    page('contact', 'Nous écrire', { aliases: ['/ecrire/'] }),
  ],
});

afterEach(() => vi.unstubAllEnvs());

describe('theme front matter', () => {
  it('reads items and sections, each item with the line it is written on', () => {
    const entry = entryOf(
      '---\ntitle: Sobriété\norder: 3\nitems:\n  - /financement/\nsections:\n  - title: Outils\n    items:\n      - /contact/\n      - /publications/boite-outils\n---\nTexte.\n',
    );
    expect(entry.order).toBe(3);
    expect(entry.sections).toEqual([
      { items: [{ path: '/financement/', field: 'items.0', line: 5 }] },
      {
        title: 'Outils',
        items: [
          { path: '/contact/', field: 'sections.0.items.0', line: 9 },
          // A path without its trailing slash gets it, as aliases do.
          { path: '/publications/boite-outils/', field: 'sections.0.items.1', line: 10 },
        ],
      },
    ]);
  });

  it('reports an item that is not a site path at its own line, naming the field', () => {
    const { entry, problems } = parsed(
      '---\ntitle: T\nitems:\n  - /financement/\n  - https://exemple.fr/\n---\n',
    );
    expect(entry).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:5: items.1: « https://exemple.fr/ » is not a site path (/actualites/ancienne-adresse/)`,
    ]);
  });

  it('reports a section without a title, or with an unknown key, at the section', () => {
    const { problems } = parsed(
      '---\ntitle: T\nsections:\n  - items:\n      - /financement/\n  - title: B\n    liens: [/contact/]\n---\n',
    );
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:4: sections.0.title: is required: add a line « title: … » to the front matter`,
      `${FILE}:6: sections.1.items: is required: add « items: » and the pages, one a line: « - /publications/guide/ »`,
      `${FILE}:6: sections.1: unknown key « liens »: a section has « title: » and « items: »`,
    ]);
  });
});

describe('theme references', () => {
  it('makes a reference to nothing an error at its file:line, naming the field and the entry', () => {
    const entry = entryOf('---\ntitle: T\nitems:\n  - /financement/\n  - /nulle-part/\n---\n');
    expect(checkFrontMatterLinks([entry], pages).map(formatProblem)).toEqual([
      `${FILE}:5: items.1: « /nulle-part/ » leads to no page of the site: write the address of a published page (/publications/…/), or remove the line`,
    ]);
  });

  it('reports it as a warning for an import (LINKS=warn), like other links', async () => {
    const imported = await importWithEnv(
      { LINKS: 'warn' },
      () => import('@/lib/content/check-links'),
    );
    const entry = entryOf(
      '---\ntitle: T\nsections:\n  - title: A\n    items: [/nulle-part/]\n---\n',
    );
    const [problem] = imported.checkFrontMatterLinks([entry], pages);
    expect(problem).toMatchObject({ severity: 'warning', field: 'sections.0.items.0', line: 5 });
  });

  it('shows each item with the title and description of its page, a former address as the page, once', () => {
    const entry = entryOf(
      '---\ntitle: T\nitems:\n  - /financement/\n  - /ecrire/\n  - /nulle-part/\n  - /contact/\n---\n',
    );
    expect(resolveTheme(entry, pages)).toEqual([
      {
        title: undefined,
        cards: [
          {
            url: '/financement/',
            title: 'Financement',
            description: 'Un guichet pour vos projets.',
          },
          { url: '/contact/', title: 'Nous écrire', description: undefined },
        ],
      },
    ]);
  });

  it('refuses items on the index page, which lists the themes', () => {
    const index = parseEntry({
      ...theme('---\ntitle: Vos besoins\nitems: [/financement/]\n---\n'),
      url: '/thematiques/',
    }).entry as ThemeEntry;
    expect(checkFrontMatterLinks([index], pages).map((p) => p.rule)).toEqual(['theme-index-items']);
  });

  it('orders themes by `order`, then title, and lists them in the site map with the index title', () => {
    const a = entryOf('---\ntitle: Zèbre\norder: 1\n---\n');
    const b = { ...entryOf('---\ntitle: Abeille\n---\n'), url: '/thematiques/b/' };
    const c = { ...entryOf('---\ntitle: Écureuil\n---\n'), url: '/thematiques/c/' };
    expect(sortThemes([b, c, a]).map((t) => t.title)).toEqual(['Zèbre', 'Abeille', 'Écureuil']);
    const index = { ...entryOf('---\ntitle: Vos besoins\n---\n'), url: '/thematiques/' };
    const map = buildSiteMap({
      news: [],
      publications: [],
      tools: [],
      pages: [],
      themes: [index, b, a],
    });
    expect(map.at(-1)).toEqual({
      title: 'Vos besoins',
      items: [
        { url: '/thematiques/', title: 'Vos besoins' },
        { url: '/thematiques/sobriete/', title: 'Zèbre' },
        { url: '/thematiques/b/', title: 'Abeille' },
      ],
    });
  });
});
