import { agendaCalendar } from '@/lib/seo/agenda-calendar';

export const dynamic = 'force-static';

export function GET() {
  return new Response(agendaCalendar(), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
