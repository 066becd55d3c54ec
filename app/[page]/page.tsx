import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { notFound } from 'next/navigation';
import { SitePage } from '@/components/pages/site-page';
import { getPages, getSection, getSubPages, getPageBySlug } from '@/lib/content';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';

export const dynamicParams = false;

/** The site's pages (`/a-propos/`) and sections' own pages (`/formations/`); deeper ones: [...path]. */
export function generateStaticParams() {
  return paramsOrPlaceholder(
    getPages()
      .filter((page) => !page.slug.includes('/'))
      .map((page) => ({ page: page.slug })),
    ['page'],
  );
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPageBySlug((await params).page);
  if (!page) return {};
  return pageMetadata({
    title: page.title,
    description: describe(page),
    path: page.url,
    image: await shareImage(page.image),
  });
}

export default async function ContentPage({ params }: Props) {
  const page = getPageBySlug((await params).page);
  if (!page) notFound();
  return <SitePage page={page} section={getSection(page)} subPages={getSubPages(page)} />;
}
