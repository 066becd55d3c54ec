import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/**
 * JavaScript in `.mdx` never runs and never reaches the page: expressions, imports and exports
 * go, and so do attributes of components whose value is an expression (remarkMdxGuard has reported
 * each one; a comment `{/* … *\/}` goes silently). What is left holds no code, only names of
 * registered components and text: the compiled body is data, kept as JSON between builds.
 */
export function rehypeNoScript() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (EXPRESSIONS.has(node.type) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const jsx = node as unknown as {
        type: string;
        attributes?: { type: string; value?: unknown }[];
      };
      if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
        jsx.attributes = (jsx.attributes ?? []).filter(
          (a) => a.type === 'mdxJsxAttribute' && (a.value == null || typeof a.value === 'string'),
        );
      }
      return undefined;
    });
  };
}
