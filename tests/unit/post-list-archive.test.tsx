import type { ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PostList } from '@/components/mdx/post-list';
import { getAllNews, postsByYear } from '@/lib/content';

/** The HTML of a server component tree, async children (images) resolved. */
async function render(node: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return new Response(stream).text();
}

const post = (day: string) => ({ day, date: { day } });

describe('an archive by year (:::posts … by-year)', () => {
  it('groups posts under the year of their day, in the order given', () => {
    const posts = [post('2026-01-20'), post('2025-12-31'), post('2025-03-18'), post('2024-01-01')];
    expect(postsByYear(posts).map((g) => [g.year, g.posts.map((p) => p.day)])).toEqual([
      ['2026', ['2026-01-20']],
      ['2025', ['2025-12-31', '2025-03-18']],
      ['2024', ['2024-01-01']],
    ]);
    expect(postsByYear([])).toEqual([]);
  });

  it(
    'shows the posts of the tag newest first, under a heading per year',
    { timeout: 120_000 },
    async () => {
      const html = await render(<PostList tags="Document de référence" byYear="true" />);
      const expected = getAllNews().filter((p) =>
        p.tags.some((t) => t.slug === 'document-de-reference'),
      );
      const years = [...html.matchAll(/<h2 id="annee-(\d{4})"/g)].map((m) => m[1]);
      expect(years.length).toBeGreaterThan(1);
      expect(years).toEqual([...new Set(expected.map((p) => p.date.day.slice(0, 4)))]);
      for (const p of expected) expect(html).toContain(`href="${p.url}"`);
    },
  );

  it(
    'shows only the posts that are no episode of a series with no-series',
    { timeout: 120_000 },
    async () => {
      const html = await render(<PostList tags="Événement" noSeries="true" />);
      const shown = getAllNews().filter(
        (p) => p.tags.some((t) => t.slug === 'evenement') && !p.series,
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(html.match(/<article/g) ?? html.match(/<li/g)).toHaveLength(shown.length);
    },
  );
});
