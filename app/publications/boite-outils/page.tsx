import type { Metadata } from 'next';
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

export function generateMetadata(): Metadata {
  const page = intro() ?? FIXED_PAGES[TOOLBOX_URL]!;
  return { title: page.title, description: page.description };
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
