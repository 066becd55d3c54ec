import { getPageBySlug } from '@/lib/content';

/**
 * Header and footer links to content pages (`content/pages/<page>.md`) show only when the content
 * source has that page: a source may hold only some folders (an imported corpus, a test fixture),
 * and the site never links to a page it does not have (the post-export link check would refuse it).
 */
export function onlyExistingPages<T extends { page?: string }>(links: readonly T[]): T[] {
  return links.filter((link) => !link.page || getPageBySlug(link.page) !== undefined);
}
