import { describe, expect, it } from 'vitest';
import { parseEventTime, type EventInfo } from '@/lib/content/events';
import { escapeText, foldLine, icalendar, type CalendarEvent } from '@/lib/seo/ical';

const time = (text: string) => {
  const result = parseEventTime(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const calendarEvent = (uid: string, event: EventInfo, summary = 'Webinaire'): CalendarEvent => ({
  uid: `${uid}@ecoresponsable.numerique.gouv.fr`,
  stamp: Date.parse('2026-01-05T09:00:00Z'),
  summary,
  description: 'Présentation du RGESN; questions, réponses',
  url: `https://ecoresponsable.numerique.gouv.fr/actualites/${uid}/`,
  event,
});

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A small reader of what the generator writes: unfolds, then splits name;params:value. */
function parse(text: string): Property[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text
    .slice(0, -2)
    .split('\r\n')
    .reduce<string[]>((lines, line) => {
      if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
      else lines.push(line);
      return lines;
    }, [])
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

/** Offsets of Paris, read from the VTIMEZONE rules: last Sunday of March and of October. */
function parisInstant(local: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local);
  if (!m) throw new Error(local);
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const key = mo * 100 + d + h / 100;
  const summer = key >= 300 + lastSunday(3) + 0.02 && key < 1000 + lastSunday(10) + 0.03;
  return Date.UTC(y, mo - 1, d, h, mi) - (summer ? 2 : 1) * 3_600_000;
}

/** Each VEVENT as its properties by name. */
function events(text: string): Map<string, Property>[] {
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | undefined;
  for (const property of parse(text)) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = new Map();
    else if (property.name === 'END' && property.value === 'VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else current?.set(property.name, property);
  }
  return out;
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines as RFC 5545 requires', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without cutting an accented character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    // 8 ASCII octets, then 33 « é » of 2 octets = 74: the 34th would make 76.
    expect(Buffer.byteLength(parts[0] ?? '', 'utf8')).toBe(74);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('icalendar', () => {
  const winter = calendarEvent('hiver', {
    start: time('2027-01-14T10:00'),
    end: time('2027-01-14T11:30'),
    online: 'https://webinaire.example.fr/salle',
    registration: 'https://example.fr/inscription',
  });
  const summer = calendarEvent(
    'ete',
    {
      start: time('2026-07-02T14:00'),
      end: time('2026-07-02T17:00'),
      place: 'Paris, 20 avenue de Ségur',
    },
    'Atelier « écoconception » ; accessibilité, sobriété et performances des services numériques publics',
  );
  const allDay = calendarEvent('salon', {
    start: time('2026-10-24'),
    end: time('2026-10-25'),
    place: 'Lyon',
  });
  const text = icalendar({
    name: 'Agenda — Numérique écoresponsable',
    events: [winter, summer, allDay],
  });

  it('writes a calendar with its header and the Paris time zone', () => {
    const props = parse(text);
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(props[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(value('VERSION')).toBe('2.0');
    expect(value('CALSCALE')).toBe('GREGORIAN');
    expect(value('PRODID')).toMatch(/^-\/\//);
    expect(value('X-WR-CALNAME')).toBe('Agenda — Numérique écoresponsable');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(props.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
  });

  it('keeps every line within 75 octets, CRLF-terminated', () => {
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('gives back each event’s start and end instants, in winter and in summer', () => {
    const [w, s, d] = events(text);
    expect(w?.get('DTSTART')?.params).toEqual({ TZID: 'Europe/Paris' });
    const instant = (p: Property | undefined) =>
      new Date(parisInstant(p?.value ?? '')).toISOString();
    expect(instant(w?.get('DTSTART'))).toBe('2027-01-14T09:00:00.000Z');
    expect(instant(w?.get('DTEND'))).toBe('2027-01-14T10:30:00.000Z');
    expect(instant(s?.get('DTSTART'))).toBe('2026-07-02T12:00:00.000Z');
    expect(instant(s?.get('DTEND'))).toBe('2026-07-02T15:00:00.000Z');
    // All day: dates, the end exclusive (the day after the last day).
    expect(d?.get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20261024',
    });
    expect(d?.get('DTEND')).toEqual({
      name: 'DTEND',
      params: { VALUE: 'DATE' },
      value: '20261026',
    });
  });

  it('gives back the texts, escaped and unfolded, and a stable UID and DTSTAMP', () => {
    const [w, s] = events(text);
    expect(w?.get('UID')?.value).toBe('hiver@ecoresponsable.numerique.gouv.fr');
    expect(w?.get('DTSTAMP')?.value).toBe('20260105T090000Z');
    expect(unescape(w?.get('DESCRIPTION')?.value ?? '')).toBe(
      'Présentation du RGESN; questions, réponses\n\nInscription : https://example.fr/inscription',
    );
    expect(w?.get('LOCATION')?.value).toBe('https://webinaire.example.fr/salle');
    expect(unescape(s?.get('SUMMARY')?.value ?? '')).toBe(summer.summary);
    expect(unescape(s?.get('LOCATION')?.value ?? '')).toBe('Paris, 20 avenue de Ségur');
    expect(s?.get('URL')?.value).toBe('https://ecoresponsable.numerique.gouv.fr/actualites/ete/');
  });

  it('writes an all-day event of one day with the next day as its end', () => {
    const one = icalendar({
      name: 'x',
      events: [calendarEvent('jour', { start: time('2026-12-31') })],
    });
    expect(one).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
  });

  it('is the same text for the same events', () => {
    expect(
      icalendar({ name: 'Agenda — Numérique écoresponsable', events: [winter, summer, allDay] }),
    ).toBe(text);
  });
});
