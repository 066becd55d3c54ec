import type { Metadata } from 'next';
import { getNewsListing } from '@/lib/content';
import { tagFeedPath } from './feed-links';
import { pageMetadata } from './metadata';

const NEWS_DESCRIPTION =
  'Les actualités de la mission interministérielle Numérique écoresponsable.';

/**
 * Titles, descriptions and canonical URLs of the four news list routes (all news or one tag's,
 * page 1 or N): « Actualités – Événement – page 2 », each page its own canonical.
 */
export function newsListingMetadata(page: number, tagSlug?: string): Metadata {
  const listing = getNewsListing(page, tagSlug);
  if (!listing) return {};
  const { tag, totalPages } = listing;
  const suffix = page > 1 ? ` – page ${page}` : '';
  const title = `Actualités${tag ? ` – ${tag.label}` : ''}${suffix}`;
  const count = tag ? `${tag.count} article${tag.count > 1 ? 's' : ''}` : '';
  const description = tag
    ? `Les actualités du thème « ${tag.label} » de la mission Numérique écoresponsable (${count}).`
    : NEWS_DESCRIPTION;
  return pageMetadata({
    title,
    description: page > 1 ? `${description} Page ${page} sur ${totalPages}.` : description,
    path: page > 1 ? `${listing.base}page/${page}/` : listing.base,
    feeds: tag ? [{ path: tagFeedPath(tag.slug), title: `Actualités – ${tag.label} (RSS)` }] : [],
  });
}
