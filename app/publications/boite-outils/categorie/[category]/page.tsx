import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { ToolboxListing } from '@/components/publications/toolbox-listing';
import { facetUrl, getSortedTools, getToolFacet, getToolsBy, TOOL_FACETS } from '@/lib/content';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getToolFacet('category').map((value) => ({ category: value.slug })),
    ['category'],
  );
}

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getToolsBy('category', (await params).category);
  if (!found) return {};
  const title = `La boîte à outils, ${TOOL_FACETS.category.label.toLowerCase()} : ${found.value.label}`;
  return pageMetadata({
    title,
    description: `Les ${found.tools.length} outils libres de la boîte à outils pour le critère « ${found.value.label} ».`,
    path: facetUrl('category', found.value.slug),
  });
}

export default async function ToolboxFilterPage({ params }: Props) {
  const found = getToolsBy('category', (await params).category);
  if (!found) notFound();
  return (
    <ToolboxListing
      title={`La boîte à outils, ${TOOL_FACETS.category.label.toLowerCase()} : ${found.value.label}`}
      tools={found.tools}
      total={getSortedTools().length}
      facets={{ category: getToolFacet('category'), scope: getToolFacet('scope') }}
      active={{ facet: 'category', value: found.value }}
    />
  );
}
