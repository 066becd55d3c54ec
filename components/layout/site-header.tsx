import { HeaderSearch } from '@/components/search/header-search';
import { getNavigation, type MenuSection } from '@/lib/content';
import { site, withBasePath } from '@/lib/site';

/**
 * The header works without JavaScript: on a phone the menu is a native `<details>` disclosure
 * with sub-links listed under their section; on a wider screen the sections show inline, and a
 * section with sub-links opens its own `<details>`. The menu comes from the content source
 * (navigation.yaml), or the site's default.
 */
export function SiteHeader() {
  const { menu } = getNavigation();
  return (
    <header className="relative border-b border-line bg-paper">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-3">
        <a
          href={withBasePath('/')}
          className="flex min-w-0 flex-1 items-center gap-2 text-ink no-underline md:flex-none"
        >
          <svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32" className="shrink-0">
            <circle cx="16" cy="16" r="15" fill="var(--color-brand)" />
            <path d="M9 19c0-6 5-10 14-10-1 9-5 14-11 14-1 0-2-1-3-4Z" fill="var(--color-paper)" />
            <path
              d="M11 22c3-4 6-7 10-10"
              stroke="var(--color-brand)"
              strokeWidth="1.6"
              fill="none"
            />
          </svg>
          <span className="text-step-1 font-bold leading-tight">{site.name}</span>
        </a>
        <nav aria-label="Menu principal" className="shrink-0 md:hidden">
          <details className="group">
            <summary className="cursor-pointer list-none rounded border border-line px-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
              Menu{' '}
              <span aria-hidden="true" className="inline-block group-open:rotate-180">
                ▾
              </span>
            </summary>
            <ul className="absolute inset-x-0 top-full z-10 max-h-[80vh] overflow-y-auto border-y border-line bg-paper px-2 py-2 shadow-md">
              {menu.map((section) => (
                <PhoneSection key={section.label} section={section} />
              ))}
            </ul>
          </details>
        </nav>
        <nav aria-label="Navigation principale" className="hidden shrink-0 md:ml-auto md:block">
          <ul className="flex flex-wrap gap-1">
            {menu.map((section) => (
              <WideSection key={section.label} section={section} />
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}

const link = (href: string, label: string, className = 'nav-link') => (
  <a href={withBasePath(href)} className={className}>
    {label}
  </a>
);

/** On a phone: the section's link, or its name, then its sub-links indented under it. */
function PhoneSection({ section }: { section: MenuSection }) {
  return (
    <li>
      {section.href ? (
        link(section.href, section.label)
      ) : (
        <span className="block px-3 py-2 font-bold">{section.label}</span>
      )}
      {section.links.length > 0 && (
        <ul className="mb-1 ml-4 border-l border-line pl-1">
          {section.links.map((sub) => (
            <li key={sub.href}>{link(sub.href, sub.label)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * On a wider screen: a link, or a disclosure listing the section's own page first, then its
 * sub-links. A native `<details>`: it opens with a click, Enter or Space, no script needed. The
 * list opens leftwards, under the menu, so that the last section's stays inside the screen.
 */
function WideSection({ section }: { section: MenuSection }) {
  if (section.links.length === 0) return <li>{link(section.href ?? '/', section.label)}</li>;
  const links = section.href
    ? [{ href: section.href, label: section.label }, ...section.links]
    : section.links;
  return (
    <li className="relative">
      <details className="group/sub">
        <summary className="nav-link cursor-pointer list-none [&::-webkit-details-marker]:hidden">
          {section.label}{' '}
          <span aria-hidden="true" className="inline-block group-open/sub:rotate-180">
            ▾
          </span>
        </summary>
        <ul className="absolute right-0 top-full z-10 mt-1 w-max min-w-full max-w-xs rounded border border-line bg-paper p-1 shadow-md">
          {links.map((sub) => (
            <li key={sub.href}>{link(sub.href, sub.label)}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
