import { HeaderSearch } from '@/components/search/header-search';
import { site, withBasePath } from '@/lib/site';
import { onlyExistingPages } from './existing-pages';

export const mainNavigation: { href: string; label: string; page?: string }[] = [
  { href: '/', label: 'Accueil' },
  { href: '/actualites/', label: 'Actualités' },
  { href: '/publications/', label: 'Publications' },
  { href: '/a-propos/', label: 'À propos', page: 'a-propos' },
];

/**
 * The header works without JavaScript: on a phone the menu is a native `<details>` disclosure,
 * on a wider screen the same links show inline.
 */
export function SiteHeader() {
  const links = onlyExistingPages(mainNavigation).map((item) => (
    <li key={item.href}>
      <a href={withBasePath(item.href)} className="nav-link">
        {item.label}
      </a>
    </li>
  ));
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
            <ul className="absolute inset-x-0 top-full z-10 border-y border-line bg-paper px-2 py-2 shadow-md">
              {links}
            </ul>
          </details>
        </nav>
        <nav aria-label="Navigation principale" className="hidden shrink-0 md:ml-auto md:block">
          <ul className="flex gap-1">{links}</ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}
