import type { Guide, GuideNode, TreeEntry } from '@/lib/content';
import { menuBranch } from '@/lib/guide-menu';
import { searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

/** Where the small-screen link « Sommaire du guide » leads. */
export const GUIDE_MENU_ID = 'guide-sommaire';

interface Props {
  guide: Guide<TreeEntry>;
  /** Address of the page shown. */
  current: string;
  className?: string;
  /** Its name: « Sommaire du guide », or « Dans cette rubrique » for a section of the site. */
  label?: string;
}

/**
 * The guide's own menu: its chapters in reading order, the branch of the current page opened
 * (menuBranch), the current page marked. It comes
 * after the body in the page, so that on a phone it never pushes the text down; a wide screen
 * shows it beside the text (see PublicationArticle).
 */
export function GuideMenu({ guide, current, className = '', label = 'Sommaire du guide' }: Props) {
  return (
    <nav
      id={GUIDE_MENU_ID}
      aria-label={label}
      className={`text-step--1 ${className}`}
      {...searchIgnore()}
    >
      <p className="mb-2 font-bold">{label}</p>
      <p>
        <MenuLink url={guide.root.url} title={guide.root.title} current={current} />
      </p>
      <MenuList nodes={menuBranch(guide.tree, current)} current={current} />
    </nav>
  );
}

function MenuList({ nodes, current }: { nodes: readonly GuideNode<TreeEntry>[]; current: string }) {
  return (
    <ol className="mt-1 space-y-1 border-l border-line pl-3">
      {nodes.map(({ entry, children }) => (
        <li key={entry.url}>
          <MenuLink url={entry.url} title={entry.title} current={current} />
          {children.length > 0 && <MenuList nodes={children} current={current} />}
        </li>
      ))}
    </ol>
  );
}

function MenuLink({ url, title, current }: { url: string; title: string; current: string }) {
  const isCurrent = url === current;
  return (
    <a
      href={withBasePath(url)}
      aria-current={isCurrent ? 'page' : undefined}
      className={
        isCurrent
          ? 'font-bold text-brand-strong no-underline'
          : 'text-ink no-underline hover:underline'
      }
    >
      {title}
    </a>
  );
}
