import type { TagCount } from '@/lib/content';
import { withBasePath } from '@/lib/site';

export const tagUrl = (slug: string) => `/actualites/tags/${slug}/`;

/**
 * Every tag with its count, as plain links; the active one is marked for assistive technology.
 * The count is plain text in the link (« Achats (4) »), read as it shows: no extra elements, the
 * list pages stay within their DOM budget. The current one's look follows `aria-current` (.pill in
 * app/globals.css).
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
            className="pill"
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
                className="pill"
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
