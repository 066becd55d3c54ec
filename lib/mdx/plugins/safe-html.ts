import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { auditHtml } from '../html-audit';
import { sanitizeSchema } from '../sanitize-schema';
import { report, type CompileContext } from '../context';

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
  position?: Element['position'];
}

type AnyNode = RootContent | Root | MdxJsxElement;
const isJsx = (node: { type: string }): node is MdxJsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Passes the whole body through the allow-list sanitizer, `.md` raw HTML and `.mdx` JSX alike.
 * hast-util-sanitize drops node types it does not know, so the site's registered components are
 * swapped for placeholder elements during the pass and put back after; lowercase JSX tags in
 * `.mdx` become plain HTML elements first, so they meet the same allow-list as raw HTML in `.md`.
 */
export function rehypeSafeHtml(ctx: CompileContext) {
  return (tree: Root): Root => {
    const held: MdxJsxElement[] = [];

    const prepare = (node: AnyNode): AnyNode[] => {
      if (isJsx(node)) {
        const name = node.name ?? '';
        const children = node.children.flatMap((c) => prepare(c)) as ElementContent[];
        if (ctx.components.has(name)) {
          const index = held.push(node) - 1;
          return [
            {
              type: 'element',
              tagName: 'mdx-component',
              properties: { dataIndex: index },
              children,
              position: node.position,
            },
          ];
        }
        if (/^[a-z][a-z0-9-]*$/.test(name)) {
          const props: Record<string, string | true> = {};
          for (const attr of node.attributes) {
            if (
              attr.type === 'mdxJsxAttribute' &&
              attr.name &&
              (typeof attr.value === 'string' || attr.value == null)
            ) {
              props[attr.name] = typeof attr.value === 'string' ? attr.value : true;
            }
          }
          const element = h(name, props, children);
          element.position = node.position;
          return [element];
        }
        report(ctx, node, {
          severity: 'error',
          field: 'mdx',
          rule: 'mdx-unknown-component',
          message: `unknown component « <${name || '>'}> »: only ${[...ctx.components].map((c) => `<${c}>`).join(', ') || 'the registered components'} may be used`,
        });
        return [];
      }
      if ('children' in node && node.type !== 'root') {
        (node as Element).children = node.children.flatMap((c) => prepare(c)) as ElementContent[];
      }
      return [node];
    };

    tree.children = tree.children.flatMap((c) => prepare(c)) as RootContent[];
    auditHtml(tree, ctx);
    const clean = sanitize(tree, sanitizeSchema) as Root;

    const restore = (node: AnyNode): AnyNode => {
      if (node.type === 'element' && node.tagName === 'mdx-component') {
        const original = held[Number(node.properties.dataIndex)];
        if (original) {
          original.children = node.children.map((c) => restore(c)) as RootContent[];
          return original;
        }
      }
      if ('children' in node) {
        (node as Element).children = node.children.map((c) =>
          restore(c as AnyNode),
        ) as ElementContent[];
      }
      return node;
    };
    return restore(clean) as Root;
  };
}
