import { describe, expect, it } from 'vitest';
import { parseEventTime, type EventInfo } from '@/lib/content/events';
import { escapeText, foldLine, icalendar, type CalendarEvent } from '@/lib/seo/ical';
import { events, parisInstant, parse, unescape, type Property } from '../helpers/ical';

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
