import type { PageEntry } from '@/lib/content';
import { searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

/** The pages of a section, on the section's own page: each title a link, with what it holds. */
export function SubPages({ pages }: { pages: readonly PageEntry[] }) {
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby="pages-de-la-rubrique" className="mt-10" {...searchIgnore()}>
      <h2 id="pages-de-la-rubrique" className="text-step-2 font-bold">
        Dans cette rubrique
      </h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {pages.map((page) => (
          <li key={page.slug} className="flex">
            <article className="relative flex flex-1 flex-col gap-2 rounded-lg border border-line bg-paper p-4 focus-within:ring-2 focus-within:ring-focus hover:border-brand">
              <h3 className="text-step-1 font-bold leading-snug">
                <a href={withBasePath(page.url)} className="card-link">
                  {page.title}
                </a>
              </h3>
              {page.description && <p className="text-step--1">{page.description}</p>}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
