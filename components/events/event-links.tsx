import type { EventInfo } from '@/lib/content/events';
import { eventCalendarPath } from '@/lib/seo/agenda-calendar';
import { withBasePath } from '@/lib/site';

interface Props {
  slug: string;
  event: EventInfo;
  /** Whether the event has its `.ics` (listed posts only: an unlisted post is in no calendar). */
  calendar: boolean;
  /** Whether the event is over: no one registers for or joins a past event. */
  past?: boolean;
}

/** Registration, the online room and the `.ics` file of an event. */
export function EventLinks({ slug, event, calendar, past = false }: Props) {
  const links = [
    !past &&
      event.registration && { href: event.registration, label: 'S’inscrire', external: true },
    !past && event.online && { href: event.online, label: 'Rejoindre en ligne', external: true },
    calendar && {
      href: withBasePath(eventCalendarPath(slug)),
      label: 'Ajouter à mon agenda (.ics)',
      external: false,
    },
  ].filter((link) => link !== false && link !== undefined && link !== '');
  if (links.length === 0) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} {...(link.external ? { rel: 'noopener' } : { download: '' })}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
