import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import {
  brokenLinkMessage,
  brokenLinkSeverity,
  isSitePath,
  IMAGE_RULES,
  resolveAsset,
  resolveSitePath,
  type KnownPage,
  type Problem,
} from '@/lib/content';
import { lookupBodyImage, placeOf, report, type CompileContext, type SiteLink } from '../context';

/**
 * Every internal link of a body (`/publications/...`, `/docs/x.pdf`) must lead to a page or a
 * file of the site: otherwise an error at its line (a warning with `LINKS=warn`). So must every
 * image of the site (`/images/x.png`, or relative to the Markdown file).
 * Links are collected in `ctx.links`, to be resolved once every page is known: a compiled body is
 * kept across builds, the rest of the site changes.
 */
export function rehypeCheckLinks(ctx: CompileContext) {
  return (tree: Root) => {
    const found: SiteLink[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') return checkImage(ctx, node);
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isSitePath(href)) return;
      found.push({ href, absPath: ctx.entry.absPath, ...placeOf(ctx, node) });
    });
    ctx.links.push(...found);
  };
}

/** The links that lead to no page and no file of the site. */
export function brokenLinks(
  links: readonly SiteLink[],
  pages: ReadonlyMap<string, KnownPage>,
  root: string,
): Problem[] {
  return links
    .filter(({ href, absPath }) => {
      const findFile = (path: string) => resolveAsset(path, absPath, root);
      return resolveSitePath(href, pages, findFile).kind === 'broken';
    })
    .map(({ href, file, line, column }) => ({
      file,
      line,
      column,
      severity: brokenLinkSeverity(),
      rule: 'link-broken',
      message: brokenLinkMessage(href),
    }));
}

/** Web addresses (`https:`, `//host`) and inline `data:` images are not files of the site. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function checkImage(ctx: CompileContext, node: Element): void {
  const src = node.properties.src;
  if (typeof src !== 'string' || !src || NOT_A_FILE.test(src)) return;
  const found = lookupBodyImage(ctx, src);
  if (!found.problem) return;
  // A missing image may be a leftover of an import (LINKS=warn); a file from outside the source, or
  // one that is no image, is never published.
  report(ctx, node, {
    severity: found.problem === 'missing' ? brokenLinkSeverity() : 'error',
    field: 'image',
    rule: IMAGE_RULES[found.problem],
    message: found.message,
  });
}
