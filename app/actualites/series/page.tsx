import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { getAllSeries } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Séries',
  description: 'Les podcasts et séries de vidéos de la mission, épisode par épisode.',
  path: '/actualites/series/',
});

export default function SeriesIndexPage() {
  const series = getAllSeries();
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Actualités', href: '/actualites/' },
          { label: 'Séries' },
        ]}
      />
      <h1 className="mb-6 text-step-3 font-bold leading-tight">Séries</h1>
      {series.length === 0 ? (
        <p>Aucune série pour le moment.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {series.map((s) => (
            <li key={s.slug}>
              <a
                href={withBasePath(`/actualites/series/${s.slug}/`)}
                className="flex justify-between gap-3 rounded-lg border border-line px-4 py-3 text-ink no-underline hover:border-brand"
              >
                <span className="font-medium">{s.label}</span>
                <span className="shrink-0 text-muted">
                  {s.episodes.length} épisode{s.episodes.length > 1 ? 's' : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
