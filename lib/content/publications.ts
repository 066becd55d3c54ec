import type { PublicationEntry } from './types';

interface Orderable {
  slug: string;
  order?: number;
  /** A page without a date comes after the dated ones of the same rank. */
  date?: { timestamp: number };
}

/**
 * The editors' order first (`order: 1` before `order: 2`, unordered last), then the most recently
 * updated; the slug breaks ties so that the order never depends on the file system.
 */
export function sortPublications<T extends Orderable>(entries: readonly T[]): T[] {
  const rank = (e: Orderable) => e.order ?? Number.POSITIVE_INFINITY;
  return entries.toSorted(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.date?.timestamp ?? 0) - (a.date?.timestamp ?? 0) ||
      a.slug.localeCompare(b.slug),
  );
}

export interface PublicationHub {
  /** Shown large, first. */
  focus: PublicationEntry[];
  /** « Autres ressources ». */
  others: PublicationEntry[];
}

/** The hub lists publications, not their sub-pages: focus ones first, each group in order. */
export function publicationHub(entries: readonly PublicationEntry[]): PublicationHub {
  const top = sortPublications(entries.filter((e) => !e.parent));
  return { focus: top.filter((e) => e.focus), others: top.filter((e) => !e.focus) };
}

/** Sub-pages of a publication (`referentiel/criteres.md`), in order. */
export function subPagesOf(entries: readonly PublicationEntry[], parent: string): PublicationEntry[] {
  return sortPublications(entries.filter((e) => e.parent === parent));
}
