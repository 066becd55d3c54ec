import { brokenLinkSeverity, resolveSitePath } from './links';
import type { Problem } from './problems';
import type { KnownPage } from './site-pages';
import type { Entry, ThemeEntry } from './types';

/**
 * Themes: landing pages that gather pages of the site (guides, series, tools, any page) by their
 * site path. What a card shows (title, description) is read from the page it leads to, never
 * written twice; a path that leads to no page is reported like a broken link.
 */

/** Folder of the themes in a content source, and their section of the site. */
export const THEMES_DIR = 'thematiques';
export const THEMES_URL = '/thematiques/';

/** The index page, when the content source writes no `thematiques/index.md` of its own. */
export const THEMES_INDEX: KnownPage = {
  title: 'Thématiques',
  description: 'Les publications, outils et séries de la mission, rassemblés par besoin.',
};

/** A theme's card: the page an item leads to, as the site knows it. */
export interface ThemeCard {
  url: string;
  title: string;
  description?: string;
  /** A short line under the description (how many pages a theme gathers). */
  meta?: string;
}

export interface ResolvedSection {
  title?: string;
  cards: ThemeCard[];
}

export const isThemeIndex = (entry: Entry) => entry.kind === 'theme' && entry.url === THEMES_URL;

/** Themes in the order editors set (`order:`, smallest first), then by title. */
export function sortThemes<T extends { order?: number; title: string }>(themes: readonly T[]): T[] {
  return themes.toSorted(
    (a, b) =>
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.title.localeCompare(b.title, 'fr'),
  );
}

/**
 * A theme's sections as cards, each item resolved as a link is (lib/content/links.ts). An item
 * leading to no page is left out (the check reports it: an error, or a warning with LINKS=warn).
 * A former address leads to the page it redirects to, so that a card costs no redirect.
 */
export function resolveTheme(theme: ThemeEntry, pages: ReadonlyMap<string, KnownPage>): ResolvedSection[] {
  // A page listed twice (by two of its addresses, say) shows once, where it is first listed.
  const shown = new Set<string>();
  return theme.sections
    .map((section) => ({
      title: section.title,
      cards: section.items.flatMap((item): ThemeCard[] => {
        const target = resolveSitePath(item.path, pages, () => undefined);
        if (target.kind !== 'page') return [];
        const { page } = target;
        const url = page.url ?? target.path;
        if (shown.has(url)) return [];
        shown.add(url);
        return [{ url, title: page.title, description: page.description }];
      }),
    }))
    .filter((section) => section.cards.length > 0);
}

/**
 * Each item of each theme leads to a page of the site, and the index page lists none (it lists
 * the themes). `file:line: items.2: …` points at the item.
 */
export function checkThemeItems(entries: readonly Entry[], pages: ReadonlyMap<string, KnownPage>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'theme') continue;
    if (isThemeIndex(entry) && entry.sections.length > 0) {
      problems.push({
        file: entry.file,
        line: entry.keyLines.items ?? entry.keyLines.sections ?? 1,
        severity: 'error',
        field: entry.keyLines.items !== undefined ? 'items' : 'sections',
        rule: 'theme-index-items',
        message: 'the index page lists every theme itself: remove its items, or write them in a theme',
      });
      continue;
    }
    for (const item of entry.sections.flatMap((section) => section.items)) {
      const target = resolveSitePath(item.path, pages, () => undefined);
      if (target.kind === 'page') continue;
      problems.push({
        file: entry.file,
        line: item.line,
        severity: brokenLinkSeverity(),
        field: item.field,
        rule: 'theme-item-broken',
        message: `« ${item.path} » leads to no page of the site: write the address of a published page (/publications/…/), or remove the line`,
      });
    }
  }
  return problems;
}
