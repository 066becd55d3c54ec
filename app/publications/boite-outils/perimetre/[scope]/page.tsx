import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { notFound } from 'next/navigation';
import { ToolboxListing } from '@/components/publications/toolbox-listing';
import { facetUrl, getSortedTools, getToolFacet, getToolsBy, TOOL_FACETS } from '@/lib/content';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getToolFacet('scope').map((value) => ({ scope: value.slug })),
    ['scope'],
  );
}

type Props = { params: Promise<{ scope: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getToolsBy('scope', (await params).scope);
  if (!found) return {};
  const title = `La boîte à outils, ${TOOL_FACETS.scope.label.toLowerCase()} : ${found.value.label}`;
  return pageMetadata({
    title,
    description: `Les ${found.tools.length} outils libres de la boîte à outils pour le critère « ${found.value.label} ».`,
    path: facetUrl('scope', found.value.slug),
  });
}

export default async function ToolboxFilterPage({ params }: Props) {
  const found = getToolsBy('scope', (await params).scope);
  if (!found) notFound();
  return (
    <ToolboxListing
      title={`La boîte à outils, ${TOOL_FACETS.scope.label.toLowerCase()} : ${found.value.label}`}
      tools={found.tools}
      total={getSortedTools().length}
      facets={{ category: getToolFacet('category'), scope: getToolFacet('scope') }}
      active={{ facet: 'scope', value: found.value }}
    />
  );
}
