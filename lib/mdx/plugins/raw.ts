import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

/** Whether a tree holds raw HTML (from Markdown), which only an HTML parser can read. */
function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  return (
    node.type === 'raw' ||
    (node.children ?? []).some((child) => hasRaw(child as { type: string; children?: unknown[] }))
  );
}

/**
 * rehype-raw, run only on a body that holds raw HTML. rehype-raw passes the whole tree through
 * parse5 even when there is none, and that is a fifth of the cost of checking a body; without raw
 * nodes the tree is what the HTML parser would give back.
 */
export function rehypeRawWhenPresent(options: Options) {
  const transform = rehypeRaw(options) as (tree: Root, file: VFile) => Root;
  return (tree: Root, file: VFile) => (hasRaw(tree) ? transform(tree, file) : tree);
}
