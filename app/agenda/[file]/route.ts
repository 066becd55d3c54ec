import { getEvents } from '@/lib/content';
import { eventCalendar } from '@/lib/seo/agenda-calendar';
import { EMPTY_PARAM, paramsOrPlaceholder } from '@/lib/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One file per event, `/agenda/<slug>.ics`: the segment holds the extension. */
export function generateStaticParams() {
  return paramsOrPlaceholder(
    getEvents().map((post) => ({ file: `${post.slug}.ics` })),
    ['file'],
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const slug = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : EMPTY_PARAM;
  // Only the placeholder of a source without events has no calendar; post-export deletes it.
  return new Response(eventCalendar(slug) ?? '', {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
