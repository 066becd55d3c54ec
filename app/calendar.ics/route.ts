import { agendaCalendar } from '@/lib/seo/agenda-calendar';

export const dynamic = 'force-static';

/**
 * The former site's address of the calendar, which subscribed clients keep polling: it answers
 * with the calendar itself, since a calendar client follows no meta refresh.
 */
export function GET() {
  return new Response(agendaCalendar(), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
