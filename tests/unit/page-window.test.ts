import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/lib/page-window';

describe('pageWindow', () => {
  it('lists every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 84)).toEqual([1, 2, 3, 'gap', 84]);
    expect(pageWindow(40, 84)).toEqual([1, 'gap', 38, 39, 40, 41, 42, 'gap', 84]);
    expect(pageWindow(84, 84)).toEqual([1, 'gap', 82, 83, 84]);
  });

  it('shows a single skipped number instead of a gap', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('stays the same size however long the list', () => {
    expect(pageWindow(200, 417)).toHaveLength(9);
  });
});
