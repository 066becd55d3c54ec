import { siteAtomFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

/**
 * The former site's Atom feed address (/feed/feed.xml): feed readers subscribed there follow no
 * meta refresh, so it serves the site's feed itself, as Atom, with the items of /feed.xml.
 */
export async function GET() {
  return new Response(await siteAtomFeed(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
