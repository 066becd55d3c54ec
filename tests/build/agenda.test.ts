import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, type BuildResult } from '../helpers/build';
import { events, parisInstant, parse } from '../helpers/ical';
import { siteBuild } from '../helpers/builds';

/** The site's own content (content/), built once and shared with other test files. */
let site: BuildResult;
beforeAll(() => {
  site = siteBuild('site');
});

const SLUG = 'webinaire-rgesn-2027';
const START = Date.parse('2027-01-14T09:00:00Z');
const END = Date.parse('2027-01-14T10:30:00Z');
// The build runs on the real clock: the example is upcoming until it is over.
const upcoming = Date.now() < END;

const section = (html: string, id: string) =>
  new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const text = (html: string) => html.replaceAll('<!-- -->', '');

function readEvents(sitePath: string) {
  const ics = fs.readFileSync(path.join(site.outDir, sitePath), 'utf8');
  for (const line of ics.split('\r\n'))
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  return { props: parse(ics), events: events(ics) };
}

describe('the agenda of the site build', () => {
  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('lists the example webinar on /agenda/ with its date, « En ligne » and its links', () => {
    const html = text(readPage(site.outDir, '/agenda/'));
    const list = section(html, upcoming ? 'upcoming-events' : 'past-events');
    expect(list).toContain(`href="/actualites/${SLUG}/"`);
    expect(list).toContain('jeudi 14 janvier 2027, 10\u00a0h\u00a000 – 11\u00a0h\u00a030');
    expect(list).toMatch(/datetime="2027-01-14T10:00:00\+01:00"/i);
    expect(list).toContain('En ligne');
    expect(list).toContain(`href="/agenda/${SLUG}.ics"`);
    if (upcoming)
      expect(list).toContain(
        'href="https://www.demarches-simplifiees.fr/commencer/webinaire-rgesn-2027"',
      );
    expect(html).toContain('href="/agenda/calendrier.ics"');
  });

  it('shows the « Événement » box and an Event in the JSON-LD of the post', () => {
    const html = text(readPage(site.outDir, `/actualites/${SLUG}/`));
    expect(html).toMatch(/<h2 id="event-title"[^>]*>Événement/);
    const blocks = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const event = blocks.find((b) => b['@type'] === 'Event');
    expect(event).toMatchObject({
      startDate: '2027-01-14T10:00:00+01:00',
      endDate: '2027-01-14T11:30:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://webinaire.numerique.gouv.fr/' },
    });
  });

  it('writes the event’s own .ics, which reads back to its start and end instants', () => {
    const {
      props,
      events: [event, ...rest],
    } = readEvents(`/agenda/${SLUG}.ics`);
    expect(rest).toEqual([]);
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(event?.get('UID')?.value).toBe(`${SLUG}@ecoresponsable.numerique.gouv.fr`);
    expect(event?.get('DTSTART')?.params).toEqual({ TZID: 'Europe/Paris' });
    expect(parisInstant(event?.get('DTSTART')?.value ?? '')).toBe(START);
    expect(parisInstant(event?.get('DTEND')?.value ?? '')).toBe(END);
    expect(event?.get('DTSTAMP')?.value).toBe('20261119T230000Z');
  });

  it('writes the whole calendar at /agenda/calendrier.ics and at the former /calendar.ics', () => {
    const calendar = readEvents('/agenda/calendrier.ics');
    const uids = calendar.events.map((e) => e.get('UID')?.value);
    expect(uids).toContain(`${SLUG}@ecoresponsable.numerique.gouv.fr`);
    expect(fs.readFileSync(path.join(site.outDir, 'calendar.ics'), 'utf8')).toBe(
      fs.readFileSync(path.join(site.outDir, 'agenda', 'calendrier.ics'), 'utf8'),
    );
    // Only posts with an event have a file; no placeholder is left.
    const files = fs
      .readdirSync(path.join(site.outDir, 'agenda'))
      .filter((f) => f.endsWith('.ics'));
    expect(files.sort()).toEqual(
      [
        'calendrier.ics',
        ...calendar.events.map((e) => `${e.get('UID')?.value.split('@')[0]}.ics`),
      ].sort(),
    );
  });

  it('lists the agenda in the sitemap and on the site map page', () => {
    expect(fs.readFileSync(path.join(site.outDir, 'sitemap.xml'), 'utf8')).toContain(
      '/agenda/</loc>',
    );
    expect(readPage(site.outDir, '/plan-du-site/')).toContain('href="/agenda/"');
  });
});
