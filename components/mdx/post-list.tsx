import { NewsGrid } from '@/components/news/news-card';
import { buildTime, eventEndsAt, getAllNews, slugify, type NewsEntry } from '@/lib/content';

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
  // A post announces its event ahead of it: the event's end, not the post's date, says whether it
  // is still to come (the former site compared post dates, which this site does not publish early).
  const upcoming = (post: NewsEntry) =>
    post.event ? eventEndsAt(post.event) > now : post.date.timestamp > now;
  const startsAt = (post: NewsEntry) => post.event?.start.timestamp ?? post.date.timestamp;
  let posts = getAllNews().filter(
    (post) =>
      wanted.every((tag) => post.tags.some((t) => t.slug === tag)) &&
      (!seriesSlug || post.series?.slug === seriesSlug) &&
      (when === 'upcoming' ? upcoming(post) : when === 'past' ? !upcoming(post) : true),
  );
  if (when === 'upcoming') posts = posts.toSorted((a, b) => startsAt(a) - startsAt(b));
  else if (seriesSlug) posts = posts.toReversed();
  const max = Number(limit);
  if (Number.isInteger(max) && max > 0) posts = posts.slice(0, max);
  if (posts.length === 0)
    return (
      <p className="text-muted">
        {when === 'upcoming' ? 'Aucun événement à venir pour le moment.' : 'Aucune actualité.'}
      </p>
    );
  return <NewsGrid posts={posts} headingLevel={3} />;
}
