import { breadcrumbList, JsonLd } from '@/lib/seo/json-ld';
import { withBasePath } from '@/lib/site';

export interface Crumb {
  label: string;
  /** Site path; the last crumb (the current page) has none. */
  href?: string;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Fil d’Ariane" className="mb-6 text-step--1 text-muted" data-pagefind-ignore="">
      {/* Inline items: a long current title wraps like text, its separator stays on its line.
          The separator is drawn by CSS (.crumbs in app/globals.css), not an element per crumb. */}
      <ol className="crumbs">
        {items.map((item) => (
          <li key={item.href ?? item.label}>
            {item.href ? (
              <a href={withBasePath(item.href)} className="text-muted hover:text-brand-strong">
                {item.label}
              </a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
      {/* Every page with a breadcrumb describes it to search engines too. */}
      <JsonLd data={breadcrumbList(items)} />
    </nav>
  );
}
