import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { getTag, getTagPageParams } from '@/lib/content';

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
  const { tag: slug, page } = await params;
  const tag = getTag(slug);
  return tag ? { title: `Actualités – ${tag.label} – page ${page}` } : {};
}

export default async function TagPaginatedPage({ params }: Props) {
  const { tag, page } = await params;
  return <NewsListingPage page={Number(page)} tag={tag} />;
}
