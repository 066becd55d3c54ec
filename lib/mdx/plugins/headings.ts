import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { CompileContext } from '../context';

/**
 * The page title is the only `h1`: headings in a body start at `h2` (an `h1` is demoted).
 * Each heading gets a stable id from its text, so a section can be linked to. The `h2`s are
 * recorded in the context as they end up in the page, so that the page can list them (« Sur cette
 * page ») without compiling the body a second time.
 */
export function rehypeHeadings(ctx?: CompileContext) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const sections: OutlineHeading[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (!node.properties.id && text) node.properties.id = slugger.slug(text);
      const id = node.properties.id;
      if (node.tagName === 'h2' && text && typeof id === 'string') sections.push({ id, text });
    });
    if (ctx) ctx.headings = sections;
  };
}

/** A section of a body: its heading's id and text. */
export interface OutlineHeading {
  id: string;
  text: string;
}

/** Short pages need no table of contents: it is shown from this many sections on. */
export const TOC_MIN_SECTIONS = 3;

/** The sections a page lists under « Sur cette page »: none for a short page. */
export function tableOfContents(headings: readonly OutlineHeading[]): OutlineHeading[] {
  return headings.length >= TOC_MIN_SECTIONS ? [...headings] : [];
}
