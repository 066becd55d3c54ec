import { describe, expect, it } from 'vitest';
import type { GuideNode, TreeEntry } from '@/lib/content';
import { guideTree } from '@/lib/content/guides';
import { menuBranch } from '@/lib/guide-menu';

// A guide: two chapters with sections, one of them with sub-sections.
const entry = (slug: string, parent?: string, order = 0): TreeEntry => ({
  slug,
  url: `/publications/${slug}/`,
  title: slug,
  parent,
  order,
});
const entries = [
  entry('g'),
  entry('g/a', 'g', 1),
  entry('g/a/1', 'g/a', 1),
  entry('g/a/2', 'g/a', 2),
  entry('g/a/2/x', 'g/a/2', 1),
  entry('g/b', 'g', 2),
  entry('g/b/1', 'g/b', 1),
  entry('g/c', 'g', 3),
];
const tree = guideTree(entries, 'g');

/** The menu as an indented outline of slugs. */
const outline = (nodes: GuideNode<TreeEntry>[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.entry.slug}`, ...outline(n.children, depth + 1)]);

describe('the guide menu of one page', () => {
  it('shows only the top-level chapters on the guide’s first page', () => {
    expect(outline(menuBranch(tree, '/publications/g/'))).toEqual(['g/a', 'g/b', 'g/c']);
  });

  it('opens a chapter on its own page, to show its sections', () => {
    expect(outline(menuBranch(tree, '/publications/g/b/'))).toEqual([
      'g/a',
      'g/b',
      '  g/b/1',
      'g/c',
    ]);
  });

  it('opens the branch down to a deep page: its ancestors’ sections, its siblings, its own', () => {
    expect(outline(menuBranch(tree, '/publications/g/a/2/'))).toEqual([
      'g/a',
      '  g/a/1',
      '  g/a/2',
      '    g/a/2/x',
      'g/b',
      'g/c',
    ]);
    expect(outline(menuBranch(tree, '/publications/g/a/2/x/'))).toEqual(
      outline(menuBranch(tree, '/publications/g/a/2/')),
    );
  });

  it('leaves every page reachable: each one is in the menu of its parent’s page', () => {
    for (const page of entries.filter((e) => e.parent)) {
      const parentUrl = `/publications/${page.parent}/`;
      expect(outline(menuBranch(tree, parentUrl)).map((l) => l.trim())).toContain(page.slug);
    }
  });
});
