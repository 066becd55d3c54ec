import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site';
import { FEED_PATHS } from './feed-links';
import { defaultShareImage, type ShareImage } from './share-image';

export interface FeedLink {
  /** Site path of the feed. */
  path: string;
  title: string;
}

export interface PageMetaInput {
  /** The page's own title: the root layout adds « | Numérique écoresponsable ». */
  title: string;
  /** Use the title as it is, without the site name (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /** Site path of the page (`/actualites/x/`), without base path. */
  path: string;
  /** Share image; the site default when absent. */
  image?: ShareImage;
  type?: 'website' | 'article';
  /** ISO date-time, for articles. */
  publishedTime?: string;
  /** Tag labels, for articles. */
  tags?: string[];
  /** RSS feeds this page offers besides the site's (a tag page offers its tag's). */
  feeds?: FeedLink[];
  /** Error pages: no canonical (they answer at any address), and not indexed. */
  errorPage?: boolean;
}

export const SITE_FEEDS = {
  rss: { path: FEED_PATHS.rss, title: `${site.name} – actualités (RSS)` },
  json: { path: FEED_PATHS.json, title: `${site.name} – actualités (JSON Feed)` },
};

/**
 * Everything a page tells crawlers, social networks and feed readers about itself: one canonical
 * absolute URL, Open Graph and Twitter cards with an absolute image, feed autodiscovery. Next
 * replaces `alternates` and `openGraph` as a whole when a page sets them, so every page gets the
 * full set from here rather than merging with the layout.
 */
export function pageMetadata(input: PageMetaInput): Metadata {
  const url = absoluteUrl(input.path);
  const image = input.image ?? defaultShareImage();
  const rss = [SITE_FEEDS.rss, ...(input.feeds ?? [])].map((f) => ({
    url: absoluteUrl(f.path),
    title: f.title,
  }));
  const ogImage = { url: image.url, width: image.width, height: image.height, alt: image.alt };
  const article = input.type === 'article';
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      ...(input.errorPage ? {} : { canonical: url }),
      types: {
        'application/rss+xml': rss,
        'application/feed+json': [
          { url: absoluteUrl(SITE_FEEDS.json.path), title: SITE_FEEDS.json.title },
        ],
      },
    },
    ...(input.errorPage ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      title: input.title,
      description: input.description,
      ...(input.errorPage ? {} : { url }),
      siteName: site.name,
      locale: site.locale,
      images: [ogImage],
      ...(article
        ? { type: 'article', publishedTime: input.publishedTime, tags: input.tags }
        : { type: 'website' }),
    },
    // Spelled out: when they are left out, Next fills them in from openGraph, with two more
    // tags (image width and height) than these.
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description: input.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
