import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The page title is the only `h1`: headings in a body start at `h2` (an `h1` is demoted).
 * Each heading gets a stable id from its text, so a section can be linked to.
 */
export function rehypeHeadings() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (/^h[2-6]$/.test(node.tagName) && !node.properties.id) {
        const text = toString(node).trim();
        if (text) node.properties.id = slugger.slug(text);
      }
    });
  };
}
