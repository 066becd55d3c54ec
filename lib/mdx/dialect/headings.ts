import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { report, type CompileContext } from '../context';

/**
 * The page title is the only `h1`. A body that has level-1 headings (`#`, `<h1>`), as the former
 * site's posts often do, keeps its outline one level lower: each `h1` becomes `h2`, an `h2` below
 * it `h3`, and so on (`h6` stays `h6`). Runs before the sanitizer, which has no `h1`.
 */
export function rehypeShiftHeadings(ctx: CompileContext) {
  return (tree: Root) => {
    const ones: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') ones.push(node);
    });
    if (ones.length === 0) return;
    for (const node of ones)
      report(ctx, node, {
        severity: 'warning',
        field: 'heading',
        rule: 'heading-level-1',
        message:
          'level-1 heading (« # » or <h1>): the page title is the only one; it is shown as level 2 and the headings below it shift by one (write « ## »)',
      });
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-5])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Number(level) + 1}`;
    });
  };
}
