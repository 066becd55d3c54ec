import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TAG_FILTER_SIZE, TagFilter } from '@/components/news/tag-filter';

const tags = Array.from({ length: 12 }, (_, i) => ({
  slug: `theme-${i + 1}`,
  label: `Thème ${i + 1}`,
  count: 20 - i,
}));
const links = (html: string) => [...html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('the tag filter of the news lists', () => {
  it('shows the most used tags, then a link to every tag', () => {
    const shown = links(renderToStaticMarkup(<TagFilter tags={tags} total={50} />));
    expect(shown).toHaveLength(1 + TAG_FILTER_SIZE + 1);
    expect(shown[1]).toBe('Thème 1 (20)');
    expect(shown.at(-1)).toBe('Tous les thèmes (12)');
  });

  it('keeps the current tag, even a rare one, marked as the current page', () => {
    const html = renderToStaticMarkup(<TagFilter tags={tags} total={50} active="theme-12" />);
    expect(links(html)).toContain('Thème 12 (9)');
    expect(html).toContain('href="/actualites/tags/theme-12/" aria-current="page"');
  });

  it('lists every tag, with no extra link, when there are few', () => {
    const shown = links(renderToStaticMarkup(<TagFilter tags={tags.slice(0, 3)} total={9} />));
    expect(shown).toEqual([
      'Toutes les actualités (9)',
      'Thème 1 (20)',
      'Thème 2 (19)',
      'Thème 3 (18)',
    ]);
  });
});
