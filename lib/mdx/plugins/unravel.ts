import type { Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * In `.mdx`, a paragraph holding nothing but components (`<Callout>…</Callout>` alone on its
 * line) is no paragraph: the components take its place, as @mdx-js/mdx does
 * (remark-mark-and-unravel).
 */
export function remarkUnravel() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const kids = node.children as { type: string; value?: string }[];
      const isJsx = (c: { type: string }) =>
        c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression';
      const blank = (c: { type: string; value?: string }) =>
        c.type === 'text' && /^[\t\r\n ]*$/.test(c.value ?? '');
      if (!kids.some(isJsx) || !kids.every((c) => isJsx(c) || blank(c))) return;
      const flow = kids
        .filter((c) => !blank(c))
        .map((c) => ({
          ...c,
          type: c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression',
        })) as unknown as RootContent[];
      parent.children.splice(index, 1, ...(flow as typeof parent.children));
      return index;
    });
  };
}
