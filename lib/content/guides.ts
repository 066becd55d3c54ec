import { sortPublications } from './publications';
import type { PublicationEntry } from './types';

/**
 * A page that nests under another: a guide's chapter (publications) or a section's page (pages).
 * The same tree, menu and reading order serve both.
 */
export interface TreeEntry {
  slug: string;
  url: string;
  title: string;
  description?: string;
  parent?: string;
  order?: number;
  date?: { timestamp: number };
}

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

/** Pages whose every parent is published too: the others have no page. */
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

export interface GuideNode<T extends TreeEntry = PublicationEntry> {
  entry: T;
  children: GuideNode<T>[];
}

/** The chapters under a page, each with its own, in the editors' order (see sortPublications). */
export function guideTree<T extends TreeEntry>(entries: readonly T[], slug: string): GuideNode<T>[] {
  return sortPublications(entries.filter((e) => e.parent === slug)).map((entry) => ({
    entry,
    children: guideTree(entries, entry.slug),
  }));
}

/** Every page of a guide in reading order: the guide first, then depth-first. */
export function readingOrder<T extends TreeEntry>(root: T, tree: readonly GuideNode<T>[]): T[] {
  const walk = (nodes: readonly GuideNode<T>[]): T[] =>
    nodes.flatMap((node) => [node.entry, ...walk(node.children)]);
  return [root, ...walk(tree)];
}

/** The pages above one, from the guide down to its parent. */
export function ancestorsOf<T extends TreeEntry>(entries: readonly T[], entry: T): T[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const chain: T[] = [];
  let parent = entry.parent ? bySlug.get(entry.parent) : undefined;
  while (parent && !chain.includes(parent)) {
    chain.unshift(parent);
    parent = parent.parent ? bySlug.get(parent.parent) : undefined;
  }
  return chain;
}

export interface Guide<T extends TreeEntry = PublicationEntry> {
  /** The page the guide (or section) starts at. */
  root: T;
  /** Its chapters, nested. */
  tree: GuideNode<T>[];
  /** The pages above the current one, from the guide down to its parent. */
  ancestors: T[];
  previous?: T;
  next?: T;
}

/**
 * The guide a page belongs to, with where the page is in it; undefined for a publication with no
 * sub-page (not a guide).
 */
export function guideOf<T extends TreeEntry>(entries: readonly T[], entry: T): Guide<T> | undefined {
  const ancestors = ancestorsOf(entries, entry);
  const root = ancestors[0] ?? entry;
  const tree = guideTree(entries, root.slug);
  if (tree.length === 0) return undefined;
  const order = readingOrder(root, tree);
  const index = order.findIndex((e) => e.slug === entry.slug);
  return { root, tree, ancestors, previous: order[index - 1], next: order[index + 1] };
}
