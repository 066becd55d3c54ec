import type { EventInfo, EventTime, NewsEntry } from '@/lib/content';
import { toContentDate } from '@/lib/content/dates';
import { absoluteUrl, site } from '@/lib/site';
import { defaultShareImage, type ShareImage } from './share-image';

type JsonLdObject = Record<string, unknown>;

/**
 * Structured data in a `<script type="application/ld+json">`. `<` is escaped so that a title
 * containing `</script>` cannot end the element; the JSON stays equivalent.
 */
export function JsonLd({ data }: { data: JsonLdObject }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(
    /</g,
    '\\u003c',
  );
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

const ORGANIZATION_ID = () => `${absoluteUrl('/')}#organisation`;
const ORGANIZATION_NAME = `Mission interministérielle ${site.name}`;

/** The organisation behind the site, as author and publisher of its articles. */
const organizationRef = () => ({
  '@type': 'GovernmentOrganization',
  '@id': ORGANIZATION_ID(),
  name: ORGANIZATION_NAME,
  url: absoluteUrl('/'),
});
const WEBSITE_ID = () => `${absoluteUrl('/')}#site`;

export function governmentOrganization(): JsonLdObject {
  return {
    '@type': 'GovernmentOrganization',
    '@id': ORGANIZATION_ID(),
    name: ORGANIZATION_NAME,
    alternateName: site.name,
    description: site.shortDescription,
    url: absoluteUrl('/'),
  };
}

export function website(): JsonLdObject {
  return {
    '@type': 'WebSite',
    '@id': WEBSITE_ID(),
    name: site.name,
    description: site.shortDescription,
    url: absoluteUrl('/'),
    inLanguage: 'fr-FR',
    publisher: { '@id': ORGANIZATION_ID() },
  };
}

/** The home page: the site and the organisation behind it, in one graph. */
export function homeGraph(): JsonLdObject {
  return { '@graph': [website(), governmentOrganization()] };
}

/**
 * A news post, from its front matter only: nothing here is made up (a post without an image of
 * its own has no `image`, rather than the site's default card).
 */
export function newsArticle(
  post: NewsEntry,
  description: string,
  image: ShareImage | undefined,
): JsonLdObject {
  const url = absoluteUrl(post.url);
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: post.title,
    description,
    datePublished: post.date.iso,
    ...(image && image.url !== defaultShareImage().url ? { image: [image.url] } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: 'fr-FR',
    ...(post.tags.length > 0 ? { keywords: post.tags.map((t) => t.label).join(', ') } : {}),
    author: organizationRef(),
    publisher: organizationRef(),
    isPartOf: { '@id': WEBSITE_ID() },
  };
}

const eventDate = (t: EventTime) => (t.time ? toContentDate(t.timestamp).iso : t.day);

/** The event a post announces: where (a place, a virtual location or both) and when, with offsets. */
export function eventJsonLd(
  post: NewsEntry & { event: EventInfo },
  description: string,
): JsonLdObject {
  const { event } = post;
  const url = absoluteUrl(post.url);
  const locations = [
    ...(event.place ? [{ '@type': 'Place', name: event.place, address: event.place }] : []),
    ...(event.online ? [{ '@type': 'VirtualLocation', url: event.online }] : []),
  ];
  const mode = event.place
    ? event.online
      ? 'MixedEventAttendanceMode'
      : 'OfflineEventAttendanceMode'
    : 'OnlineEventAttendanceMode';
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: post.title,
    description,
    url,
    startDate: eventDate(event.start),
    ...(event.end ? { endDate: eventDate(event.end) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(locations.length > 0
      ? {
          eventAttendanceMode: `https://schema.org/${mode}`,
          location: locations.length === 1 ? locations[0] : locations,
        }
      : {}),
    // Where to register; no price is given, since the front matter says none.
    ...(event.registration ? { offers: { '@type': 'Offer', url: event.registration } } : {}),
    organizer: organizationRef(),
    inLanguage: 'fr-FR',
  };
}

export interface BreadcrumbItem {
  label: string;
  href?: string;
}

/** The breadcrumb trail; the last item, the current page, has no link, as Google allows. */
export function breadcrumbList(items: readonly BreadcrumbItem[]): JsonLdObject {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      ...(item.href ? { item: absoluteUrl(item.href) } : {}),
    })),
  };
}
