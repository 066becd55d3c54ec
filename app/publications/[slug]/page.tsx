import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { notFound } from 'next/navigation';
import { PublicationArticle } from '@/components/publications/publication-article';
import { getPublicationBySlug, getPublicationHub, getSubPages, TOOLBOX_URL } from '@/lib/content';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

/** The toolbox has a route of its own (app/publications/boite-outils/), which lists the tools. */
export function generateStaticParams() {
  const { focus, others } = getPublicationHub();
  return paramsOrPlaceholder(
    [...focus, ...others].filter((p) => p.url !== TOOLBOX_URL).map((p) => ({ slug: p.slug })),
    ['slug'],
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const publication = getPublicationBySlug((await params).slug);
  if (!publication) return {};
  return pageMetadata({
    title: publication.title,
    description: describe(publication),
    path: publication.url,
    image: await shareImage(publication.image),
  });
}

export default async function PublicationPage({ params }: Props) {
  const { slug } = await params;
  const publication = getPublicationBySlug(slug);
  if (!publication || publication.parent || publication.url === TOOLBOX_URL) notFound();
  return <PublicationArticle publication={publication} subPages={getSubPages(slug)} />;
}
