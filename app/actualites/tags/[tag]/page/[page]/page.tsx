import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { getTagPageParams } from '@/lib/content';
import { newsListingMetadata } from '@/lib/seo/listing-metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getTagPageParams()
      .filter(({ page }) => page > 1)
      .map(({ tag, page }) => ({ tag, page: String(page) })),
    ['tag', 'page'],
  );
}

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return newsListingMetadata(Number(page), tag);
}

export default async function TagPaginatedPage({ params }: Props) {
  const { tag, page } = await params;
  return <NewsListingPage page={Number(page)} tag={tag} />;
}
