import type { TagCount } from '@/lib/content';
import { withBasePath } from '@/lib/site';

export const tagUrl = (slug: string) => `/actualites/tags/${slug}/`;

const pill =
  'inline-flex items-center gap-1 rounded-full border px-3 py-1 text-step--1 no-underline';

/**
 * Every tag with its count, as plain links; the active one is marked for assistive technology.
 * The count is plain text in the link (« Achats (4) »), read as it shows: no extra elements, the
 * list pages stay within their DOM budget.
 */
export function TagFilter({
  tags,
  active,
  total,
}: {
  tags: TagCount[];
  active?: string;
  total: number;
}) {
  return (
    <nav aria-label="Filtrer les actualités par thème" className="mb-8">
      <ul className="flex flex-wrap gap-2">
        <li>
          <a
            href={withBasePath('/actualites/')}
            aria-current={active ? undefined : 'page'}
            className={`${pill} ${active ? 'border-line text-ink' : 'border-brand bg-brand text-paper hover:text-paper'}`}
          >
            Toutes les actualités ({total})
          </a>
        </li>
        {tags.map((tag) => {
          const current = tag.slug === active;
          return (
            <li key={tag.slug}>
              <a
                href={withBasePath(tagUrl(tag.slug))}
                aria-current={current ? 'page' : undefined}
                className={`${pill} ${current ? 'border-brand bg-brand text-paper hover:text-paper' : 'border-line text-ink hover:border-brand'}`}
              >
                {tag.label} ({tag.count})
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
