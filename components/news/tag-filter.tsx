import type { TagCount } from '@/lib/content';
import { withBasePath } from '@/lib/site';

export const tagUrl = (slug: string) => `/actualites/tags/${slug}/`;

/** How many tags the filter shows: the most used, then a link to all of them. */
export const TAG_FILTER_SIZE = 8;

/**
 * The most used tags with their counts (and the current one), as plain links, then « Tous les
 * thèmes » when there are more: each element counts on every list page (the imported site has 16
 * tags, and its lists were over their EcoIndex budget with all of them); the active one is marked for assistive technology.
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
  const shown = tags.filter((tag, i) => i < TAG_FILTER_SIZE || tag.slug === active);
  const hidden = tags.length - shown.length;
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
        {shown.map((tag) => {
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
        {hidden > 0 && (
          <li>
            <a href={withBasePath('/actualites/tags/')} className="pill">
              Tous les thèmes ({tags.length})
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
