import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { EventList } from '@/components/events/event-list';
import { FIXED_PAGES, getPastEvents, getUpcomingEvents } from '@/lib/content';
import { CALENDAR_PATH } from '@/lib/seo/agenda-calendar';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/site';

const page = FIXED_PAGES['/agenda/']!;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: page.description ?? page.title,
  path: '/agenda/',
});

export default function AgendaPage() {
  const upcoming = getUpcomingEvents();
  const past = getPastEvents();
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Actualités', href: '/actualites/' },
          { label: page.title },
        ]}
      />
      <h1 className="text-step-3 font-bold leading-tight">{page.title}</h1>
      <p className="mt-3 max-w-measure">
        <a href={withBasePath(CALENDAR_PATH)} download="">
          S’abonner au calendrier de tous les événements (.ics)
        </a>
      </p>
      <section aria-labelledby="upcoming-events" className="mt-8">
        <h2 id="upcoming-events" className="mb-4 text-step-2 font-bold">
          À venir
        </h2>
        {upcoming.length > 0 ? (
          <EventList events={upcoming} headingLevel={3} />
        ) : (
          <p>Aucun événement n’est annoncé pour le moment.</p>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-events" className="mt-12">
          <h2 id="past-events" className="mb-4 text-step-2 font-bold">
            Événements passés
          </h2>
          <EventList events={past} headingLevel={3} past />
        </section>
      )}
    </div>
  );
}
