import type { EpisodePlace } from '@/lib/content';
import { searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

/** « Épisode n sur N » of a series, with the episodes before and after: plain links, no script. */
export function EpisodeNav({ place }: { place: EpisodePlace }) {
  const { series, number, previous, next } = place;
  return (
    <nav
      aria-label={`Série « ${series.label} »`}
      className="mt-6 max-w-measure rounded-lg border border-line bg-surface p-4"
      {...searchIgnore()}
    >
      <p className="font-bold">
        Épisode {number} sur {series.episodes.length} de la série{' '}
        <a href={withBasePath(`/actualites/series/${series.slug}/`)}>{series.label}</a>
      </p>
      {(previous || next) && (
        <ul className="mt-3 grid gap-3 text-step--1 sm:grid-cols-2">
          {previous && (
            <li>
              <span className="block text-muted">Épisode précédent</span>
              <a href={withBasePath(previous.url)}>{previous.title}</a>
            </li>
          )}
          {next && (
            <li className="sm:col-start-2 sm:text-right">
              <span className="block text-muted">Épisode suivant</span>
              <a href={withBasePath(next.url)}>{next.title}</a>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
