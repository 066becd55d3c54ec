import type { EventInfo, EventTime } from './content/events';

// The day as written (`YYYY-MM-DD`) is already Paris's: formatted in UTC, it cannot shift.
const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « mardi 10 mars 2026 », « lundi 1er juin 2026 ». */
export function formatEventDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayFormat
    .formatToParts(Date.UTC(y, m - 1, d))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/**
 * « 14 h 00 », « 9 h 05 »: as French typography writes a time, with no-break spaces so that a
 * time never splits across two lines.
 */
const formatTime = (time: string) => time.replace(/^0?(\d+):/, '$1\u00a0h\u00a0');

const moment = (t: EventTime) =>
  t.time ? `${formatEventDay(t.day)}, ${formatTime(t.time)}` : formatEventDay(t.day);

/**
 * When an event takes place, in French: « mardi 10 mars 2026, 14 h 00 – 16 h 00 », the day written
 * once when the event ends the day it starts.
 */
export function formatEventWhen({ start, end }: EventInfo): string {
  if (!end || (end.day === start.day && end.time === start.time)) return moment(start);
  if (end.day === start.day && start.time && end.time)
    return `${moment(start)} – ${formatTime(end.time)}`;
  return `${moment(start)} – ${moment(end)}`;
}
