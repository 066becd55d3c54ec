import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const isElement = (node: unknown, tag: string): node is Element =>
  typeof node === 'object' &&
  node !== null &&
  (node as Element).type === 'element' &&
  (node as Element).tagName === tag;

const hasMedia = (cell: Element): boolean =>
  cell.children.some(
    (c) => c.type === 'element' && (c.tagName === 'img' || c.tagName === 'svg' || hasMedia(c)),
  );

/**
 * Tables of content pages. A Markdown table always has a header row; editors who want none leave its cells empty
 * (`| | |`). Empty header cells are announced as nothing by a screen reader (axe:
 * empty-table-header), so a header row with no text and no image is dropped: the table is then a
 * plain grid of data cells, as its author meant. An empty cell in a header row that has others
 * (the corner above row labels) becomes a data cell.
 */
export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'table') return;
      // A wide table scrolls sideways on a phone (.prose table in app/globals.css): focusable, a
      // keyboard can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
      node.properties = { ...node.properties, tabIndex: 0 };
      const head = node.children.find((c) => isElement(c, 'thead'));
      if (!head) return;
      const cells: Element[] = [];
      visit(head, 'element', (cell: Element) => {
        if (cell.tagName === 'th' || cell.tagName === 'td') cells.push(cell);
      });
      let pictured = false;
      visit(head, 'element', (el: Element) => {
        if (el.tagName === 'img' || el.tagName === 'svg') pictured = true;
      });
      const empty = (cell: Element) => !pictured && toString(cell).trim() === '';
      if (cells.every(empty)) {
        node.children = node.children.filter((c) => c !== head);
        return;
      }
      // An empty corner cell above a column of row labels is a data cell, not a header.
      for (const cell of cells)
        if (cell.tagName === 'th' && toString(cell).trim() === '' && !hasMedia(cell))
          cell.tagName = 'td';
    });
  };
}
