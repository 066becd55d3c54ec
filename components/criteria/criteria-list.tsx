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
  return (
    <div className="mt-8 grid gap-8">
      {themes.map(({ theme, items }) => (
        <section key={theme.slug} aria-labelledby={`thematique-${theme.slug}`}>
          <h3 id={`thematique-${theme.slug}`} className="text-step-1 font-bold">
            {theme.label}
          </h3>
          {describeThemes && theme.description && (
            <p className="mt-1 max-w-measure text-muted">{theme.description}</p>
          )}
          <ul className="mt-3 grid max-w-measure gap-3">
            {items.map((criterion) => (
              <li key={criterion.id}>
                <a href={withBasePath(criterion.url)}>
                  {criterion.id} – {criterion.title}
                </a>
                <span className="block text-step--1 text-muted">
                  {criterion.priority.label} · Difficulté : {criterion.difficulty}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
