import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from '@/lib/mdx/plugins/tables';

const table = (...headCells: ReturnType<typeof h>[]) =>
  ({
    type: 'root',
    children: [
      h('table', [
        h('thead', [h('tr', headCells)]),
        h('tbody', [h('tr', [h('td', 'Don'), h('td', 'Recyclage')])]),
      ]),
    ],
  }) as Root;

const sections = (tree: Root) =>
  ((tree.children[0] as ReturnType<typeof h>).children as ReturnType<typeof h>[]).map(
    (c) => c.tagName,
  );

describe('tables written with an empty header row', () => {
  it('lose that row: empty header cells announce nothing', () => {
    const tree = table(h('th', ''), h('th', ' '));
    rehypeTables()(tree);
    expect(sections(tree)).toEqual(['tbody']);
  });

  it('keep a header row with any text, its empty corner cell made a data cell', () => {
    const withText = table(h('th', ''), h('th', 'Filière'));
    rehypeTables()(withText);
    expect(sections(withText)).toEqual(['thead', 'tbody']);
    const head = (withText.children[0] as ReturnType<typeof h>).children[0] as ReturnType<typeof h>;
    const row = head.children[0] as ReturnType<typeof h>;
    expect(row.children.map((c) => (c as ReturnType<typeof h>).tagName)).toEqual(['td', 'th']);
  });

  it('can be scrolled with the keyboard: a table is focusable', () => {
    const tree = table(h('th', 'A'), h('th', 'B'));
    rehypeTables()(tree);
    expect((tree.children[0] as ReturnType<typeof h>).properties.tabIndex).toBe(0);
  });

  it('keep a header row with an image', () => {
    const withImage = table(h('th', [h('img', { src: '/logo.png', alt: 'Logo' })]), h('th', ''));
    rehypeTables()(withImage);
    expect(sections(withImage)).toEqual(['thead', 'tbody']);
  });
});
