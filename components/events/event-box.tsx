import type { EventInfo } from '@/lib/content/events';
import { searchIgnore } from '@/lib/search';
import { EventLinks } from './event-links';
import { eventWhere, EventWhen } from './event-when';

interface Props {
  slug: string;
  event: EventInfo;
  calendar: boolean;
  past: boolean;
}

/** The « Événement » box of a post that announces an event. */
export function EventBox({ slug, event, calendar, past }: Props) {
  const where = eventWhere(event);
  return (
    <aside
      aria-labelledby="event-title"
      className="mt-6 max-w-measure rounded-lg border border-line bg-brand-soft p-5"
      {...searchIgnore()}
    >
      <h2 id="event-title" className="text-step-1 font-bold">
        Événement{past && ' passé'}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">Date</dt>
        <dd>
          <EventWhen event={event} />
        </dd>
        {where && (
          <>
            <dt className="font-bold">Lieu</dt>
            <dd>{where}</dd>
          </>
        )}
      </dl>
      <EventLinks slug={slug} event={event} calendar={calendar} past={past} />
    </aside>
  );
}
