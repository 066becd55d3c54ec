import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parseFragment } from 'parse5';

/**
 * The part of a template page's HTML that holds no template logic: what the page said whatever
 * the data. An element whose own text or attributes hold a construct (`{{ … }}`, `{% … %}`) is
 * the template's work (a loop over a collection, a date, an image from the data) and is left out
 * whole, with the sentence around it; a layout grid left empty goes with it, and grid wrappers (`fr-grid-row`, `fr-col-*`) are
 * unwrapped, since the page's layout is this site's. Pure.
 */

const TEMPLATE = /\{\{|\{%|\{#/;
const GRID = /^fr-(grid-row|col)\b/;
/** Elements that hold a sentence rather than blocks. */
const TEXT_BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'figcaption',
  'a',
  'span',
  'time',
  'strong',
  'em',
]);

export interface StaticHtml {
  html: string;
  /** How many elements were left out for their template logic. */
  removed: number;
}

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
};

const holdsTemplate = (node: Element): boolean =>
  Object.values(node.properties).some((v) => TEMPLATE.test(String(v))) ||
  node.children.some((c) => c.type === 'text' && TEMPLATE.test(c.value));

const isBlank = (node: RootContent) =>
  (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';

export function staticHtml(source: string): StaticHtml {
  const tree = fromParse5(parseFragment(source)) as Root;
  let removed = 0;
  const clean = (children: readonly RootContent[]): RootContent[] =>
    children.flatMap((child): RootContent[] => {
      if (child.type === 'text') return TEMPLATE.test(child.value) ? (removed++, []) : [child];
      if (child.type !== 'element') return child.type === 'comment' ? [] : [child];
      if (holdsTemplate(child)) {
        removed++;
        return [];
      }
      const before = removed;
      const kept = clean(child.children);
      // A sentence missing its value (« mis à jour le » without the date) says nothing: out whole.
      if (removed > before && TEXT_BLOCK.has(child.tagName)) return [];
      const grid = child.tagName === 'div' && classes(child).some((c) => GRID.test(c));
      if (grid) return kept.every(isBlank) ? [] : kept;
      child.children = kept as ElementContent[];
      return [child];
    });
  tree.children = clean(tree.children);
  const html = toHtml(tree)
    // The unwrapped grid leaves runs of blank lines and indentation: one blank line between blocks.
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { html, removed };
}
