import { sortPublications } from './publications';
import type { PublicationEntry } from './types';

/**
 * The slug of a publication file from its path under `publications/`, already slugified segment
 * by segment: `['guide', 'chapitre', 'index']` -> `guide/chapitre`, `['guide', 'fin']` -> `guide/fin`.
 * A folder's `index` file is the folder's own page.
 */
export function publicationSlug(segments: readonly string[]): string {
  const last = segments.at(-1);
  const path = last === 'index' && segments.length > 1 ? segments.slice(0, -1) : segments;
  return path.join('/');
}

/**
 * The page a publication belongs to: the nearest folder above it that has a page of its own
 * (`guide/chapitre/section` -> `guide/chapitre`, or `guide` if the chapter folder has no index).
 * With no page above it, the folder it sits in: such a page has no parent to be published under.
 */
export function parentSlug(slug: string, pages: ReadonlySet<string>): string | undefined {
  const parts = slug.split('/');
  for (let depth = parts.length - 1; depth > 0; depth--) {
    const candidate = parts.slice(0, depth).join('/');
    if (pages.has(candidate)) return candidate;
  }
  return parts.length > 1 ? parts.slice(0, -1).join('/') : undefined;
}

/** Publications whose every parent is published too: the others have no page. */
export function reachablePublications<T extends { slug: string; parent?: string }>(
  entries: readonly T[],
): T[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const reachable = (entry: T, seen = new Set<string>()): boolean => {
    if (!entry.parent) return true;
    const parent = bySlug.get(entry.parent);
    if (!parent || seen.has(parent.slug)) return false;
    seen.add(parent.slug);
    return reachable(parent, seen);
  };
  return entries.filter((e) => reachable(e));
}

export interface GuideNode {
  entry: PublicationEntry;
  children: GuideNode[];
}

/** The chapters under a page, each with its own, in the editors' order (see sortPublications). */
export function guideTree(entries: readonly PublicationEntry[], slug: string): GuideNode[] {
  return sortPublications(entries.filter((e) => e.parent === slug)).map((entry) => ({
    entry,
    children: guideTree(entries, entry.slug),
  }));
}

/** Every page of a guide in reading order: the guide first, then depth-first. */
export function readingOrder(root: PublicationEntry, tree: readonly GuideNode[]): PublicationEntry[] {
  const walk = (nodes: readonly GuideNode[]): PublicationEntry[] =>
    nodes.flatMap((node) => [node.entry, ...walk(node.children)]);
  return [root, ...walk(tree)];
}

/** The pages above one, from the guide down to its parent. */
export function ancestorsOf(
  entries: readonly PublicationEntry[],
  entry: PublicationEntry,
): PublicationEntry[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const chain: PublicationEntry[] = [];
  let parent = entry.parent ? bySlug.get(entry.parent) : undefined;
  while (parent && !chain.includes(parent)) {
    chain.unshift(parent);
    parent = parent.parent ? bySlug.get(parent.parent) : undefined;
  }
  return chain;
}

export interface Guide {
  /** The publication the guide starts at. */
  root: PublicationEntry;
  /** Its chapters, nested. */
  tree: GuideNode[];
  /** The pages above the current one, from the guide down to its parent. */
  ancestors: PublicationEntry[];
  previous?: PublicationEntry;
  next?: PublicationEntry;
}

/**
 * The guide a page belongs to, with where the page is in it; undefined for a publication with no
 * sub-page (not a guide).
 */
export function guideOf(
  entries: readonly PublicationEntry[],
  entry: PublicationEntry,
): Guide | undefined {
  const ancestors = ancestorsOf(entries, entry);
  const root = ancestors[0] ?? entry;
  const tree = guideTree(entries, root.slug);
  if (tree.length === 0) return undefined;
  const order = readingOrder(root, tree);
  const index = order.findIndex((e) => e.slug === entry.slug);
  return { root, tree, ancestors, previous: order[index - 1], next: order[index + 1] };
}
