import type { Guide, TreeEntry } from '@/lib/content';
import { searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

/** The previous and next pages of the guide, in reading order (a chapter, then its sections). */
export function GuidePager({
  guide,
  label = 'Pages précédente et suivante du guide',
}: {
  guide: Guide<TreeEntry>;
  label?: string;
}) {
  const { previous, next } = guide;
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="mt-10 border-t border-line pt-6" {...searchIgnore()}>
      <ul className="flex flex-wrap justify-between gap-4">
        {previous && (
          <li>
            <a href={withBasePath(previous.url)} rel="prev" className="no-underline">
              <span className="block text-step--1 text-muted">Précédent</span>
              {previous.title}
            </a>
          </li>
        )}
        {next && (
          <li className="ml-auto text-right">
            <a href={withBasePath(next.url)} rel="next" className="no-underline">
              <span className="block text-step--1 text-muted">Suivant</span>
              {next.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
