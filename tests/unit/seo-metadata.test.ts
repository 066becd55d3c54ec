import { describe, expect, it } from 'vitest';
import { toJsonFeed11 } from '@/lib/seo/feeds';
import { breadcrumbList, homeGraph, JsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { toAbsolute } from '@/lib/mdx/to-html';
import { site } from '@/lib/site';

const ORIGIN = site.url;

describe('pageMetadata', () => {
  const meta = pageMetadata({ title: 'Titre', description: 'Résumé.', path: '/actualites/x/' });

  it('gives an absolute canonical URL on the canonical origin', () => {
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/actualites/x/`);
  });

  it('announces the RSS and JSON feeds with absolute URLs', () => {
    const types = meta.alternates?.types as Record<string, { url: string }[]>;
    expect(types['application/rss+xml']?.map((f) => f.url)).toEqual([`${ORIGIN}/feed.xml`]);
    expect(types['application/feed+json']?.map((f) => f.url)).toEqual([`${ORIGIN}/feed.json`]);
  });

  it('adds a page’s own feed after the site’s', () => {
    const tag = pageMetadata({
      title: 'T',
      description: 'D',
      path: '/actualites/tags/evenement/',
      feeds: [{ path: '/actualites/tags/evenement/feed.xml', title: 'Événement' }],
    });
    const rss = (tag.alternates?.types as Record<string, { url: string }[]>)['application/rss+xml'];
    expect(rss?.map((f) => f.url)).toEqual([
      `${ORIGIN}/feed.xml`,
      `${ORIGIN}/actualites/tags/evenement/feed.xml`,
    ]);
  });

  it('falls back to the site’s share image, absolute, in Open Graph and Twitter cards', () => {
    const og = meta.openGraph as { images: { url: string }[]; locale: string; url: string };
    expect(og.images[0]?.url).toBe(`${ORIGIN}/img/og-default.png`);
    expect(og.locale).toBe('fr_FR');
    expect(og.url).toBe(`${ORIGIN}/actualites/x/`);
    expect((meta.twitter as { card: string }).card).toBe('summary_large_image');
  });

  it('describes an article with its date and tags', () => {
    const article = pageMetadata({
      title: 'A',
      description: 'B',
      path: '/actualites/a/',
      type: 'article',
      publishedTime: '2026-01-01T00:00:00+01:00',
      tags: ['Événement'],
    });
    expect(article.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-01T00:00:00+01:00',
      tags: ['Événement'],
    });
  });

  it('gives an error page no canonical and asks not to index it', () => {
    const error = pageMetadata({
      title: 'E',
      description: 'D',
      path: '/404.html',
      errorPage: true,
    });
    expect(error.alternates?.canonical).toBeUndefined();
    expect(error.robots).toMatchObject({ index: false });
  });
});

describe('JSON-LD', () => {
  it('lists breadcrumb items with positions and absolute URLs, the current page without link', () => {
    expect(
      breadcrumbList([
        { label: 'Accueil', href: '/' },
        { label: 'Actualités', href: '/actualites/' },
        { label: 'Un titre' },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Accueil', item: `${ORIGIN}/` },
        { '@type': 'ListItem', position: 2, name: 'Actualités', item: `${ORIGIN}/actualites/` },
        { '@type': 'ListItem', position: 3, name: 'Un titre' },
      ],
    });
  });

  it('describes the site and the organisation on the home page', () => {
    const types = (homeGraph()['@graph'] as { '@type': string }[]).map((n) => n['@type']);
    expect(types).toEqual(['WebSite', 'GovernmentOrganization']);
  });

  it('escapes < so that content cannot close the script element', () => {
    const element = JsonLd({ data: { name: '</script><script>alert(1)</script>' } });
    const html = (element.props as { dangerouslySetInnerHTML: { __html: string } })
      .dangerouslySetInnerHTML.__html;
    expect(html).not.toContain('<');
    expect(JSON.parse(html)).toMatchObject({
      '@context': 'https://schema.org',
      name: '</script><script>alert(1)</script>',
    });
  });
});

describe('toAbsolute', () => {
  it('makes site paths and relative paths absolute, leaves the rest alone', () => {
    expect(toAbsolute('/publications/', '/actualites/x/')).toBe(`${ORIGIN}/publications/`);
    expect(toAbsolute('../y/', '/actualites/x/')).toBe(`${ORIGIN}/actualites/y/`);
    expect(toAbsolute('image.png', '/actualites/x/')).toBe(`${ORIGIN}/actualites/x/image.png`);
    expect(toAbsolute('https://example.org/a', '/')).toBe('https://example.org/a');
    expect(toAbsolute('mailto:a@b.fr', '/')).toBe('mailto:a@b.fr');
    expect(toAbsolute('#section', '/')).toBe('#section');
  });
});

describe('toJsonFeed11', () => {
  it('upgrades the feed package’s JSON Feed 1 output to version 1.1', () => {
    const json1 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'T',
      author: { name: 'N' },
      items: [{ id: 'a', author: { name: 'M' } }, { id: 'b' }],
    });
    expect(JSON.parse(toJsonFeed11(json1, 'https://x.fr/feed.json'))).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      feed_url: 'https://x.fr/feed.json',
      language: 'fr-FR',
      authors: [{ name: 'N' }],
      items: [{ id: 'a', authors: [{ name: 'M' }] }, { id: 'b' }],
    });
  });
});
