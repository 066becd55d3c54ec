import { NewsGrid } from '@/components/news/news-card';
import { PublicationCard } from '@/components/publications/publication-card';
import type { Metadata } from 'next';
import { EventList } from '@/components/events/event-list';
import { getAllNews, getPageBySlug, getPublicationHub, getUpcomingEvents } from '@/lib/content';
import { homeGraph, JsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site, withBasePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: site.name,
  absoluteTitle: true,
  description: site.shortDescription,
  path: '/',
});

const LATEST = 6;
const NEXT_EVENTS = 3;

export default function HomePage() {
  const latest = getAllNews().slice(0, LATEST);
  const { focus } = getPublicationHub();
  const events = getUpcomingEvents().slice(0, NEXT_EVENTS);
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <JsonLd data={homeGraph()} />
      <section className="rounded-xl bg-brand-soft px-6 py-10">
        <h1 className="max-w-measure text-step-3 font-bold leading-tight">{site.name}</h1>
        <p className="mt-4 max-w-measure text-step-1">{site.shortDescription}</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <a
            href={withBasePath('/publications/')}
            className="rounded bg-brand px-4 py-2 font-medium text-paper no-underline hover:bg-brand-strong hover:text-paper"
          >
            Découvrir les publications
          </a>
          {/* A content source may have no « À propos » page: never link to a page that is not there. */}
          {getPageBySlug('a-propos') && (
            <a
              href={withBasePath('/a-propos/')}
              className="rounded border border-brand bg-paper px-4 py-2 font-medium no-underline"
            >
              La mission
            </a>
          )}
        </p>
      </section>
      {events.length > 0 && (
        <section aria-labelledby="next-events" className="mt-12">
          <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="next-events" className="text-step-2 font-bold">
              Prochains événements
            </h2>
            <a href={withBasePath('/agenda/')}>Tout l’agenda</a>
          </div>
          <EventList events={events} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="latest-news" className="mt-12">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-news" className="text-step-2 font-bold">
            Dernières actualités
          </h2>
          <a href={withBasePath('/actualites/')}>Toutes les actualités</a>
        </div>
        <NewsGrid posts={latest} headingLevel={3} />
      </section>
      {focus.length > 0 && (
        <section aria-labelledby="focus-publications" className="mt-12">
          <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="focus-publications" className="text-step-2 font-bold">
              Publications à la une
            </h2>
            <a href={withBasePath('/publications/')}>Toutes les publications</a>
          </div>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {focus.map((publication) => (
              <PublicationCard key={publication.slug} publication={publication} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
