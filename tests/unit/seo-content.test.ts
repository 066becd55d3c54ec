import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The SEO fixture through the content layer and the feed renderer, without a build: a draft and a
 * post dated after BUILD_TIME are in no list the sitemap and feeds are made from.
 */
const FIXTURE = path.resolve('tests/fixtures/content-seo');
const SITE = 'https://ecoresponsable.numerique.gouv.fr';

let content: typeof import('@/lib/content');
let toHtml: typeof import('@/lib/mdx/to-html');
let feeds: typeof import('@/lib/seo/feeds');

const saved = { CONTENT_DIR: process.env.CONTENT_DIR, BUILD_TIME: process.env.BUILD_TIME };

beforeAll(async () => {
  process.env.CONTENT_DIR = FIXTURE;
  process.env.BUILD_TIME = '2026-11-26T12:00:00+01:00';
  content = await import('@/lib/content');
  toHtml = await import('@/lib/mdx/to-html');
  feeds = await import('@/lib/seo/feeds');
}, 120_000);

// Test files may share a worker process: leave its environment as it was.
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('published lists of the SEO fixture', () => {
  it('keep the draft and the future post out of news, tags and the sitemap', () => {
    const slugs = content.getAllNews().map((p) => p.slug);
    expect(slugs).toHaveLength(14);
    expect(slugs).not.toContain('brouillon');
    expect(slugs).not.toContain('article-futur');
    const tags = Object.fromEntries(content.getTags().map((t) => [t.slug, t.count]));
    expect(tags).toEqual({ evenement: 13, 'document-de-reference': 2 });
    const paths = content.getSitemapEntries().map((e) => e.path);
    expect(paths).not.toContain('/actualites/article-futur/');
    expect(paths).not.toContain('/actualites/brouillon/');
    expect(paths).toContain('/actualites/tags/evenement/page/2/');
    expect(paths).toContain('/a-propos/');
  });
});

describe('renderBodyToHtml', { timeout: 60_000 }, () => {
  it('renders a body with absolute links and the optimised images the page uses', async () => {
    const post = content.getNewsBySlug('avec-image-publique');
    expect(post).toBeDefined();
    const html = await toHtml.renderBodyToHtml(post!);
    expect(html).toContain(`<a href="${SITE}/actualites/serie-02/">un lien interne</a>`);
    expect(html).toContain(`<a href="${SITE}/actualites/serie-01/">un lien relatif</a>`);
    expect(html).toMatch(
      new RegExp(
        `<img src="${SITE}/media/schema-[0-9a-f]{12}-800\\.png" alt="Un schéma orange" width="800" height="400">`,
      ),
    );
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it('renders an .mdx body to plain HTML through the same sanitizer', async () => {
    const post = content.getNewsBySlug('image-locale');
    const html = await toHtml.renderBodyToHtml(post!);
    expect(html).toBe(
      `<p>Un paragraphe en <strong>MDX</strong> avec <abbr title="Numérique écoresponsable">NumEco</abbr> et <a href="${SITE}/">l’accueil</a>.</p>`,
    );
  });
});

describe('feeds of the SEO fixture', { timeout: 60_000 }, () => {
  it('hold the published posts newest first, with the hero image and call to action', async () => {
    const feed = await feeds.siteFeed();
    expect(feed.items.map((i) => i.link)).toEqual(
      content.getAllNews().map((p) => `${SITE}${p.url}`),
    );
    const illustrated = feed.items.find((i) => i.link.endsWith('/avec-image-publique/'));
    expect(illustrated?.content).toMatch(
      /^<p><img src="https:\/\/[^"]+couverture-[0-9a-f]{12}-1440\.png" alt="Une couverture verte"><\/p>/,
    );
    expect(illustrated?.content).toContain(
      `<a href="${SITE}/actualites/tags/evenement/">Tous les événements</a>`,
    );
    expect(illustrated?.category?.map((c) => c.name)).toEqual([
      'Événement',
      'Document de référence',
    ]);
  });

  it('make one feed per tag with only that tag’s posts', async () => {
    const feed = await feeds.tagFeed('document-de-reference');
    expect(feed?.items.map((i) => i.title)).toEqual([
      'Une actualité illustrée',
      'Une actualité en MDX avec une image voisine',
    ]);
    expect(await feeds.tagFeed('theme-du-futur')).toBeUndefined();
  });
});
