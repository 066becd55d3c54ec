import { NewsGrid } from '@/components/news/news-card';
import { buildTime, getAllNews, postsByYear, slugify, type NewsEntry } from '@/lib/content';

interface Props {
  /** Comma-separated tags: the posts that have them all. */
  tags?: string;
  /** A series: its episodes, in order. */
  series?: string;
  /** `upcoming`: posts dated after the build (events); `past`: the others. */
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
  const upcoming = (post: NewsEntry) => post.date.timestamp > now;
  let posts = getAllNews().filter(
    (post) =>
      wanted.every((tag) => post.tags.some((t) => t.slug === tag)) &&
      (!seriesSlug || post.series?.slug === seriesSlug) &&
      (noSeries !== 'true' || !post.series) &&
      (when === 'upcoming' ? upcoming(post) : when === 'past' ? !upcoming(post) : true),
  );
  if (seriesSlug || when === 'upcoming') posts = posts.toReversed();
  const max = Number(limit);
  if (Number.isInteger(max) && max > 0) posts = posts.slice(0, max);
  if (posts.length === 0)
    return (
      <p className="text-muted">
        {when === 'upcoming' ? 'Aucun événement à venir pour le moment.' : 'Aucune actualité.'}
      </p>
    );
  if (byYear === 'true')
    return postsByYear(posts).map(({ year, posts: ofYear }) => (
      <section key={year} aria-labelledby={`annee-${year}`} className="mt-8">
        <h2 id={`annee-${year}`} className="mb-4 text-step-2 font-bold">
          {year}
        </h2>
        <NewsGrid posts={ofYear} headingLevel={3} />
      </section>
    ));
  return <NewsGrid posts={posts} headingLevel={3} />;
}
