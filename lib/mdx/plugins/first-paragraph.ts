import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CompileContext } from '../context';

/**
 * Records the body's first paragraph with words, as the editor wrote it (before the dialect
 * rewrites the tree): the page's description when the front matter has none.
 */
export function remarkFirstParagraph(ctx: CompileContext) {
  return (tree: Root) => {
    ctx.firstParagraph = firstParagraphOf(tree);
  };
}

/** Shortcodes and attributes of the former site's dialect: markup, not words of the page. */
const DIALECT = /\{%-?[\s\S]*?-?%\}|\{\s*(?:[.#][\w-]+\s*)+\}/g;

/** The first paragraph with words of a Markdown tree, as plain text (see lib/seo/description.ts). */
export function firstParagraphOf(tree: Root): string {
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
