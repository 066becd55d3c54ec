import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SitePage } from '@/components/pages/site-page';
import { getPageBySlug, getPages, getSection, getSubPages } from '@/lib/content';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { EMPTY_PARAM } from '@/lib/static-params';

export const dynamicParams = false;

/**
 * The pages of a section, at any depth (`/formations/parcours-mooc/`). The site's own routes
 * (app/actualites/, app/publications/, …) are static segments and take precedence; the check
 * refuses a page under them (lib/content/load.ts).
 */
export function generateStaticParams() {
  const nested = getPages()
    .map((page) => page.slug.split('/'))
    .filter((parts) => parts.length > 1)
    .map(([page, ...path]) => ({ page: page!, path }));
  return nested.length > 0 ? nested : [{ page: EMPTY_PARAM, path: [EMPTY_PARAM] }];
}

type Props = { params: Promise<{ page: string; path: string[] }> };

async function find(params: Props['params']) {
  const { page, path } = await params;
  return getPageBySlug([page, ...path].join('/'));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await find(params);
  if (!page) return {};
  const root = getSection(page)?.root;
  return pageMetadata({
    title: root && root !== page ? `${page.title} – ${root.title}` : page.title,
    description: describe(page),
    path: page.url,
    image: await shareImage(page.image ?? root?.image),
  });
}

export default async function SectionPage({ params }: Props) {
  const page = await find(params);
  if (!page) notFound();
  return <SitePage page={page} section={getSection(page)} subPages={getSubPages(page)} />;
}
