import { getEvents, type EventPost } from '@/lib/content';
import { absoluteUrl, site } from '@/lib/site';
import { describe } from './description';
import { icalendar, type CalendarEvent } from './ical';

/** The calendar of the whole agenda, and each event's own file, at these site paths. */
export const CALENDAR_PATH = '/agenda/calendrier.ics';
export const eventCalendarPath = (slug: string) => `/agenda/${slug}.ics`;

/** The UID's domain is the production one, not SITE_URL's: a UID must not change with the host. */
const UID_DOMAIN = 'ecoresponsable.numerique.gouv.fr';

function calendarEvent(post: EventPost): CalendarEvent {
  return {
    uid: `${post.slug}@${UID_DOMAIN}`,
    stamp: post.date.timestamp,
    summary: post.title,
    description: describe(post) || undefined,
    url: absoluteUrl(post.url),
    event: post.event,
  };
}

export function agendaCalendar(): string {
  return icalendar({ name: `Agenda — ${site.name}`, events: getEvents().map(calendarEvent) });
}

/** One event's file, or undefined for a slug without an event. */
export function eventCalendar(slug: string): string | undefined {
  const post = getEvents().find((p) => p.slug === slug);
  return post && icalendar({ name: post.title, events: [calendarEvent(post)] });
}
