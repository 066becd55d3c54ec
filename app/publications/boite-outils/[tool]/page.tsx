import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { notFound } from 'next/navigation';
import { ToolSheet } from '@/components/publications/tool-sheet';
import { getSortedTools, getToolBySlug } from '@/lib/content';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getSortedTools().map((tool) => ({ tool: tool.slug })),
    ['tool'],
  );
}

type Props = { params: Promise<{ tool: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tool = getToolBySlug((await params).tool);
  if (!tool) return {};
  return pageMetadata({
    title: `${tool.title} – La boîte à outils`,
    description: describe(tool),
    path: tool.url,
    image: await shareImage(tool.image),
  });
}

export default async function ToolPage({ params }: Props) {
  const tool = getToolBySlug((await params).tool);
  if (!tool) notFound();
  return <ToolSheet tool={tool} />;
}
