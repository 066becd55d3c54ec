import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import {
  brokenLinkMessage,
  brokenLinkSeverity,
  isSitePath,
  resolveAsset,
  resolveSitePath,
} from '@/lib/content';
import { report, type CompileContext } from '../context';

/** Looks a site path up in the public folders, as the built site will serve it. */
export function publicFileFinder(ctx: CompileContext) {
  return (path: string) => resolveAsset(path, ctx.entry.absPath);
}

/**
 * Every internal link of a body (`/publications/...`, `/docs/x.pdf`) must lead to a page or a
 * file of the site: otherwise an error at its line (a warning with `LINKS=warn`).
 */
export function rehypeCheckLinks(ctx: CompileContext) {
  return (tree: Root) => {
    const pages = ctx.pages;
    if (!pages) return;
    const findFile = publicFileFinder(ctx);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isSitePath(href)) return;
      if (resolveSitePath(href, pages, findFile).kind !== 'broken') return;
      report(ctx, node, {
        severity: brokenLinkSeverity(),
        rule: 'link-broken',
        message: brokenLinkMessage(href),
      });
    });
  };
}
