import type { ReactNode } from 'react';
import { ContentBody } from '@/components/content-body';
import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import { HeroImage } from '@/components/media/hero-image';
import { SearchData } from '@/components/search/search-data';
import { DateText } from '@/components/ui/date';
import type { PublicationEntry } from '@/lib/content';
import { searchBody, searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

interface Props {
  publication: PublicationEntry;
  /** The publication a sub-page belongs to. */
  parent?: PublicationEntry;
  /** The pages of the publication (its own and its sub-pages), for the in-publication menu. */
  subPages: PublicationEntry[];
  children?: ReactNode;
}

/** A publication or one of its sub-pages: breadcrumb, title, last update, body, its pages. */
export function PublicationArticle({ publication, parent, subPages, children }: Props) {
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Publications', href: '/publications/' },
    ...(parent ? [{ label: parent.title, href: parent.url }] : []),
    { label: publication.title },
  ];
  const home = parent ?? publication;
  return (
    <article className="mx-auto max-w-page px-4 py-8" {...searchBody()}>
      <SearchData
        kind="publication"
        date={publication.date}
        tags={publication.tags.map((t) => t.label)}
      />
      <Breadcrumb items={crumbs} />
      <header className="max-w-measure">
        <h1 className="text-step-3 font-bold leading-tight">{publication.title}</h1>
        {publication.description && <p className="mt-3 text-step-1">{publication.description}</p>}
        <p className="mt-3 text-muted" {...searchIgnore()}>
          Mis à jour le <DateText date={publication.date} />
        </p>
      </header>
      {subPages.length > 0 && (
        <nav
          aria-label={`Pages de la publication ${home.title}`}
          className="mt-6 max-w-measure"
          {...searchIgnore()}
        >
          <ul className="flex flex-wrap gap-2">
            {[home, ...subPages].map((page) => {
              const current = page.url === publication.url;
              return (
                <li key={page.url}>
                  <a
                    href={withBasePath(page.url)}
                    aria-current={current ? 'page' : undefined}
                    className="pill"
                  >
                    {page === home ? 'Présentation' : page.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <HeroImage image={publication.image} />
      <div className="mt-8">
        <ContentBody entry={publication} />
      </div>
      {children}
    </article>
  );
}
