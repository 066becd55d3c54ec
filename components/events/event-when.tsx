import { toContentDate } from '@/lib/content/dates';
import type { EventInfo, EventTime } from '@/lib/content/events';
import { formatEventWhen } from '@/lib/format-event';

/** The machine-readable form: the instant with its offset, or the day of an all-day event. */
export const eventDateTime = (t: EventTime) => (t.time ? toContentDate(t.timestamp).iso : t.day);

/** « mardi 10 mars 2026, 14 h 00 – 16 h 00 » in a `<time>` that carries the start. */
export function EventWhen({ event }: { event: EventInfo }) {
  return <time dateTime={eventDateTime(event.start)}>{formatEventWhen(event)}</time>;
}

/** Where: the place as written, else « En ligne » for an event held online only. */
export function eventWhere(event: EventInfo): string | undefined {
  if (event.place) return event.online ? `${event.place} et en ligne` : event.place;
  return event.online ? 'En ligne' : undefined;
}
