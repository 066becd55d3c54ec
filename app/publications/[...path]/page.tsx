import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { notFound } from 'next/navigation';
import { CriteriaFilterPage } from '@/components/criteria/criteria-filter-page';
import { CriteriaIndex } from '@/components/criteria/criteria-index';
import { CriterionArticle } from '@/components/criteria/criterion-article';
import { PublicationArticle } from '@/components/publications/publication-article';
import {
  criteriaFacetUrl,
  facetTitle,
  getCollectionOf,
  getCollectionPage,
  getGuide,
  getPublicationBySlug,
  getPublicationPaths,
  TOOLBOX_URL,
} from '@/lib/content';
import { EMPTY_PARAM } from '@/lib/static-params';

export const dynamicParams = false;

/**
 * Every publication at any depth (`/publications/guide/chapitre/section/`), and the pages of the
 * data collections publications present (`/publications/referentiel/critere/1.1/`, its filtered
 * indexes). The toolbox's static routes (app/publications/boite-outils/) take precedence.
 */
export function generateStaticParams() {
  const paths = getPublicationPaths();
  return (paths.length > 0 ? paths : [[EMPTY_PARAM]]).map((path) => ({ path }));
}

type Props = { params: Promise<{ path: string[] }> };

async function find(params: Props['params']) {
  const slug = (await params).path.join('/');
  const data = getCollectionPage(slug);
  if (data) {
    const host = getPublicationBySlug(data.collection.host.slug);
    return host ? { type: 'data' as const, data, host } : undefined;
  }
  const publication = getPublicationBySlug(slug);
  if (!publication || publication.url.startsWith(TOOLBOX_URL)) return undefined;
  return {
    type: 'publication' as const,
    publication,
    guide: getGuide(publication),
    collection: getCollectionOf(publication),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  if (found.type === 'data') {
    const { data, host } = found;
    const image = await shareImage(host.image);
    return data.kind === 'criterion'
      ? pageMetadata({
          title: data.criterion.title,
          description: describe({ body: data.criterion.objective.markdown }),
          path: data.criterion.url,
          image,
        })
      : pageMetadata({
          title: facetTitle(data.collection, data.facet, data.value),
          description:
            data.value.description ??
            `Les ${data.criteria.length} critères de ${data.facet === 'theme' ? 'la thématique' : 'priorité'} « ${data.value.label} ».`,
          path: criteriaFacetUrl(data.collection, data.facet, data.value.slug),
          image,
        });
  }
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
  if (found.type === 'data') {
    const { data, host } = found;
    return data.kind === 'criterion' ? (
      <CriterionArticle collection={data.collection} criterion={data.criterion} host={host} />
    ) : (
      <CriteriaFilterPage
        collection={data.collection}
        kind={data.facet}
        value={data.value}
        criteria={data.criteria}
      />
    );
  }
  return (
    <PublicationArticle publication={found.publication} guide={found.guide}>
      {found.collection && <CriteriaIndex collection={found.collection} />}
    </PublicationArticle>
  );
}
