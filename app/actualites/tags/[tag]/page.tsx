import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { getTags } from '@/lib/content';
import { newsListingMetadata } from '@/lib/seo/listing-metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getTags().map((tag) => ({ tag: tag.slug })),
    ['tag'],
  );
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListingMetadata(1, (await params).tag);
}

export default async function TagPage({ params }: Props) {
  return <NewsListingPage page={1} tag={(await params).tag} />;
}
