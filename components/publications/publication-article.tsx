import type { ReactNode } from 'react';
import { renderedBody } from '@/components/content-body';
import { GUIDE_MENU_ID, GuideMenu } from '@/components/guides/guide-menu';
import { GuidePager } from '@/components/guides/guide-pager';
import { TableOfContents } from '@/components/guides/table-of-contents';
import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import { HeroImage } from '@/components/media/hero-image';
import { SearchData } from '@/components/search/search-data';
import { DateText } from '@/components/ui/date';
import type { Guide, PublicationEntry } from '@/lib/content';
import { tableOfContents } from '@/lib/mdx/plugins/headings';
import { searchBody, searchIgnore } from '@/lib/search';

interface Props {
  publication: PublicationEntry;
  /** The guide the page belongs to, when the publication has chapters. */
  guide?: Guide;
  children?: ReactNode;
}

/**
 * A publication or a page of a guide: breadcrumb down the guide, title, last update, « Sur cette
 * page » for a long body, the body, the previous and next pages, and the guide's menu.
 */
export async function PublicationArticle({ publication, guide, children }: Props) {
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Publications', href: '/publications/' },
    ...(guide?.ancestors ?? []).map((page) => ({ label: page.title, href: page.url })),
    { label: publication.title },
  ];
  // One compilation gives both the body and its sections.
  const { body, headings } = await renderedBody(publication);
  const main = (
    <div className={guide ? 'min-w-0 lg:col-start-2 lg:row-start-1' : undefined}>
      <header className="max-w-measure">
        <h1 className="text-step-3 font-bold leading-tight">{publication.title}</h1>
        {publication.description && <p className="mt-3 text-step-1">{publication.description}</p>}
        <p className="mt-3 text-muted" {...searchIgnore()}>
          Mis à jour le <DateText date={publication.date} />
        </p>
        {guide && (
          <p className="mt-3 lg:hidden" {...searchIgnore()}>
            <a href={`#${GUIDE_MENU_ID}`}>Sommaire du guide</a>
          </p>
        )}
      </header>
      <TableOfContents sections={tableOfContents(headings)} />
      <HeroImage image={publication.image} />
      <div className="mt-8">{body}</div>
      {children}
      {guide && <GuidePager guide={guide} />}
    </div>
  );
  return (
    <article className="mx-auto max-w-page px-4 py-8" {...searchBody()}>
      <SearchData
        kind="publication"
        date={publication.date}
        tags={publication.tags.map((t) => t.label)}
      />
      <Breadcrumb items={crumbs} />
      {guide ? (
        <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
          {main}
          <GuideMenu
            guide={guide}
            current={publication.url}
            className="mt-10 border-t border-line pt-6 lg:col-start-1 lg:row-start-1 lg:mt-0 lg:border-t-0 lg:pt-0"
          />
        </div>
      ) : (
        main
      )}
    </article>
  );
}
