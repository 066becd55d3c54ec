import type { EventInfo, EventTime } from '@/lib/content/events';

/**
 * iCalendar (RFC 5545) text of the agenda. Pure: takes plain events, returns the file's text, the
 * same for the same content (DTSTAMP comes from the post, never from the build's clock).
 */

export interface CalendarEvent {
  /** Stable across builds, so a calendar client updates the event rather than duplicating it. */
  uid: string;
  /** The post's publication instant: DTSTAMP. */
  stamp: number;
  summary: string;
  description?: string;
  url: string;
  event: EventInfo;
}

export interface Calendar {
  name: string;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
export const TIME_ZONE = 'Europe/Paris';

/** Paris since 1996: the EU rule (last Sunday of March and of October, at 01:00 UTC). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545, 3.1): CRLF then a space, which counts in the next
 * line's 75. Never inside a UTF-8 sequence: a character that does not fit moves whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const compact = (day: string) => day.replace(/-/g, '');

function utcStamp(timestamp: number): string {
  return new Date(timestamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The day after `YYYY-MM-DD`, as iCalendar writes a date: an all-day DTEND is exclusive. */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

const localTime = (time: EventTime) =>
  `${compact(time.day)}T${(time.time ?? '00:00').replace(':', '')}00`;

function eventLines({ uid, stamp, summary, description, url, event }: CalendarEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${utcStamp(stamp)}`];
  if (event.start.time === undefined) {
    lines.push(`DTSTART;VALUE=DATE:${compact(event.start.day)}`);
    lines.push(`DTEND;VALUE=DATE:${nextDay((event.end ?? event.start).day)}`);
  } else {
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${localTime(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=${TIME_ZONE}:${localTime(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(summary)}`);
  const text = [description, event.registration && `Inscription : ${event.registration}`]
    .filter(Boolean)
    .join('\n\n');
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  const location = event.place ?? event.online;
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  lines.push(`URL:${url}`, 'END:VEVENT');
  return lines;
}

/** The whole `.ics` file: CRLF line ends, every line folded. */
export function icalendar({ name, events }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mission Numérique écoresponsable//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
