import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const DESCRIPTION_LENGTH = 160;

/** Cuts text at the last word boundary that fits in `max` characters, with an ellipsis. */
export function truncateAtWord(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
/** Shortcodes and attributes of the former site's dialect: markup, not words of the page. */
const DIALECT = /\{%-?[\s\S]*?-?%\}|\{\s*(?:[.#][\w-]+\s*)+\}/g;

/**
 * The first paragraph of a Markdown body that has words in it (not an image alone, not a raw
 * HTML block), as plain text: what a page says first, used when the front matter has no
 * description.
 */
export function firstParagraph(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const find = (nodes: RootContent[]): string | undefined => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const text = toString(node, { includeHtml: false, includeImageAlt: false })
          .replace(DIALECT, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) return text;
      } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
        const inner = find(node.children as RootContent[]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return find(tree.children) ?? '';
}

/** The description of a page: the editor's, or the beginning of its first paragraph. */
export function describe(entry: { description?: string; body: string }): string {
  if (entry.description?.trim()) return entry.description.trim();
  return truncateAtWord(firstParagraph(entry.body));
}
