import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { DateText } from '@/components/ui/date';
import { getAllSeries, getSeries, seriesTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/site';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getAllSeries().map((s) => ({ series: s.slug })),
    ['series'],
  );
}

type Props = { params: Promise<{ series: string }> };

const summary = (count: number, label: string) =>
  `Les ${count} épisode${count > 1 ? 's' : ''} de la série « ${label} », dans l’ordre.`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = getSeries((await params).series);
  if (!series) return {};
  return pageMetadata({
    title: seriesTitle(series.label),
    description: summary(series.episodes.length, series.label),
    path: `/actualites/series/${series.slug}/`,
  });
}

/** A series: its episodes in the order they came out, numbered. */
export default async function SeriesPage({ params }: Props) {
  const series = getSeries((await params).series);
  if (!series) notFound();
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Actualités', href: '/actualites/' },
          { label: 'Séries', href: '/actualites/series/' },
          { label: series.label },
        ]}
      />
      <h1 className="text-step-3 font-bold leading-tight">{seriesTitle(series.label)}</h1>
      <p className="mt-2 text-muted">{summary(series.episodes.length, series.label)}</p>
      <ol className="mt-6 max-w-measure space-y-4">
        {series.episodes.map((episode, index) => (
          <li key={episode.slug} className="rounded-lg border border-line p-4">
            <p className="text-step--1 text-muted">
              Épisode {index + 1} · <DateText date={episode.date} />
            </p>
            <h2 className="mt-1 text-step-1 font-bold">
              <a href={withBasePath(episode.url)}>{episode.title}</a>
            </h2>
            {episode.description && <p className="mt-1 text-step--1">{episode.description}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
