import { breadcrumbList, JsonLd } from '@/lib/seo/json-ld';
import { withBasePath } from '@/lib/site';

export interface Crumb {
  label: string;
  /** Site path; the last crumb (the current page) has none. */
  href?: string;
}

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Fil d’Ariane" className="mb-6 text-step--1 text-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => (
          <li key={item.href ?? item.label} className="flex items-center gap-2">
            {index > 0 && <span aria-hidden="true">›</span>}
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
