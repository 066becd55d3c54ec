import type { GuideNode, TreeEntry } from '@/lib/content';

/**
 * The part of a guide's tree its menu shows on one page: every top-level chapter, and below them
 * only the branch that leads to the current page (its ancestors' chapters, its siblings, its own
 * chapters). A guide of 60 chapters listed whole on each of its pages was over the pages' DOM and
 * EcoIndex budgets; this way each page stays a few links long, and every chapter is still reached
 * without JavaScript: from its parent's page, whose menu lists it.
 */
export function menuBranch<T extends TreeEntry>(
  tree: readonly GuideNode<T>[],
  currentUrl: string,
): GuideNode<T>[] {
  const leadsToCurrent = (node: GuideNode<T>): boolean =>
    node.entry.url === currentUrl || node.children.some(leadsToCurrent);
  return tree.map((node) => ({
    entry: node.entry,
    children: leadsToCurrent(node) ? menuBranch(node.children, currentUrl) : [],
  }));
}
