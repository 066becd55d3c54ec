import { parisToUtc } from './dates';

/**
 * Events announced by news posts (`event:` in the front matter). Pure: parsing of the event's
 * local times, and the sorting and splitting that the agenda, the home page and the calendars share.
 */

/** A moment of an event as the editor wrote it: a wall-clock time in Paris, or a whole day. */
export interface EventTime {
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:MM` in Paris, absent for an all-day event. */
  time?: string;
  /** The UTC instant (for an all-day event, midnight in Paris starting that day). */
  timestamp: number;
}

export interface EventInfo {
  start: EventTime;
  /** For an all-day event, the last day of the event (inclusive), as the editor wrote it. */
  end?: EventTime;
  place?: string;
  online?: string;
  registration?: string;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export type EventTimeResult = { ok: true; value: EventTime } | { ok: false; message: string };

/** `YYYY-MM-DDTHH:MM` (Paris time) or `YYYY-MM-DD` (all day). No offset: an event is in Paris. */
export function parseEventTime(value: unknown): EventTimeResult {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = LOCAL.exec(text);
  const expected = 'expected YYYY-MM-DDTHH:MM (Paris time) or YYYY-MM-DD for a whole day';
  if (!match) return { ok: false, message: `« ${text.slice(0, 40)} » is not a date (${expected})` };
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return { ok: false, message: `« ${text} » is not a real day (${expected})` };
  }
  const day = text.slice(0, 10);
  if (match[4] === undefined) return { ok: true, value: { day, timestamp: parisToUtc(y, mo, d) } };
  const [h, mi] = [Number(match[4]), Number(match[5])];
  if (h > 23 || mi > 59) return { ok: false, message: `« ${text} » is not a valid time (${expected})` };
  return { ok: true, value: { day, time: `${match[4]}:${match[5]}`, timestamp: parisToUtc(y, mo, d, h, mi) } };
}

export const isAllDay = (event: EventInfo) => event.start.time === undefined;

/** The instant the event is over: its end, else its start (the end of the last day if all-day). */
export function eventEndsAt(event: EventInfo): number {
  const last = event.end ?? event.start;
  if (last.time !== undefined) return last.timestamp;
  const [y, mo, d] = last.day.split('-').map(Number) as [number, number, number];
  return parisToUtc(y, mo, d + 1);
}

interface WithEvent {
  slug: string;
  event?: EventInfo;
}

export type Dated<T> = T & { event: EventInfo };

/** Posts with an event, soonest start first; the slug breaks ties. */
export function sortEvents<T extends WithEvent>(entries: readonly T[]): Dated<T>[] {
  return entries
    .filter((e): e is Dated<T> => e.event !== undefined)
    .toSorted((a, b) => a.event.start.timestamp - b.event.start.timestamp || a.slug.localeCompare(b.slug));
}

/**
 * Upcoming (not over at `now`: an event under way is still upcoming), soonest first, and past,
 * most recent first.
 */
export function splitEvents<T extends WithEvent>(
  entries: readonly T[],
  now: number,
): { upcoming: Dated<T>[]; past: Dated<T>[] } {
  const sorted = sortEvents(entries);
  return {
    upcoming: sorted.filter((e) => eventEndsAt(e.event) > now),
    past: sorted.filter((e) => eventEndsAt(e.event) <= now).reverse(),
  };
}
