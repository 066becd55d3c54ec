import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { getNewsPageCount } from '@/lib/content';
import { newsListingMetadata } from '@/lib/seo/listing-metadata';

export const dynamicParams = false;

/** Page 1 lives at /actualites/ only. */
export function generateStaticParams() {
  return paramsOrPlaceholder(
    Array.from({ length: getNewsPageCount() - 1 }, (_, i) => ({ page: String(i + 2) })),
    ['page'],
  );
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListingMetadata(Number((await params).page));
}

export default async function NewsPaginatedPage({ params }: Props) {
  return <NewsListingPage page={Number((await params).page)} />;
}
