import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { notFound } from 'next/navigation';
import { ContentBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DateText } from '@/components/ui/date';
import { getPageBySlug, getPages } from '@/lib/content';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getPages().map((page) => ({ page: page.slug })),
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
  return (
    <article className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: page.title }]} />
      <h1 className="max-w-measure text-step-3 font-bold leading-tight">{page.title}</h1>
      {page.date && (
        <p className="mt-3 text-muted">
          Mis à jour le <DateText date={page.date} />
        </p>
      )}
      <div className="mt-8">
        <ContentBody entry={page} />
      </div>
    </article>
  );
}
