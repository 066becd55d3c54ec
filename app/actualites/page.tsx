import type { Metadata } from 'next';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { newsListingMetadata } from '@/lib/seo/listing-metadata';

export function generateMetadata(): Metadata {
  return newsListingMetadata(1);
}

export default function NewsIndexPage() {
  return <NewsListingPage page={1} />;
}
