import { describe, expect, it } from 'vitest';
import type { Defaults } from '@/lib/import/cascade';
import { mapAddress, mapSeries, mapTags, mapUnlisted } from '@/lib/import/news-fields';

const none: Defaults = { tags: [], values: {} };
const folder = (values: Record<string, unknown>, tags: string[] = []): Defaults => ({
  tags,
  values,
});
const messages = (m: { notes: { message: string }[] }) => m.notes.map((n) => n.message);

describe('mapSeries', () => {
  it('leaves a text series alone', () => {
    expect(mapSeries({ series: 'Saison 1' }, none)).toEqual({ changes: [], notes: [] });
  });

  it('writes a number as text, in place', () => {
    expect(mapSeries({ series: 2 }, none).changes).toEqual([
      { op: 'set', key: 'series', value: '2' },
    ]);
  });

  it('renames serie where it stands, a number included, and says the post joins a series', () => {
    expect(mapSeries({ serie: 'Parcours MOOC' }, none)).toEqual({
      changes: [{ op: 'rename', from: 'serie', to: 'series' }],
      notes: [
        {
          key: 'series',
          kind: 'series',
          message: 'serie renamed series: the post is now an episode of « Parcours MOOC »',
        },
      ],
    });
    const number = mapSeries({ serie: 3 }, none);
    expect(number.changes).toEqual([{ op: 'rename', from: 'serie', to: 'series' }]);
    expect(messages(number)[0]).toBe('series is not a text: write the name of the series');
  });

  it('takes the folders’ values as Eleventy did: the post’s own first', () => {
    expect(mapSeries({}, folder({ series: 'S' })).changes).toEqual([
      { op: 'set', key: 'series', value: 'S' },
    ]);
    expect(mapSeries({}, folder({ serie: 'T' })).changes).toEqual([
      { op: 'set', key: 'series', value: 'T' },
    ]);
    // The folder's series was the page's series on the former site; the post's serie differs.
    const both = mapSeries({ serie: 'Saison 3' }, folder({ series: 'S' }));
    expect(both.changes).toEqual([{ op: 'set', key: 'series', value: 'S' }]);
    expect(messages(both)).toEqual([
      'series « S » kept; serie « Saison 3 » differs and is ignored: review',
      'series « S » from the folder defaults',
    ]);
  });
});

describe('mapUnlisted and mapTags', () => {
  it('does nothing for eleventyExcludeFromCollections: false, even with a folder default', () => {
    expect(
      mapUnlisted(
        { eleventyExcludeFromCollections: false },
        folder({ eleventyExcludeFromCollections: true }),
      ),
    ).toEqual({
      changes: [],
      notes: [],
    });
  });

  it('reads a single tag as a list, and reports tags that are not texts', () => {
    expect(mapTags({ tags: 'Podcast' }, folder({}, ['posts', 'Podcast']))).toEqual({
      changes: [],
      notes: [],
    });
    expect(messages(mapTags({ tags: [1, 2] }, none))).toEqual([
      'tags is not a list of texts: not merged with the folder defaults',
    ]);
  });
});

describe('mapAddress', () => {
  const post = {
    inputRel: 'actualites/posts/S2E2.md',
    slug: 'S2E2',
    newAddress: '/actualites/s2e2/',
  };

  it('falls back to Eleventy’s default address when no folder sets a permalink', () => {
    expect(mapAddress({}, none, post)).toMatchObject({
      oldAddress: '/actualites/posts/S2E2/',
      aliases: ['/actualites/posts/S2E2/'],
    });
  });

  it('keeps an alias written as a single text', () => {
    expect(mapAddress({ aliases: '/old/' }, none, post).aliases).toEqual([
      '/old/',
      '/actualites/posts/S2E2/',
    ]);
  });

  it('writes no alias when a folder permalink could not be read', () => {
    expect(mapAddress({}, { ...none, permalinkUnread: 'content/x/x.11tydata.js' }, post)).toEqual({
      changes: [],
      notes: [],
      aliases: [],
    });
  });
});
