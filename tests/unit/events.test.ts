import { describe, expect, it } from 'vitest';
import {
  eventEndsAt,
  parseEventTime,
  splitEvents,
  sortEvents,
  type EventInfo,
} from '@/lib/content/events';
import { isPublished } from '@/lib/content/collections';
import { parseEntry, type SourceFile } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';
import type { NewsEntry } from '@/lib/content/types';

const news = (frontMatter: string): SourceFile => ({
  kind: 'news',
  file: 'content/actualites/x.md',
  absPath: '/abs/content/actualites/x.md',
  slug: 'x',
  url: '/actualites/x/',
  source: `---\ntitle: T\ndate: 2026-01-05\n${frontMatter}\n---\n\nCorps.\n`,
});
const messages = (frontMatter: string) => parseEntry(news(frontMatter)).problems.map(formatProblem);
const time = (text: string) => {
  const result = parseEventTime(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const post = (slug: string, start: string, end?: string) => ({
  slug,
  event: { start: time(start), ...(end ? { end: time(end) } : {}) } satisfies EventInfo,
});

describe('parseEventTime', () => {
  it('reads a winter time in Paris as UTC+1', () => {
    expect(new Date(time('2026-03-10T14:00').timestamp).toISOString()).toBe(
      '2026-03-10T13:00:00.000Z',
    );
  });

  it('reads a summer time in Paris as UTC+2', () => {
    expect(new Date(time('2026-07-01T09:30').timestamp).toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
  });

  it('reads the first hours after the spring change at the new offset', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 03:30 is already summer time.
    expect(new Date(time('2026-03-29T03:30').timestamp).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(time('2026-03-29T01:30').timestamp).toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
  });

  it('keeps a whole day without a time, starting at midnight in Paris', () => {
    const day = time('2026-06-15');
    expect(day.time).toBeUndefined();
    expect(new Date(day.timestamp).toISOString()).toBe('2026-06-14T22:00:00.000Z');
  });

  it('refuses an offset, a day that does not exist and an hour past 23', () => {
    expect(parseEventTime('2026-03-10T14:00+01:00').ok).toBe(false);
    expect(parseEventTime('2026-02-30').ok).toBe(false);
    expect(parseEventTime('2026-03-10T24:00').ok).toBe(false);
  });
});

describe('sorting and splitting events', () => {
  const posts = [
    post('c', '2026-05-01T10:00'),
    { slug: 'no-event' },
    post('a', '2026-03-10T14:00', '2026-03-10T16:00'),
    post('b', '2026-04-01'),
  ];

  it('keeps only posts with an event, soonest first', () => {
    expect(sortEvents(posts).map((p) => p.slug)).toEqual(['a', 'b', 'c']);
  });

  it('puts an event under way with the upcoming ones, and past ones most recent first', () => {
    const during = Date.parse('2026-03-10T14:30:00Z'); // 15:30 in Paris
    expect(splitEvents(posts, during).upcoming.map((p) => p.slug)).toEqual(['a', 'b', 'c']);
    const later = Date.parse('2026-04-15T00:00:00Z');
    const { upcoming, past } = splitEvents(posts, later);
    expect(upcoming.map((p) => p.slug)).toEqual(['c']);
    expect(past.map((p) => p.slug)).toEqual(['b', 'a']);
  });

  it('ends an all-day event at midnight after its last day, in Paris', () => {
    expect(new Date(eventEndsAt(post('d', '2026-04-01', '2026-04-02').event)).toISOString()).toBe(
      '2026-04-02T22:00:00.000Z',
    );
  });
});

describe('event: in the front matter', () => {
  it('parses a full event block', () => {
    const { entry, problems } = parseEntry(
      news(
        'event:\n  start: 2027-01-14T10:00\n  end: 2027-01-14T11:30\n  place: Paris\n  online: https://webinaire.example.fr/salle\n  registration: https://example.fr/inscription',
      ),
    );
    expect(problems).toEqual([]);
    const event = (entry as NewsEntry).event;
    expect(event?.start).toEqual({
      day: '2027-01-14',
      time: '10:00',
      timestamp: Date.parse('2027-01-14T09:00:00Z'),
    });
    expect(event?.end?.time).toBe('11:30');
    expect(event?.place).toBe('Paris');
    expect(event?.online).toBe('https://webinaire.example.fr/salle');
    expect(event?.registration).toBe('https://example.fr/inscription');
  });

  it('publishes the announcement at its date, while its event is still to come', () => {
    const entry = parseEntry(news('event:\n  start: 2027-01-14T10:00')).entry as NewsEntry;
    const now = Date.parse('2026-11-26T12:00:00+01:00');
    expect(isPublished(entry, now)).toBe(true);
    expect(splitEvents([entry], now).upcoming.map((p) => p.slug)).toEqual(['x']);
    expect(isPublished(entry, Date.parse('2026-01-04T12:00:00+01:00'))).toBe(false);
  });

  it('names the line of event: when start is missing', () => {
    expect(messages('tags: [A]\nevent:\n  place: Lyon')).toEqual([
      'content/actualites/x.md:5: event.start: is required: add « start: YYYY-MM-DDTHH:MM » (Paris time) under « event: »',
    ]);
  });

  // Each message at the line of the field at fault, inside the event: block.
  it('refuses an end before the start', () => {
    expect(messages('event:\n  start: 2027-01-14T10:00\n  end: 2027-01-14T09:00')).toEqual([
      'content/actualites/x.md:6: event.end: is before start (2027-01-14): fix one of them',
    ]);
  });

  it('refuses a start with an offset and a site path as the online address', () => {
    expect(messages('event:\n  start: 2027-01-14T10:00Z\n  online: /salle/')).toEqual([
      'content/actualites/x.md:5: event.start: « 2027-01-14T10:00Z » is not a date (expected YYYY-MM-DDTHH:MM (Paris time) or YYYY-MM-DD for a whole day)',
      'content/actualites/x.md:6: event.online: must be a web address (https://…), not a site path',
    ]);
  });

  it('refuses a misspelt key rather than dropping it', () => {
    expect(messages('event:\n  start: 2027-01-14\n  lieu: Lyon')).toEqual([
      'content/actualites/x.md:4: event: unknown key « lieu »: an event has start, end, place, online, registration',
    ]);
  });

  it('refuses an event that is not a block', () => {
    expect(messages('event: demain')).toEqual([
      'content/actualites/x.md:4: event: must be a block with « start: », and optionally « end: », « place: », « online: », « registration: »',
    ]);
  });
});
