import { FORMER_FEED_PATHS } from '@/lib/seo/feed-links';
import { siteJsonFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

/** The former site's JSON Feed address (/feed/feed.json): the site's JSON Feed, served there too. */
export async function GET() {
  return new Response(await siteJsonFeed(FORMER_FEED_PATHS.json), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
