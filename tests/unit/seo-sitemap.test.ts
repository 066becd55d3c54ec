import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '@/lib/content/sitemap';
import type { NewsEntry, PageEntry, PublicationEntry, ToolEntry } from '@/lib/content';

const date = (day: string) => ({
  day,
  iso: `${day}T00:00:00+01:00`,
  timestamp: Date.parse(`${day}T00:00:00+01:00`),
});
const news = (slug: string, day: string, tags: string[] = []) =>
  ({
    kind: 'news',
    slug,
    url: `/actualites/${slug}/`,
    date: date(day),
    tags: tags.map((t) => ({ slug: t, label: t })),
  }) as unknown as NewsEntry;

function source(posts: NewsEntry[], extra: Partial<Parameters<typeof sitemapEntries>[0]> = {}) {
  const tags = [...new Set(posts.flatMap((p) => p.tags.map((t) => t.slug)))].map((slug) => ({
    slug,
  }));
  return {
    news: posts,
    tags,
    newsByTag: (slug: string) => posts.filter((p) => p.tags.some((t) => t.slug === slug)),
    publications: [] as PublicationEntry[],
    tools: [] as ToolEntry[],
    pages: [] as PageEntry[],
    perPage: 2,
    ...extra,
  };
}

describe('sitemapEntries', () => {
  const posts = [
    news('c', '2026-03-01', ['evenement']),
    news('b', '2026-02-01', ['evenement', 'guide']),
    news('a', '2026-01-01', ['evenement']),
  ];

  it('lists every list page, tag page and post, each once, sorted by path', () => {
    const paths = sitemapEntries(source(posts)).map((e) => e.path);
    expect(paths).toEqual([
      '/',
      '/actualites/',
      '/actualites/a/',
      '/actualites/b/',
      '/actualites/c/',
      '/actualites/page/2/',
      '/actualites/series/',
      '/actualites/tags/',
      '/actualites/tags/evenement/',
      '/actualites/tags/evenement/page/2/',
      '/actualites/tags/guide/',
      '/agenda/',
      '/plan-du-site/',
      '/publications/',
      '/publications/boite-outils/',
      '/recherche/',
      // A route of the site, whatever the source: the themes' index.
      '/thematiques/',
    ]);
  });

  it('dates each page by the newest content it shows', () => {
    const byPath = new Map(sitemapEntries(source(posts)).map((e) => [e.path, e.lastmod]));
    expect(byPath.get('/actualites/a/')).toBe('2026-01-01T00:00:00+01:00');
    expect(byPath.get('/actualites/')).toBe('2026-03-01T00:00:00+01:00');
    expect(byPath.get('/actualites/tags/guide/')).toBe('2026-02-01T00:00:00+01:00');
    expect(byPath.get('/')).toBe('2026-03-01T00:00:00+01:00');
  });

  it('dates the agenda by its newest event post, and lists it without events too', () => {
    const withEvent = { ...news('d', '2026-02-15'), event: {} } as unknown as NewsEntry;
    const byPath = new Map(
      sitemapEntries(source([...posts, withEvent])).map((e) => [e.path, e.lastmod]),
    );
    expect(byPath.get('/agenda/')).toBe('2026-02-15T00:00:00+01:00');
    expect(sitemapEntries(source(posts)).find((e) => e.path === '/agenda/')).toEqual({
      path: '/agenda/',
    });
  });

  it('adds publications, tools and pages at their own URLs, a page without date without lastmod', () => {
    const entries = sitemapEntries(
      source([], {
        publications: [
          { url: '/publications/boite-outils/', date: date('2025-01-01') },
          { url: '/publications/guide/', date: date('2025-02-01') },
        ] as unknown as PublicationEntry[],
        tools: [
          {
            url: '/publications/boite-outils/ecoindex/',
            date: date('2025-03-01'),
            category: 'Mesure',
            scope: 'Site web',
          },
        ] as unknown as ToolEntry[],
        pages: [{ url: '/a-propos/' }] as unknown as PageEntry[],
      }),
    );
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('/a-propos/')).toEqual({ path: '/a-propos/' });
    expect(byPath.get('/publications/guide/')?.lastmod).toBe('2025-02-01T00:00:00+01:00');
    // The toolbox is both a publication and the tool list: listed once, with the newer date.
    expect(entries.filter((e) => e.path === '/publications/boite-outils/')).toHaveLength(1);
    expect(byPath.get('/publications/boite-outils/')?.lastmod).toBe('2025-03-01T00:00:00+01:00');
    expect(byPath.get('/publications/')?.lastmod).toBe('2025-02-01T00:00:00+01:00');
    expect(byPath.get('/actualites/')).toEqual({ path: '/actualites/' });
    // The toolbox's filter pages are pages too.
    expect(byPath.get('/publications/boite-outils/categorie/mesure/')?.lastmod).toBe(
      '2025-03-01T00:00:00+01:00',
    );
    expect(byPath.get('/publications/boite-outils/perimetre/site-web/')?.lastmod).toBe(
      '2025-03-01T00:00:00+01:00',
    );
  });
});
