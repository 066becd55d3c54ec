import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { notFound } from 'next/navigation';
import { PublicationArticle } from '@/components/publications/publication-article';
import { getGuide, getPublicationBySlug, getPublicationPaths, TOOLBOX_URL } from '@/lib/content';
import { EMPTY_PARAM } from '@/lib/static-params';

export const dynamicParams = false;

/**
 * Every publication at any depth (`/publications/guide/chapitre/section/`). The toolbox's static
 * routes (app/publications/boite-outils/) take precedence over this one.
 */
export function generateStaticParams() {
  const paths = getPublicationPaths();
  return (paths.length > 0 ? paths : [[EMPTY_PARAM]]).map((path) => ({ path }));
}

type Props = { params: Promise<{ path: string[] }> };

async function find(params: Props['params']) {
  const publication = getPublicationBySlug((await params).path.join('/'));
  if (!publication || publication.url.startsWith(TOOLBOX_URL)) return undefined;
  return { publication, guide: getGuide(publication) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { publication, guide } = found;
  const root = guide && guide.root !== publication ? guide.root : undefined;
  return pageMetadata({
    title: root ? `${publication.title} – ${root.title}` : publication.title,
    description: describe(publication),
    path: publication.url,
    image: await shareImage(publication.image ?? root?.image),
  });
}

export default async function PublicationPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <PublicationArticle publication={found.publication} guide={found.guide} />;
}
