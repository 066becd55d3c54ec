import { rssXml, siteFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  const feed = await siteFeed();
  return new Response(rssXml(feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
