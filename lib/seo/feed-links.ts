/** Where the feeds live (site paths): the routes, the autodiscovery links and the tests agree. */
export const FEED_PATHS = { rss: '/feed.xml', json: '/feed.json' } as const;

export const tagFeedPath = (tagSlug: string) => `/actualites/tags/${tagSlug}/feed.xml`;

/** How many posts a feed holds, newest first: enough history for a new subscriber. */
export const FEED_ITEMS = 50;
