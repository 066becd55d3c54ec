import { renderedBody } from '@/components/content-body';
import { GUIDE_MENU_ID, GuideMenu } from '@/components/guides/guide-menu';
import { GuidePager } from '@/components/guides/guide-pager';
import { TableOfContents } from '@/components/guides/table-of-contents';
import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import { DateText } from '@/components/ui/date';
import type { Guide, PageEntry } from '@/lib/content';
import { tableOfContents } from '@/lib/mdx/plugins/headings';
import { searchIgnore } from '@/lib/search';
import { SubPages } from './sub-pages';

/** What a section's menu is called, on the page and for screen readers. */
const SECTION_MENU = 'Dans cette rubrique';

interface Props {
  page: PageEntry;
  /** The section the page belongs to, when it is one or has pages under it. */
  section?: Guide<PageEntry>;
  /** The pages directly under this one. */
  subPages: readonly PageEntry[];
}

/**
 * A page of the site (`/a-propos/`), or of a section (`/formations/parcours-mooc/`): breadcrumb
 * down the section, title, « Sur cette page » for a long body, the body. A section's own page
 * lists its pages; the pages of a section have its menu beside the text (after it on a phone) and
 * the previous and next pages, like a guide's chapters.
 */
export async function SitePage({ page, section, subPages }: Props) {
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    ...(section?.ancestors ?? []).map((p) => ({ label: p.title, href: p.url })),
    { label: page.title },
  ];
  const { body, headings } = await renderedBody(page);
  // The section's own page lists its pages: a menu beside that list would say it twice.
  const menu = section && page.parent ? section : undefined;
  const main = (
    <div className={menu ? 'min-w-0 lg:col-start-2 lg:row-start-1' : undefined}>
      <header className="max-w-measure">
        <h1 className="text-step-3 font-bold leading-tight">{page.title}</h1>
        {/* A section's pages say what they hold, as a guide's do; the site's own pages never did. */}
        {page.description && section && <p className="mt-3 text-step-1">{page.description}</p>}
        {page.date && (
          <p className="mt-3 text-muted" {...searchIgnore()}>
            Mis à jour le <DateText date={page.date} />
          </p>
        )}
        {menu && (
          <p className="mt-3 lg:hidden" {...searchIgnore()}>
            <a href={`#${GUIDE_MENU_ID}`}>{SECTION_MENU}</a>
          </p>
        )}
      </header>
      <TableOfContents sections={tableOfContents(headings)} />
      <div className="mt-8">{body}</div>
      <SubPages pages={subPages} />
      {menu && <GuidePager guide={menu} label="Pages précédente et suivante de la rubrique" />}
    </div>
  );
  return (
    <article className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={crumbs} />
      {menu ? (
        <div className="lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
          {main}
          <GuideMenu
            guide={menu}
            current={page.url}
            label={SECTION_MENU}
            className="mt-10 border-t border-line pt-6 lg:col-start-1 lg:row-start-1 lg:mt-0 lg:border-t-0 lg:pt-0"
          />
        </div>
      ) : (
        main
      )}
    </article>
  );
}
