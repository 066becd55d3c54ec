import { brokenLinkMessage, brokenLinkSeverity, isSitePath, resolveSitePath } from './links';
import { resolveAsset } from './load';
import type { Problem } from './problems';
import type { KnownPage } from './site-pages';
import { navigationLinks, type Navigation } from './navigation';
import { checkThemeItems } from './themes';
import type { Entry } from './types';

/**
 * The `link` field of a news post (the card at its end) is checked like links in bodies, and so
 * are the pages a theme lists.
 */
export function checkFrontMatterLinks(entries: readonly Entry[], pages: ReadonlyMap<string, KnownPage>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const link = entry.kind === 'news' ? entry.link : undefined;
    if (!link || !isSitePath(link)) continue;
    const target = resolveSitePath(link, pages, (p) => resolveAsset(p, entry.absPath));
    if (target.kind !== 'broken') continue;
    problems.push({
      file: entry.file,
      line: entry.keyLines.link ?? 1,
      severity: brokenLinkSeverity(),
      rule: 'link-broken',
      message: brokenLinkMessage(link),
    });
  }
  problems.push(...checkThemeItems(entries, pages));
  return problems;
}

/** Each site path of the menu and the footer (navigation.yaml) leads to a page of the site. */
export function checkNavigationLinks(navigation: Navigation, pages: ReadonlyMap<string, KnownPage>): Problem[] {
  if (!navigation.file) return [];
  const file = navigation.file;
  return navigationLinks(navigation).flatMap(({ link, field }) => {
    if (!isSitePath(link.href)) return [];
    if (resolveSitePath(link.href, pages, () => undefined).kind === 'page') return [];
    return [
      {
        file,
        line: link.line ?? 1,
        severity: brokenLinkSeverity(),
        field,
        rule: 'link-broken',
        message: `${brokenLinkMessage(link.href)}: the menu and the footer link to pages of the site`,
      },
    ];
  });
}
