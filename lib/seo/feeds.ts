import { Feed, type Item } from 'feed';
import { getAllNews, getNewsByTag, getTag, type NewsEntry } from '@/lib/content';
import { renderBodyToHtml, toAbsolute } from '@/lib/mdx/to-html';
import { absoluteUrl, site } from '@/lib/site';
import { describe } from './description';
import { FEED_ITEMS, FEED_PATHS, FORMER_FEED_PATHS, tagFeedPath } from './feed-links';
import { shareImage } from './share-image';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The RSS 2.0 text of a feed, valid XML whatever the content holds: the `feed` package writes
 * descriptions and content as CDATA, which cannot hold a forbidden character, and ends at the
 * first `]]>` (escaped in the HTML it holds, where `]]&gt;` means the same).
 */
export function rssXml(feed: Feed): string {
  return feed.rss2().replace(NOT_XML, '');
}

/**
 * The Atom text of a feed, with the same items, `self` being `selfUrl`. Atom titles are written
 * as HTML by the `feed` package (type="html"): a title is text, so it is escaped there, which also
 * keeps a `]]>` from ending its CDATA section.
 */
export function atomXml(feed: Feed, selfUrl: string): string {
  const atom = new Feed({
    ...feed.options,
    feedLinks: { ...feed.options.feedLinks, atom: selfUrl },
  });
  for (const item of feed.items) atom.addItem({ ...item, title: escapeHtml(item.title) });
  return atom.atom1().replace(NOT_XML, '');
}

const itemCache = new Map<string, Promise<Item>>();

/**
 * One post as a feed item: the page's own content, with the hero image first and the call to
 * action last, as the page shows them, every URL absolute.
 */
function feedItem(post: NewsEntry): Promise<Item> {
  let item = itemCache.get(post.slug);
  if (!item) {
    item = (async () => {
      const url = absoluteUrl(post.url);
      const body = await renderBodyToHtml(post);
      const hero = post.image?.file ? await shareImage(post.image) : undefined;
      const parts = [
        hero ? `<p><img src="${escapeHtml(hero.url)}" alt="${escapeHtml(hero.alt)}"></p>` : '',
        body,
        post.link
          ? `<p><a href="${escapeHtml(toAbsolute(post.link, post.url))}">${escapeHtml(post.linkTitle ?? post.link)}</a></p>`
          : '',
      ];
      return {
        title: post.title,
        id: url,
        link: url,
        date: new Date(post.date.timestamp),
        published: new Date(post.date.timestamp),
        // Readers show an RSS description as HTML: the text is escaped, never markup.
        description: escapeHtml(describe(post)),
        content: parts.filter(Boolean).join('\n').replace(/]]>/g, ']]&gt;'),
        image: hero?.url,
        category: post.tags.map((tag) => ({
          name: tag.label,
          term: tag.slug,
          domain: absoluteUrl(`/actualites/tags/${tag.slug}/`),
        })),
      };
    })();
    itemCache.set(post.slug, item);
  }
  return item;
}

interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the HTML page the feed follows. */
  pagePath: string;
  /** Site path of this feed. */
  feedPath: string;
  posts: readonly NewsEntry[];
}

async function buildFeed(spec: FeedSpec): Promise<Feed> {
  const posts = spec.posts.slice(0, FEED_ITEMS);
  const feed = new Feed({
    id: absoluteUrl(spec.pagePath),
    title: spec.title,
    description: spec.description,
    link: absoluteUrl(spec.pagePath),
    language: 'fr',
    image: absoluteUrl('/img/og-default.png'),
    // As the site's footer says.
    copyright: 'Sauf mention contraire, contenus sous Licence Ouverte / Etalab 2.0',
    generator: false,
    // The newest post's date, not the build's: a rebuild without news changes nothing.
    updated: posts[0] ? new Date(posts[0].date.timestamp) : undefined,
    feedLinks: { rss: absoluteUrl(spec.feedPath), json: absoluteUrl(FEED_PATHS.json) },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const item of await Promise.all(posts.map(feedItem))) feed.addItem(item);
  return feed;
}

export function siteFeed(): Promise<Feed> {
  return buildFeed({
    title: `${site.name} – actualités`,
    description: site.shortDescription,
    pagePath: '/actualites/',
    feedPath: FEED_PATHS.rss,
    posts: getAllNews(),
  });
}

/** The feed of one tag, or undefined for a tag no published post has. */
export async function tagFeed(slug: string): Promise<Feed | undefined> {
  const tag = getTag(slug);
  if (!tag) return undefined;
  return buildFeed({
    title: `${site.name} – actualités – ${tag.label}`,
    description: `Les actualités du thème « ${tag.label} » de la mission ${site.name}.`,
    pagePath: `/actualites/tags/${tag.slug}/`,
    feedPath: tagFeedPath(tag.slug),
    posts: getNewsByTag(tag.slug),
  });
}

/**
 * The `feed` package writes JSON Feed 1 only; 1.1 renames `author` to `authors` and adds
 * `language`. The rest is the same.
 */
export function toJsonFeed11(json1: string, feedUrl: string): string {
  const data = JSON.parse(json1) as Record<string, unknown> & {
    items?: Record<string, unknown>[];
  };
  const { author, ...rest } = data;
  const items = (data.items ?? []).map(({ author: itemAuthor, ...item }) => {
    // JSON Feed's summary is plain text: the description escaped for RSS, read back.
    if (typeof item.summary === 'string') item.summary = unescapeHtml(item.summary);
    return itemAuthor ? { ...item, authors: [itemAuthor] } : item;
  });
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: feedUrl,
      language: 'fr-FR',
      ...(author ? { authors: [author] } : {}),
      items,
    },
    null,
    2,
  );
}

/** The site's JSON Feed, at `feedPath` (ours, or the former site's address). */
export async function siteJsonFeed(feedPath: string = FEED_PATHS.json): Promise<string> {
  const feed = await siteFeed();
  return toJsonFeed11(feed.json1(), absoluteUrl(feedPath));
}

/** The site's feed as Atom, at the former site's address of its Atom feed. */
export async function siteAtomFeed(): Promise<string> {
  return atomXml(await siteFeed(), absoluteUrl(FORMER_FEED_PATHS.atom));
}
