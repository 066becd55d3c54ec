import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { notFound } from 'next/navigation';
import { PublicationArticle } from '@/components/publications/publication-article';
import { getPublicationBySlug, getPublications, getSubPages } from '@/lib/content';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getPublications()
      .filter((p) => p.parent && getPublicationBySlug(p.parent))
      .map((p) => ({ slug: p.parent!, sub: p.slug.slice(p.parent!.length + 1) })),
    ['slug', 'sub'],
  );
}

type Props = { params: Promise<{ slug: string; sub: string }> };

async function find(params: Props['params']) {
  const { slug, sub } = await params;
  const parent = getPublicationBySlug(slug);
  const page = getPublicationBySlug(`${slug}/${sub}`);
  return parent && page ? { parent, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  return pageMetadata({
    title: `${found.page.title} – ${found.parent.title}`,
    description: describe(found.page),
    path: found.page.url,
    image: await shareImage(found.page.image ?? found.parent.image),
  });
}

export default async function PublicationSubPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return (
    <PublicationArticle
      publication={found.page}
      parent={found.parent}
      subPages={getSubPages(found.parent.slug)}
    />
  );
}
