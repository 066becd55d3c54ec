import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, type BuildResult } from '../helpers/build';
import { HIDDEN_MARKERS, SITE_URL } from '../helpers/seo-fixture';
import { siteBuild } from '../helpers/builds';

const SUFFIX = ' | Numérique écoresponsable';
/** The published posts of the fixture, newest first. */
const POSTS = [
  'avec-image-publique',
  'image-locale',
  ...Array.from({ length: 12 }, (_, i) => `serie-${String(12 - i).padStart(2, '0')}`),
];

let built: BuildResult;
let out: string;
let pages: string[];
const docs = new Map<string, HTMLElement>();

function doc(sitePath: string): HTMLElement {
  let root = docs.get(sitePath);
  if (!root) {
    root = parse(readPage(out, sitePath));
    docs.set(sitePath, root);
  }
  return root;
}

const meta = (root: HTMLElement, key: string) =>
  root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  root.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

const jsonLd = (root: HTMLElement) =>
  root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const readOut = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

beforeAll(() => {
  built = siteBuild('seo');
  out = built.outDir;
  pages = htmlPages(out);
});

describe('the SEO fixture build', () => {
  it('succeeds, with the 404 page written once, as 404.html', () => {
    expect(built.status, built.output).toBe(0);
    expect(pages).toContain('/404.html');
    expect(pages).not.toContain('/404/');
    expect(pages).not.toContain('/_not-found/');
  });

  it('gives every page exactly one absolute canonical URL, its own', () => {
    const indexable = pages.filter((p) => p !== '/404.html');
    expect(indexable.length).toBeGreaterThan(20);
    for (const page of indexable) {
      const canonicals = doc(page).querySelectorAll('link[rel="canonical"]');
      expect(
        canonicals.map((l) => l.getAttribute('href')),
        page,
      ).toEqual([`${SITE_URL}${page}`]);
    }
  });

  it('gives the 404 page no canonical and asks search engines not to index it', () => {
    const root = doc('/404.html');
    expect(root.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(meta(root, 'robots')).toMatch(/noindex/);
  });

  it('gives every page a non-empty title of its own, with the site name', () => {
    const titles = pages.map((page) => doc(page).querySelector('title')?.textContent ?? '');
    for (const [i, title] of titles.entries()) {
      if (pages[i] === '/') expect(title).toBe('Numérique écoresponsable');
      else expect(title.endsWith(SUFFIX) && title.length > SUFFIX.length, pages[i]).toBe(true);
    }
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives every page a non-empty description of its own', () => {
    const descriptions = pages.map((page) => meta(doc(page), 'description') ?? '');
    for (const [i, description] of descriptions.entries()) {
      expect(description.trim().length, pages[i]).toBeGreaterThan(20);
    }
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('titles tag pages and their later pages after the tag and the page number', () => {
    const title = (p: string) => doc(p).querySelector('title')?.textContent;
    expect(title('/actualites/')).toBe(`Actualités${SUFFIX}`);
    expect(title('/actualites/page/2/')).toBe(`Actualités – page 2${SUFFIX}`);
    expect(title('/actualites/tags/evenement/')).toBe(`Actualités – Événement${SUFFIX}`);
    expect(title('/actualites/tags/evenement/page/2/')).toBe(
      `Actualités – Événement – page 2${SUFFIX}`,
    );
  });

  it('falls back to the first paragraph, cut at a word, when there is no description', () => {
    const description = meta(doc('/actualites/avec-image-publique/'), 'description') ?? '';
    expect(description.startsWith('Ce premier paragraphe n’a pas de description')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(meta(doc('/a-propos/'), 'description')).toMatch(/^La mission interministérielle/);
  });

  it('gives every page Open Graph and Twitter cards with an absolute image, in French', () => {
    for (const page of pages) {
      const root = doc(page);
      expect(root.querySelector('html')?.getAttribute('lang'), page).toBe('fr');
      expect(meta(root, 'og:locale'), page).toBe('fr_FR');
      expect(meta(root, 'og:title'), page).toBeTruthy();
      expect(meta(root, 'og:description'), page).toBeTruthy();
      expect(meta(root, 'og:image'), page).toMatch(new RegExp(`^${SITE_URL}/`));
      expect(meta(root, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(root, 'twitter:image'), page).toMatch(new RegExp(`^${SITE_URL}/`));
      if (page !== '/404.html') expect(meta(root, 'og:url'), page).toBe(`${SITE_URL}${page}`);
    }
  });

  it('shares a post with its own image, a post without one with the site default', () => {
    const post = doc('/actualites/avec-image-publique/');
    const image = meta(post, 'og:image') ?? '';
    expect(image).toMatch(/\/media\/couverture-[0-9a-f]{12}-1440\.png$/);
    expect(fs.existsSync(path.join(out, new URL(image).pathname))).toBe(true);
    expect(meta(post, 'og:type')).toBe('article');
    expect(meta(doc('/actualites/serie-01/'), 'og:image')).toBe(`${SITE_URL}/img/og-default.png`);
    expect(fs.existsSync(path.join(out, 'img', 'og-default.png'))).toBe(true);
  });

  it('announces the feeds in every page’s head, and its own feed on a tag page', () => {
    for (const page of pages) {
      const root = doc(page);
      const rss = root
        .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
        .map((l) => l.getAttribute('href'));
      const json = root
        .querySelectorAll('head link[rel="alternate"][type="application/feed+json"]')
        .map((l) => l.getAttribute('href'));
      expect(rss[0], page).toBe(`${SITE_URL}/feed.xml`);
      expect(json, page).toEqual([`${SITE_URL}/feed.json`]);
      const tag = /^\/actualites\/tags\/([^/]+)\//.exec(page)?.[1];
      if (tag) expect(rss, page).toContain(`${SITE_URL}/actualites/tags/${tag}/feed.xml`);
      else expect(rss, page).toHaveLength(1);
    }
  });

  it('has parseable JSON-LD on every page, a BreadcrumbList wherever there is a breadcrumb', () => {
    for (const page of pages) {
      const root = doc(page);
      const data = jsonLd(root);
      const hasBreadcrumb = root.querySelector('nav[aria-label="Fil d’Ariane"]') !== null;
      const crumbs = data.filter((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs.length, page).toBe(hasBreadcrumb ? 1 : 0);
      for (const d of data) expect(d['@context'], page).toBe('https://schema.org');
      if (hasBreadcrumb) {
        const items = crumbs[0]?.itemListElement as { name: string; item?: string }[];
        const visible = root
          .querySelectorAll('nav[aria-label="Fil d’Ariane"] li')
          .map((li) => li.textContent.replace('›', '').trim());
        expect(
          items.map((i) => i.name),
          page,
        ).toEqual(visible);
        for (const item of items.slice(0, -1)) expect(item.item, page).toMatch(/^https:\/\//);
      }
    }
  });

  it('describes each post as a NewsArticle from its front matter', () => {
    const root = doc('/actualites/avec-image-publique/');
    const article = jsonLd(root).find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Une actualité illustrée',
      datePublished: '2026-03-10T09:30:00+01:00',
      url: `${SITE_URL}/actualites/avec-image-publique/`,
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Mission interministérielle Numérique écoresponsable',
      },
      keywords: 'Événement, Document de référence',
    });
    expect(article?.headline).toBe(root.querySelector('h1')?.textContent);
    expect((article?.image as string[])[0]).toBe(meta(root, 'og:image'));
    const plain = jsonLd(doc('/actualites/serie-01/')).find((d) => d['@type'] === 'NewsArticle');
    expect(plain).toMatchObject({ headline: 'Actualité de série numéro 01' });
    expect(plain).not.toHaveProperty('image');
    for (const post of POSTS) {
      const types = jsonLd(doc(`/actualites/${post}/`)).map((d) => d['@type']);
      expect(types.sort(), post).toEqual(['BreadcrumbList', 'NewsArticle']);
    }
  });

  it('describes the site and its organisation on the home page', () => {
    const graph = jsonLd(doc('/'))[0]?.['@graph'] as { '@type': string; url: string }[];
    expect(graph.map((n) => n['@type'])).toEqual(['WebSite', 'GovernmentOrganization']);
    for (const node of graph) expect(node.url).toBe(`${SITE_URL}/`);
  });
});

interface SitemapXml {
  urlset: { url: { loc: string; lastmod?: string } | { loc: string; lastmod?: string }[] };
}

describe('sitemap and robots', () => {
  it('lists exactly the published HTML pages, absolute, each once', () => {
    const sitemap = xml.parse(readOut('sitemap.xml')) as SitemapXml;
    const locs = asArray(sitemap.urlset.url).map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const expected = pages.filter((p) => p !== '/404.html').map((p) => `${SITE_URL}${p}`);
    expect([...locs].sort()).toEqual(expected.sort());
  });

  it('dates each page by its content', () => {
    const sitemap = xml.parse(readOut('sitemap.xml')) as SitemapXml;
    const lastmod = new Map(asArray(sitemap.urlset.url).map((u) => [u.loc, u.lastmod]));
    expect(lastmod.get(`${SITE_URL}/actualites/serie-03/`)).toBe('2026-01-03T00:00:00+01:00');
    expect(lastmod.get(`${SITE_URL}/actualites/`)).toBe('2026-03-10T09:30:00+01:00');
    expect(lastmod.get(`${SITE_URL}/actualites/tags/document-de-reference/`)).toBe(
      '2026-03-10T09:30:00+01:00',
    );
    expect(lastmod.get(`${SITE_URL}/a-propos/`)).toBeUndefined();
  });

  it('has a robots.txt that allows all and points to the sitemap', () => {
    const robots = readOut('robots.txt');
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow:/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL}/sitemap.xml$`, 'm'));
  });
});

interface RssItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
  'content:encoded': string;
  category?: { '#text': string } | { '#text': string }[];
}

function rssItems(file: string): RssItem[] {
  const text = readOut(file);
  expect(XMLValidator.validate(text), file).toBe(true);
  const parsed = xml.parse(text) as { rss: { channel: { item?: RssItem | RssItem[] } } };
  return asArray(parsed.rss.channel.item);
}

const urlsIn = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('feeds', () => {
  it('RSS: every published post, newest first, with absolute links and full content', () => {
    const items = rssItems('feed.xml');
    expect(items.map((i) => i.link)).toEqual(POSTS.map((p) => `${SITE_URL}/actualites/${p}/`));
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.description.length, item.link).toBeGreaterThan(10);
      expect(item['content:encoded'].length, item.link).toBeGreaterThan(20);
      for (const url of urlsIn(item['content:encoded'])) {
        expect(url, item.link).toMatch(/^(https?:|mailto:|#)/);
      }
    }
    const illustrated = items[0];
    expect(illustrated?.['content:encoded']).toContain(
      `<a href="${SITE_URL}/actualites/serie-02/">un lien interne</a>`,
    );
    expect(asArray(illustrated?.category).map((c) => c['#text'])).toEqual([
      'Événement',
      'Document de référence',
    ]);
  });

  it('JSON Feed 1.1: the same posts in the same order, absolute URLs, tags', () => {
    const feed = JSON.parse(readOut('feed.json')) as {
      version: string;
      feed_url: string;
      items: { url: string; content_html: string; tags?: string[] }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE_URL}/feed.json`);
    expect(feed.items.map((i) => i.url)).toEqual(POSTS.map((p) => `${SITE_URL}/actualites/${p}/`));
    for (const item of feed.items) {
      for (const url of urlsIn(item.content_html)) expect(url, item.url).toMatch(/^(https?:|#)/);
    }
    expect(feed.items[0]?.tags).toEqual(['Événement', 'Document de référence']);
  });

  it('one RSS feed per tag, with only that tag’s posts', () => {
    const evenement = rssItems('actualites/tags/evenement/feed.xml');
    expect(evenement.map((i) => i.link)).toEqual(
      POSTS.filter((p) => p !== 'image-locale').map((p) => `${SITE_URL}/actualites/${p}/`),
    );
    const reference = rssItems('actualites/tags/document-de-reference/feed.xml');
    expect(reference.map((i) => i.title)).toEqual([
      'Une actualité illustrée',
      'Une actualité en MDX avec une image voisine',
    ]);
    const tagDirs = fs.readdirSync(path.join(out, 'actualites', 'tags'), { withFileTypes: true });
    const feeds = tagDirs
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(d.parentPath, d.name, 'feed.xml')))
      .map((d) => d.name);
    expect(feeds.sort()).toEqual(['document-de-reference', 'evenement']);
  });
});

describe('drafts and posts dated in the future', () => {
  it('appear in no page, feed, sitemap or other file of out/', () => {
    const files = fs
      .readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(html|xml|json|txt)$/.test(d.name))
      .map((d) => path.join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const marker of HIDDEN_MARKERS) {
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
      }
      expect(text.includes('/actualites/article-futur/'), file).toBe(false);
      expect(text.includes('/actualites/brouillon/'), file).toBe(false);
    }
    expect(fs.existsSync(path.join(out, 'actualites', 'article-futur'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'actualites', 'brouillon'))).toBe(false);
  });

  it('are not counted in tag counts', () => {
    const counts = Object.fromEntries(
      doc('/actualites/tags/')
        .querySelectorAll('main li a')
        .map((a) => a.querySelectorAll('span').map((s) => s.textContent.trim())),
    );
    expect(counts).toEqual({ Événement: '13 articles', 'Document de référence': '2 articles' });
    expect(rssItems('actualites/tags/evenement/feed.xml')).toHaveLength(13);
  });
});
