import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { report, type CompileContext } from '../context';

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * In `.mdx`, JavaScript never runs: rehypeNoScript drops expressions and imports; this reports
 * each one as an error at its line, so the editor knows.
 * A comment `{/* ... *\/}` is allowed: it is how MDX writes comments.
 */
export function remarkMdxGuard(ctx: CompileContext) {
  return (tree: Root) => {
    visit(tree, (node) => {
      const type = node.type as string;
      if (type === 'mdxjsEsm') {
        report(ctx, node, {
          severity: 'error',
          field: 'mdx',
          rule: 'mdx-esm',
          message:
            '« import » and « export » are not allowed in content: use the registered components directly',
        });
      } else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        const value = String((node as { value?: string }).value ?? '');
        if (COMMENT.test(value)) return;
        report(ctx, node, {
          severity: 'error',
          field: 'mdx',
          rule: 'mdx-expression',
          message: `JavaScript expression « {${value.trim().slice(0, 40)}} » is not allowed in content: write the text itself (to show braces, write \\{ and \\})`,
        });
      } else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
        const attributes =
          (node as { attributes?: { type: string; value?: unknown; name?: string }[] })
            .attributes ?? [];
        for (const attr of attributes) {
          if (
            attr.type === 'mdxJsxExpressionAttribute' ||
            (attr.value && typeof attr.value === 'object')
          ) {
            report(ctx, node, {
              severity: 'error',
              field: 'mdx',
              rule: 'mdx-expression',
              message: `attribute ${attr.name ? `« ${attr.name} » ` : ''}uses a JavaScript expression: write a plain text value in quotes`,
            });
          }
        }
      }
    });
  };
}
