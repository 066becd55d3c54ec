import { describe, expect, it } from 'vitest';
import {
  adjacent,
  collectTags,
  filterByTag,
  isPublished,
  pageCount,
  paginate,
  sortByDateDesc,
} from '@/lib/content/collections';

const post = (slug: string, day: number, tags: string[] = [], draft = false) => ({
  slug,
  draft,
  date: { timestamp: Date.UTC(2022, 0, day) },
  tags: tags.map((label) => ({
    label,
    slug: label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  })),
});

describe('collections', () => {
  it('sorts newest first, by slug on equal dates, without touching the input', () => {
    const input = [post('b', 1), post('c', 3), post('a', 1)];
    expect(sortByDateDesc(input).map((p) => p.slug)).toEqual(['c', 'a', 'b']);
    expect(input.map((p) => p.slug)).toEqual(['b', 'c', 'a']);
  });

  it('keeps drafts and future posts out', () => {
    const now = Date.UTC(2022, 0, 10);
    expect(isPublished(post('a', 5), now)).toBe(true);
    expect(isPublished(post('a', 10), now)).toBe(true);
    expect(isPublished(post('b', 11), now)).toBe(false);
    expect(isPublished(post('c', 5, [], true), now)).toBe(false);
  });

  it('counts tags, most used first, merging spellings that share a slug', () => {
    const tags = collectTags([
      post('a', 1, ['Événement', 'Outils']),
      post('b', 2, ['evenement']),
      post('c', 3, ['Achats']),
    ]);
    expect(tags).toEqual([
      { slug: 'evenement', label: 'Événement', count: 2 },
      { slug: 'achats', label: 'Achats', count: 1 },
      { slug: 'outils', label: 'Outils', count: 1 },
    ]);
  });

  it('filters by tag slug', () => {
    const list = [post('a', 1, ['Événement']), post('b', 2, ['Outils'])];
    expect(filterByTag(list, 'evenement').map((p) => p.slug)).toEqual(['a']);
  });

  it('paginates 9 per page and refuses pages out of range', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(paginate(items, 1)).toEqual({ items: items.slice(0, 9), page: 1, totalPages: 3 });
    expect(paginate(items, 3)?.items).toEqual([18, 19, 20, 21, 22, 23, 24]);
    expect(paginate(items, 4)).toBeUndefined();
    expect(paginate(items, 0)).toBeUndefined();
    expect(paginate(items, 1.5)).toBeUndefined();
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(pageCount(18)).toBe(2);
    expect(pageCount(19)).toBe(3);
  });

  it('gives the older post as previous and the newer as next', () => {
    const sorted = [post('new', 3), post('mid', 2), post('old', 1)];
    expect(adjacent(sorted, 'mid')).toEqual({ previous: sorted[2], next: sorted[0] });
    expect(adjacent(sorted, 'new')).toEqual({ previous: sorted[1], next: undefined });
    expect(adjacent(sorted, 'nope')).toEqual({});
  });
});
