/** Where the feeds live (site paths): the routes, the autodiscovery links and the tests agree. */
export const FEED_PATHS = { rss: '/feed.xml', json: '/feed.json' } as const;

/**
 * The former site's feed addresses (eleventy-dsfr: Atom and JSON Feed). Readers subscribed there
 * keep polling them and follow no meta refresh: they serve the site's feed itself, whatever the
 * content source. Autodiscovery links name FEED_PATHS only.
 */
export const FORMER_FEED_PATHS = { atom: '/feed/feed.xml', json: '/feed/feed.json' } as const;

export const tagFeedPath = (tagSlug: string) => `/actualites/tags/${tagSlug}/feed.xml`;

/**
 * How many posts a feed holds, newest first: a few months of news for a new subscriber. Feed
 * readers fetch every feed again and again (often hourly), so each item costs on every poll:
 * 20 full posts, not 50, as most news sites do.
 */
export const FEED_ITEMS = 20;
