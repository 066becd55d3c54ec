import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { NewsListingPage } from '@/components/news/news-listing-page';
import { getTag, getTags } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getTags().map((tag) => ({ tag: tag.slug })),
    ['tag'],
  );
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  return tag
    ? {
        title: `Actualités – ${tag.label}`,
        description: `Les actualités du thème « ${tag.label} » (${tag.count}).`,
      }
    : {};
}

export default async function TagPage({ params }: Props) {
  return <NewsListingPage page={1} tag={(await params).tag} />;
}
