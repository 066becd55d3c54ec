import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEvent, mapEvent } from '@/lib/import/event-date';
import { splitFrontMatter } from '@/lib/import/front-matter';
import { parseEventTime } from '@/lib/content/events';
import { CORPUS_2026 } from '../helpers/builds';

const text = (
  body: string,
  extra: { title?: string; description?: string; postDay?: string } = {},
) => ({
  title: extra.title ?? 'Un événement',
  description: extra.description,
  body,
  postDay: extra.postDay ?? '2025-03-04',
});

describe('reading when an event happens from its French text', () => {
  it('reads a day with its year and a span of hours on one line', () => {
    const found = findEvent(
      text('Au programme\n\n* 11 mars 2025, de 14h30 à 17h\n* Lieu : Noisy-le-Grand'),
    );
    expect(found).toMatchObject({
      start: '2025-03-11T14:30',
      end: '2025-03-11T17:00',
      place: 'Noisy-le-Grand',
      line: 3,
    });
  });

  it('reads the hours on the lines just below the day (« Horaires : 09h30 / 12h30 »)', () => {
    const found = findEvent(
      text('* Date : 12 février\n* Horaires : 09h30 / 12h30, se présenter à 09h00', {
        postDay: '2025-02-01',
      }),
    );
    expect(found).toMatchObject({ start: '2025-02-12T09:30', end: '2025-02-12T12:30' });
  });

  it('gives a day written without its year the year that follows the post', () => {
    expect(
      findEvent(text('* 5 décembre\n* de 10h à 11h30', { postDay: '2025-11-30' }))?.start,
    ).toBe('2025-12-05T10:00');
    expect(findEvent(text('* 8 janvier\n* de 10h à 11h', { postDay: '2025-11-30' }))?.start).toBe(
      '2026-01-08T10:00',
    );
  });

  it('reads a span of whole days as an all-day event', () => {
    expect(findEvent(text('Les journées ont lieu du 18 au 20 octobre 2024.'))).toMatchObject({
      start: '2024-10-18',
      end: '2024-10-20',
    });
    expect(findEvent(text('Du 30 septembre au 2 octobre 2025, partout en France.'))).toMatchObject({
      start: '2025-09-30',
      end: '2025-10-02',
    });
  });

  it('takes a programme’s first and last times when the day has no hours beside it', () => {
    const body =
      'Rendez-vous le 17 mars 2026.\n\nUne phrase.\n\n- **9h30 — Accueil café**\n- **10h00 — Ouverture**\n- **12h00 — Conclusion**';
    expect(findEvent(text(body))).toMatchObject({
      start: '2026-03-17T09:30',
      end: '2026-03-17T12:00',
    });
  });

  it('does not take a duration for a time, nor a day that does not exist', () => {
    expect(findEvent(text('Formation le 12 février, durée 3h00.'))).toBeUndefined();
    expect(findEvent(text('* 31 février 2025, de 10h à 12h'))).toBeUndefined();
    expect(findEvent(text('Publié le 3 juin 2024, une table ronde.'))).toBeUndefined();
  });

  it('finds the registration link in the lines about registering, and says « En ligne » for a webinar', () => {
    const body =
      '* 14 mars 2025, de 12h15 à 13h00\n\n## Inscription\n\n<a href="https://exemple.fr/formulaire">Formulaire d’inscription</a>';
    expect(findEvent(text(body, { title: 'Webinaire datacenter' }))).toMatchObject({
      registration: 'https://exemple.fr/formulaire',
      place: 'En ligne',
    });
  });
});

describe('the event of an imported post', () => {
  const data = { title: 'Webinaire', date: '2025-03-04' };

  it('leaves alone a post that is not tagged Événement, or that already has its event', () => {
    expect(mapEvent(data, ['Formation'], '* 11 mars 2025, de 10h à 11h')).toEqual({
      changes: [],
      notes: [],
    });
    expect(mapEvent({ ...data, event: { start: '2025-03-11T10:00' } }, ['Événement'], '')).toEqual({
      changes: [],
      notes: [],
    });
  });

  it('writes event: and says what it read, whatever the tag’s accents', () => {
    const mapped = mapEvent(data, ['Evenement'], '* 11 mars 2025, de 10h à 11h');
    expect(mapped.changes).toEqual([
      {
        op: 'set',
        key: 'event',
        value: { start: '2025-03-11T10:00', end: '2025-03-11T11:00', place: 'En ligne' },
      },
    ]);
    expect(mapped.notes[0]?.message).toContain(
      '« 11 mars 2025, de 10h à 11h » → 2025-03-11T10:00 – 2025-03-11T11:00',
    );
  });

  it('reports a post it cannot date, on its tags', () => {
    const mapped = mapEvent(data, ['Événement'], 'Retour en images sur la journée.');
    expect(mapped.changes).toEqual([]);
    expect(mapped.notes).toEqual([expect.objectContaining({ key: 'tags', kind: 'event' })]);
  });

  it.skipIf(!fs.existsSync(CORPUS_2026))(
    'dates the corpus’s webinar of 5 December from its text, with its registration form',
    () => {
      const file = path.join(
        CORPUS_2026,
        'content/actualites/posts/actus/webinaire5decembre-achatsIA.md',
      );
      const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
      if (!split) throw new Error('no front matter');
      const mapped = mapEvent({ ...data, date: '2025-11-30' }, ['Événement'], split.body);
      const event = (
        mapped.changes[0] as { value: { start: string; end: string; registration?: string } }
      ).value;
      expect(event).toMatchObject({
        start: '2025-12-05T10:00',
        end: '2025-12-05T11:30',
        place: 'En ligne',
      });
      expect(event.registration).toMatch(/^https:\/\//);
      // What is written is what the content layer reads back.
      expect(parseEventTime(event.start)).toMatchObject({
        ok: true,
        value: { day: '2025-12-05', time: '10:00' },
      });
    },
  );
});
