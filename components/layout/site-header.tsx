import { HeaderSearch } from '@/components/search/header-search';
import { getNavigation, type MenuSection } from '@/lib/content';
import { site, withBasePath } from '@/lib/site';

/**
 * The header works without JavaScript, and holds its menu once (each element counts on every
 * page: two copies of the mission's menu, for phones and for wide screens, were 80 elements of
 * every page). One native `<details>`: on a phone it is the « Menu » disclosure; on a wider screen
 * its summary is hidden and its list shows inline (`.site-menu` in app/globals.css); on both,
 * sections as links, their pages listed on the section's page.
 * The menu comes from the content source (navigation.yaml), or the site's default. The header is
 * its own centred band (.band in app/globals.css), without an inner wrapper.
 */
export function SiteHeader() {
  const { menu } = getNavigation();
  return (
    <header className="band relative flex flex-wrap items-center justify-between gap-x-4 gap-y-3 border-b border-line bg-paper py-3">
      <a
        href={withBasePath('/')}
        className="flex min-w-0 flex-1 items-center gap-2 text-step-1 font-bold leading-tight text-ink no-underline md:flex-none"
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
        {site.name}
      </a>
      <nav aria-label="Navigation principale" className="shrink-0 md:ml-auto">
        <details className="site-menu">
          <summary className="cursor-pointer list-none rounded border border-line px-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <ul className="absolute inset-x-0 top-full z-10 max-h-[80vh] overflow-y-auto border-y border-line bg-paper px-2 py-2 shadow-md md:static md:flex md:max-h-none md:flex-wrap md:gap-1 md:overflow-visible md:border-0 md:p-0 md:shadow-none">
            {menu.map((section) => (
              <MenuItem key={section.label} section={section} />
            ))}
          </ul>
        </details>
      </nav>
      <HeaderSearch />
    </header>
  );
}

const link = (href: string, label: string, className = 'nav-link') => (
  <a href={withBasePath(href)} className={className}>
    {label}
  </a>
);

/**
 * A section: its link, on every screen; its pages are listed on the section's page (listing them
 * here too, for phones, was 18 elements of every page of the imported site). A section without a
 * page of its own shows its name and its sub-links on a phone, on a wide screen its first
 * sub-link under its name.
 */
function MenuItem({ section }: { section: MenuSection }) {
  if (section.href) return <li>{link(section.href, section.label)}</li>;
  const first = section.links[0];
  return (
    <li>
      <span className="block px-3 py-2 font-bold md:hidden">{section.label}</span>
      {first && link(first.href, section.label, 'nav-link hidden md:block')}
      {section.links.length > 0 && (
        <ul className="mb-1 ml-4 border-l border-line pl-1 md:hidden">
          {section.links.map((sub) => (
            <li key={sub.href}>{link(sub.href, sub.label)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
