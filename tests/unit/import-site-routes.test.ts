import { describe, expect, it } from 'vitest';
import { siteRoutesMapper } from '@/lib/import/site-routes';

const tree = (files: string[]) => ({ files, links: [], read: () => '' });

describe('templates of the former site that this site builds itself', () => {
  it('claims them, writes nothing, and says what replaces each', () => {
    const result = siteRoutesMapper().map(
      tree([
        'content/calendar/calendar.njk',
        'content/feed/json.njk',
        'content/actualites/tags.njk',
        'content/actualites/posts/actus/a.md',
        'content/sitemap/sitemap.xml.njk',
        'content/search-results.njk',
      ]),
    );
    expect(result.outputs).toEqual([]);
    expect(result.handled).toEqual([
      'content/calendar/calendar.njk',
      'content/feed/json.njk',
      'content/actualites/tags.njk',
      'content/sitemap/sitemap.xml.njk',
      'content/search-results.njk',
    ]);
    expect(result.notes.map((n) => `${n.file}: ${n.message}`)).toContain(
      'content/feed/json.njk: replaced by the feeds of this site (/feed.xml, /feed.json, and /feed/feed.xml, /feed/feed.json)',
    );
    expect(new Set(result.notes.map((n) => n.kind))).toEqual(new Set(['replaced']));
  });
});
