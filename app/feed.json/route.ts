import { siteJsonFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await siteJsonFeed(), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
