import { NewsGrid } from '@/components/news/news-card';
import { EventList } from '@/components/events/event-list';
import {
  buildTime,
  getAllNews,
  isUpcoming,
  postsByYear,
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
  /** `true`: an archive, newest first under a heading per year (`:::posts … by-year`). */
  byYear?: string;
  /** `true`: only posts that are no episode of a series (`:::posts … no-series`). */
  noSeries?: string;
}

/** Posts of a tag or a series inside a page (`:::posts tags="…"`, or `<PostList>` in `.mdx`). */
export function PostList({ tags, series, when, limit, byYear, noSeries }: Props) {
  const wanted = (tags ?? '').split(',').map(slugify).filter(Boolean);
  const seriesSlug = series ? slugify(series) : undefined;
  const now = buildTime();
  let posts = getAllNews().filter(
    (post) =>
      wanted.every((tag) => post.tags.some((t) => t.slug === tag)) &&
      (!seriesSlug || post.series?.slug === seriesSlug) &&
      (noSeries !== 'true' || !post.series) &&
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
  if (byYear === 'true')
    return postsByYear(posts).map(({ year, posts: ofYear }) => (
      <section key={year} aria-labelledby={`annee-${year}`} className="mt-8">
        <h2 id={`annee-${year}`} className="mb-4 text-step-2 font-bold">
          {year}
        </h2>
        <NewsGrid posts={ofYear} headingLevel={3} inBody />
      </section>
    ));
  return <NewsGrid posts={posts} headingLevel={3} inBody />;
}
