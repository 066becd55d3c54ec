import { NewsGrid } from '@/components/news/news-card';
import { EventList } from '@/components/events/event-list';
import {
  buildTime,
  getAllNews,
  isUpcoming,
  slugify,
  upcomingFirst,
  type EventPost,
} from '@/lib/content';

interface Props {
  /** Comma-separated tags: the posts that have them all. */
  tags?: string;
  /** A series: its episodes, in order. */
  series?: string;
  /**
   * `upcoming`: events not over at the build (`event:`), soonest first, and posts dated after it;
   * `past`: the others.
   */
  when?: string;
  limit?: string;
}

/** Posts of a tag or a series inside a page (`:::posts tags="…"`, or `<PostList>` in `.mdx`). */
export function PostList({ tags, series, when, limit }: Props) {
  const wanted = (tags ?? '').split(',').map(slugify).filter(Boolean);
  const seriesSlug = series ? slugify(series) : undefined;
  const now = buildTime();
  let posts = getAllNews().filter(
    (post) =>
      wanted.every((tag) => post.tags.some((t) => t.slug === tag)) &&
      (!seriesSlug || post.series?.slug === seriesSlug) &&
      (when === 'past' ? !isUpcoming(post, now) : true),
  );
  if (when === 'upcoming') posts = upcomingFirst(posts, now);
  else if (seriesSlug) posts = posts.toReversed();
  const max = Number(limit);
  if (Number.isInteger(max) && max > 0) posts = posts.slice(0, max);
  if (posts.length === 0)
    return (
      <p className="text-muted">
        {when === 'upcoming' ? 'Aucun événement à venir pour le moment.' : 'Aucune actualité.'}
      </p>
    );
  // Upcoming events say when and where, with their registration links, as the agenda does.
  const events = posts.filter((post): post is EventPost => post.event !== undefined);
  if (when === 'upcoming' && events.length === posts.length)
    return <EventList events={events} headingLevel={3} inBody />;
  return <NewsGrid posts={posts} headingLevel={3} inBody />;
}
