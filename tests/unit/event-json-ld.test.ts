import { describe, expect, it } from 'vitest';
import { parseEntry } from '@/lib/content/parse';
import type { EventInfo } from '@/lib/content/events';
import type { NewsEntry } from '@/lib/content/types';
import { eventJsonLd } from '@/lib/seo/json-ld';

const post = (event: string) => {
  const { entry, problems } = parseEntry({
    kind: 'news',
    file: 'content/actualites/atelier.md',
    absPath: '/abs/content/actualites/atelier.md',
    slug: 'atelier',
    url: '/actualites/atelier/',
    source: `---\ntitle: Atelier\ndate: 2026-01-05\nevent:\n${event}\n---\n\nCorps.\n`,
  });
  expect(problems).toEqual([]);
  return entry as NewsEntry & { event: EventInfo };
};

describe('eventJsonLd', () => {
  it('gives the dates with the Paris offset of their season, and a virtual location', () => {
    const data = eventJsonLd(
      post(
        '  start: 2027-01-14T10:00\n  end: 2027-07-01T11:30\n  online: https://webinaire.example.fr/',
      ),
      'Un atelier',
    );
    expect(data.startDate).toBe('2027-01-14T10:00:00+01:00');
    expect(data.endDate).toBe('2027-07-01T11:30:00+02:00');
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://webinaire.example.fr/',
    });
    expect(data.organizer).toMatchObject({ '@type': 'GovernmentOrganization' });
    expect(data['@type']).toBe('Event');
  });

  it('gives an all-day event as dates, and a place and an online room as a mixed event', () => {
    const data = eventJsonLd(
      post('  start: 2026-10-24\n  place: Lyon\n  online: https://example.fr/'),
      'D',
    );
    expect(data.startDate).toBe('2026-10-24');
    expect(data.endDate).toBeUndefined();
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data.location).toEqual([
      { '@type': 'Place', name: 'Lyon', address: 'Lyon' },
      { '@type': 'VirtualLocation', url: 'https://example.fr/' },
    ]);
  });
});
