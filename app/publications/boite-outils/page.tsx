import type { Metadata } from 'next';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { ContentBody } from '@/components/content-body';
import { ToolboxListing } from '@/components/publications/toolbox-listing';
import {
  FIXED_PAGES,
  getPublicationBySlug,
  getSortedTools,
  getToolFacet,
  TOOLBOX_URL,
} from '@/lib/content';

/** The toolbox publication (content/publications/boite-outils.md), when the source has one. */
const intro = () => getPublicationBySlug('boite-outils');

export async function generateMetadata(): Promise<Metadata> {
  const publication = intro();
  const page = FIXED_PAGES[TOOLBOX_URL]!;
  return pageMetadata({
    title: publication?.title ?? page.title,
    description: publication ? describe(publication) : (page.description ?? page.title),
    path: TOOLBOX_URL,
    image: await shareImage(publication?.image),
  });
}

export default function ToolboxPage() {
  const publication = intro();
  const tools = getSortedTools();
  return (
    <ToolboxListing
      title={publication?.title ?? FIXED_PAGES[TOOLBOX_URL]!.title}
      tools={tools}
      total={tools.length}
      facets={{ category: getToolFacet('category'), scope: getToolFacet('scope') }}
      intro={
        publication ? (
          <div className="mt-6">
            <ContentBody entry={publication} />
          </div>
        ) : (
          <p className="mt-3 max-w-measure text-step-1">{FIXED_PAGES[TOOLBOX_URL]!.description}</p>
        )
      }
    />
  );
}
