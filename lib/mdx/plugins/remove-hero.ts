import type { Image, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { CompileContext } from '../context';

/**
 * Legacy posts show their front matter image in the body (`![]({{ image }})`) while the page
 * shows it as the hero: the body copy goes, so the image shows once, optimised and not lazy.
 */
export function remarkRemoveHero(ctx: CompileContext) {
  return (tree: Root) => {
    // Read when the tree is transformed, not when the plugin is attached: `npm run check` reuses
    // one processor for many entries.
    const heroPath = ctx.entry.image?.path;
    if (!heroPath) return;
    let done = false;
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (done || !parent || index === undefined) return;
      const images = node.children.filter(
        (c): c is Image => c.type === 'image' && c.url === heroPath,
      );
      if (images.length === 0) return;
      done = true;
      node.children = node.children.filter((c) => c !== images[0]);
      const empty = node.children.every((c) => c.type === 'text' && c.value.trim() === '');
      if (empty) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}
