import type { Paragraph, Parent, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { report, type CompileContext } from '../context';

/** The directive's name, as editors write it: `::mesures` on a line of its own. */
export const MEASURES_DIRECTIVE = 'mesures';

/**
 * `::mesures`: where the table of the site's measured pages goes (weight, requests, DOM size,
 * EcoIndex and JavaScript of each page type). The page renders a placeholder (SiteMeasures); the
 * post-export step scripts/post-export/site-measures.mjs measures the built pages and puts the
 * table in its place. Any page may hold it; once per page (a second table would say the same
 * thing twice, and costs every visitor its elements), so a second one is an error at its line.
 * It takes no label and no attributes: the table shows every page type, always.
 */
export function measuresDirective(ctx: CompileContext, tree: Root) {
  let first: number | undefined;
  visit(tree, 'leafDirective', (node: LeafDirective, index, parent: Parent | undefined) => {
    if (node.name !== MEASURES_DIRECTIVE || !parent || index === undefined) return;
    const line = node.position?.start.line;
    if (first !== undefined) {
      report(ctx, node, {
        severity: 'error',
        field: 'mesures',
        rule: 'dialect-measures',
        message: `::mesures is already at line ${ctx.entry.bodyLine + first - 1}: the table of measures is shown once a page, remove this one`,
      });
    } else if (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0) {
      report(ctx, node, {
        severity: 'error',
        field: 'mesures',
        rule: 'dialect-measures',
        message:
          '::mesures takes no [label] and no {options}: write ::mesures alone on its line (the table shows every page type)',
      });
    }
    first ??= line ?? 0;
    const placeholder: Paragraph = {
      type: 'paragraph',
      children: [],
      position: node.position,
      data: { hName: 'div', hProperties: { dataDialect: 'measures' } },
    };
    parent.children[index] = placeholder as Parent['children'][number];
    return [SKIP, index + 1];
  });
}
