import type { EventPost } from '@/lib/content';
import { withBasePath } from '@/lib/site';
import { EventLinks } from './event-links';
import { eventWhere, EventWhen } from './event-when';

interface Props {
  events: readonly EventPost[];
  /** Level of each event's title, under the list's own heading. */
  headingLevel: 2 | 3;
  past?: boolean;
  /** Inside a page's text (`:::posts … upcoming`): no bullets. */
  inBody?: boolean;
}

/** Events as the agenda and the home page list them: when, where, the post and the links. */
export function EventList({ events, headingLevel, past = false, inBody = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={inBody ? 'post-list grid gap-4' : 'grid gap-4'}>
      {events.map((post) => {
        const where = eventWhere(post.event);
        return (
          <li key={post.slug} className="rounded-lg border border-line p-5">
            <p className="text-step--1 font-bold text-brand-strong">
              <EventWhen event={post.event} />
            </p>
            <Heading className="mt-1 text-step-1 font-bold leading-snug">
              <a href={withBasePath(post.url)}>{post.title}</a>
            </Heading>
            {where && <p className="mt-1 text-muted">{where}</p>}
            <EventLinks slug={post.slug} event={post.event} calendar past={past} />
          </li>
        );
      })}
    </ul>
  );
}
