import { getTags } from '@/lib/content';
import { rssXml, tagFeed } from '@/lib/seo/feeds';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getTags().map((tag) => ({ tag: tag.slug })),
    ['tag'],
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const feed = await tagFeed((await params).tag);
  // Only the placeholder of a source without tags has no feed; post-export deletes its file.
  return new Response(feed ? rssXml(feed) : '', {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
