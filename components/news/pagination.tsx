import { pageWindow } from '@/lib/page-window';
import { withBasePath } from '@/lib/site';

/** `/actualites/` for page 1, `/actualites/page/2/` after: page 1 has one URL only. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

export function Pagination({
  base,
  page,
  totalPages,
}: {
  base: string;
  page: number;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  // .page-link (app/globals.css): the current page's look follows its aria-current.
  const link = 'page-link';
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={withBasePath(pageUrl(base, page - 1))} className={link} rel="prev">
              <span aria-hidden="true">‹ </span>Page précédente
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={withBasePath(pageUrl(base, n))}
                aria-label={`Page ${n}`}
                aria-current={n === page ? 'page' : undefined}
                className={link}
              >
                {n}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={withBasePath(pageUrl(base, page + 1))} className={link} rel="next">
              Page suivante<span aria-hidden="true"> ›</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
