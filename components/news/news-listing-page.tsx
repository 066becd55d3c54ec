import { notFound } from 'next/navigation';
import { getNewsListing } from '@/lib/content';
import { NewsIndex } from './news-index';

/** Renders page `page` of all news or of one tag, or answers 404. */
export function NewsListingPage({ page, tag }: { page: number; tag?: string }) {
  const listing = getNewsListing(page, tag);
  if (!listing) notFound();
  const crumbs = listing.tag
    ? [
        { label: 'Accueil', href: '/' },
        { label: 'Actualités', href: '/actualites/' },
        { label: 'Thèmes', href: '/actualites/tags/' },
        { label: listing.tag.label },
      ]
    : [{ label: 'Accueil', href: '/' }, { label: 'Actualités' }];
  return (
    <NewsIndex
      heading={listing.tag ? `Actualités – ${listing.tag.label}` : 'Actualités'}
      crumbs={crumbs}
      posts={listing.posts}
      page={listing.page}
      totalPages={listing.totalPages}
      base={listing.base}
      tags={listing.tags}
      total={listing.total}
      activeTag={listing.tag?.slug}
    />
  );
}
