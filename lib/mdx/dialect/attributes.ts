import type { Parent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { report, type CompileContext } from '../context';

/** `{.classe #ancre}` as markdown-it-attrs wrote it: ids and classes only, space-separated. */
const ATTRS = /\{\s*((?:[.#][\w-]+\s*)+)\}/;
const AT_END = new RegExp(`[ \\t]*${ATTRS.source}\\s*$`);
const AT_START = new RegExp(`^${ATTRS.source}`);

interface Parsed {
  id?: string;
  classes: string[];
}

function parse(spec: string): Parsed {
  const parsed: Parsed = { classes: [] };
  for (const token of spec.trim().split(/\s+/)) {
    if (token.startsWith('#')) parsed.id = token.slice(1);
    else if (token.startsWith('.')) parsed.classes.push(token.slice(1));
  }
  return parsed;
}

function apply(ctx: CompileContext, target: RootContent, at: RootContent, parsed: Parsed) {
  if (parsed.id) {
    const data = (target.data ?? {}) as { hProperties?: Record<string, unknown> };
    data.hProperties = { ...data.hProperties, id: parsed.id };
    target.data = data as RootContent['data'];
  }
  // The former design system's classes (`.fr-…`) are its dialect: dropped without a word.
  const own = parsed.classes.filter((c) => !c.startsWith('fr-'));
  if (own.length > 0)
    report(ctx, at, {
      severity: 'warning',
      field: 'attributes',
      rule: 'html-class',
      message: `« ${own.map((c) => `.${c}`).join(' ')} » removed (the site’s styles apply; an #id is kept as an anchor)`,
    });
}

/**
 * markdown-it-attrs, the part that means something here: `## Titre {#ancre}` gives the heading
 * that id, `Texte {#id}` the paragraph, `[lien](url){#id}` the link. Classes are removed with the
 * same warning as a class written in HTML.
 */
export function applyAttributes(ctx: CompileContext, tree: Root) {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const children = parent.children as RootContent[];
    // At the end of a heading or paragraph: the block's attributes.
    const last = children[children.length - 1];
    if (
      (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') &&
      last?.type === 'text'
    ) {
      const match = AT_END.exec(last.value);
      if (match) {
        last.value = last.value.slice(0, match.index);
        apply(ctx, node as RootContent, last, parse(match[1]!));
      }
    }
    // Right after an inline element: that element's attributes.
    for (let i = 1; i < children.length; i++) {
      const child = children[i];
      const before = children[i - 1];
      if (child?.type !== 'text' || !before || before.type === 'text') continue;
      const match = AT_START.exec((child as Text).value);
      if (!match) continue;
      (child as Text).value = (child as Text).value.slice(match[0].length);
      apply(ctx, before, child, parse(match[1]!));
    }
  });
}
