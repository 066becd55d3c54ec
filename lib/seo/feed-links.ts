/** Where the feeds live (site paths): the routes, the autodiscovery links and the tests agree. */
export const FEED_PATHS = { rss: '/feed.xml', json: '/feed.json' } as const;

export const tagFeedPath = (tagSlug: string) => `/actualites/tags/${tagSlug}/feed.xml`;

/**
 * How many posts a feed holds, newest first: a few months of news for a new subscriber. Feed
 * readers fetch every feed again and again (often hourly), so each item costs on every poll:
 * 20 full posts, not 50, as most news sites do.
 */
export const FEED_ITEMS = 20;
