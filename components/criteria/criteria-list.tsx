import { Fragment } from 'react';
import type { CriteriaCollection, Criterion } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/**
 * Criteria grouped by theme, in the framework's order: number and question as the link, priority
 * and difficulty beside it. Lean markup: the whole RGESN (78 criteria) is one page.
 */
export function CriteriaList({
  collection,
  criteria,
  describeThemes = true,
}: {
  collection: CriteriaCollection;
  criteria: readonly Criterion[];
  describeThemes?: boolean;
}) {
  const themes = collection.themes
    .map((theme) => ({ theme, items: criteria.filter((c) => c.theme.slug === theme.slug) }))
    .filter((group) => group.items.length > 0);
  // Two elements a criterion (the priority line is the item's own text, under a block link):
  // a filtered page of the RGESN lists up to 30 within the DOM budget of the site's pages.
  // No wrapper per theme: its heading labels its list (a filtered page stays within the budget).
  return (
    <div className="mt-8">
      {themes.map(({ theme, items }) => (
        <Fragment key={theme.slug}>
          <h3 id={`thematique-${theme.slug}`} className="mt-8 text-step-1 font-bold first:mt-0">
            {theme.label}
          </h3>
          {describeThemes && theme.description && (
            <p className="mt-1 max-w-measure text-muted">{theme.description}</p>
          )}
          <ul
            aria-labelledby={`thematique-${theme.slug}`}
            className="mt-3 grid max-w-measure gap-3 text-step--1 text-muted"
          >
            {items.map((criterion) => (
              <li key={criterion.id}>
                <a href={withBasePath(criterion.url)} className="block text-step-0">
                  {criterion.id} – {criterion.title}
                </a>
                {criterion.priority.label} · Difficulté : {criterion.difficulty}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}
