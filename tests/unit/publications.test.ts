import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPageIndex,
  buildSiteMap,
  facetValues,
  filterTools,
  formatFileSize,
  pagePath,
  publicationHub,
  sortPublications,
  subPagesOf,
  type Entry,
  type PublicationEntry,
  type ToolEntry,
} from '@/lib/content';
import { parseEntry, type SourceFile } from '@/lib/content/parse';

function parse<T extends Entry>(input: Omit<SourceFile, 'absPath'>): T {
  const { entry, problems } = parseEntry({ ...input, absPath: path.resolve(input.file) });
  expect(problems).toEqual([]);
  return entry as T;
}

function publication(slug: string, fm: string, parent?: string): PublicationEntry {
  return parse({
    kind: 'publication',
    file: `content/publications/${slug}.md`,
    slug,
    url: `/publications/${slug}/`,
    parent,
    source: `---\ntitle: Titre ${slug}\n${fm}\n---\nCorps.\n`,
  });
}

function tool(slug: string, category: string, scope: string): ToolEntry {
  return parse({
    kind: 'tool',
    file: `content/boite-outils/${slug}.md`,
    slug,
    url: `/publications/boite-outils/${slug}/`,
    source: `---\ntitle: ${slug}\ndate: 2024-01-01\ncategory: ${category}\nscope: ${scope}\n---\n`,
  });
}

describe('publications', () => {
  const pubs = [
    publication('ancienne', 'date: 2020-01-01'),
    publication('recente', 'date: 2024-01-01'),
    publication('deuxieme', 'date: 2019-01-01\norder: 2\nfocus: true'),
    publication('premiere', 'date: 2018-01-01\norder: 1\nfocus: true'),
    publication('ref/annexe', 'date: 2024-01-01\norder: 2', 'ref'),
    publication('ref/criteres', 'date: 2020-01-01\norder: 1', 'ref'),
  ];

  it('sorts by order first, then the newest update', () => {
    expect(sortPublications(pubs.filter((p) => !p.parent)).map((p) => p.slug)).toEqual([
      'premiere',
      'deuxieme',
      'recente',
      'ancienne',
    ]);
  });

  it('puts focus publications first on the hub, without sub-pages', () => {
    const hub = publicationHub(pubs);
    expect(hub.focus.map((p) => p.slug)).toEqual(['premiere', 'deuxieme']);
    expect(hub.others.map((p) => p.slug)).toEqual(['recente', 'ancienne']);
  });

  it('lists the sub-pages of a publication in order', () => {
    expect(subPagesOf(pubs, 'ref').map((p) => p.slug)).toEqual(['ref/criteres', 'ref/annexe']);
  });
});

describe('toolbox filters', () => {
  const tools = [
    tool('a', 'Mesure', 'Site web'),
    tool('b', 'Mesure', 'Serveur'),
    tool('c', 'Référentiel', 'Équipement'),
    tool('d', 'mesure', 'Site web'),
  ];

  it('counts the tools of each category and scope, with ASCII slugs', () => {
    expect(facetValues(tools, 'category')).toEqual([
      { slug: 'mesure', label: 'Mesure', count: 3 },
      { slug: 'referentiel', label: 'Référentiel', count: 1 },
    ]);
    expect(facetValues(tools, 'scope').map((v) => [v.slug, v.count])).toEqual([
      ['equipement', 1],
      ['serveur', 1],
      ['site-web', 2],
    ]);
  });

  it('filters the tools of one value', () => {
    expect(filterTools(tools, 'scope', 'site-web').map((t) => t.slug)).toEqual(['a', 'd']);
    expect(filterTools(tools, 'category', 'nope')).toEqual([]);
  });
});

describe('pages of the site', () => {
  const content = {
    news: [],
    publications: [
      publication('ref', 'date: 2024-01-01'),
      publication('ref/criteres', 'date: 2024-01-01', 'ref'),
    ],
    tools: [tool('ecoindex', 'Mesure', 'Site web')],
    pages: [],
  };

  it('indexes entries, fixed routes and toolbox filter pages', () => {
    const index = buildPageIndex(content);
    for (const url of [
      '/',
      '/actualites/',
      '/publications/',
      '/publications/ref/',
      '/publications/ref/criteres/',
      '/publications/boite-outils/',
      '/publications/boite-outils/ecoindex/',
      '/publications/boite-outils/categorie/mesure/',
      '/publications/boite-outils/perimetre/site-web/',
      '/plan-du-site/',
    ]) {
      expect(index.has(url), url).toBe(true);
    }
    expect(index.has('/actualites/page/2/')).toBe(false);
  });

  it('lists a guide in the site map, not its chapters (its menu lists them), and tool sheets', () => {
    const publications = buildSiteMap(content).find((s) => s.title === 'Publications')!;
    const ref = publications.items.find((i) => i.url === '/publications/ref/')!;
    expect(ref.children).toBeUndefined();
    const urls = (items: typeof publications.items): string[] =>
      items.flatMap((i) => [i.url, ...urls(i.children ?? [])]);
    expect(urls(publications.items)).not.toContain('/publications/ref/criteres/');
    const toolbox = publications.items.find((i) => i.url === '/publications/boite-outils/')!;
    expect(toolbox.children?.map((c) => c.url)).toEqual(['/publications/boite-outils/ecoindex/']);
  });
});

describe('links', () => {
  it('normalises site paths the way the static export writes pages', () => {
    expect(pagePath('/publications')).toBe('/publications/');
    expect(pagePath('/publications/index.html')).toBe('/publications/');
    expect(pagePath('/publications/x/#partie?a=1')).toBe('/publications/x/');
    expect(pagePath('/docs/x.pdf')).toBe('/docs/x.pdf');
  });

  it('writes file sizes the French way', () => {
    expect(formatFileSize(512)).toBe('512 octets');
    expect(formatFileSize(4_200)).toBe('4,2 ko');
    expect(formatFileSize(350_000)).toBe('350 ko');
    expect(formatFileSize(1_234_567)).toBe('1,2 Mo');
  });
});
