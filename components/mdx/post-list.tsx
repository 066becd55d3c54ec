import { NewsGrid } from '@/components/news/news-card';
import { buildTime, getAllNews, selectPosts, slugify } from '@/lib/content';

interface Props {
  /** Comma-separated tags: the posts that have them all. */
  tags?: string;
  /** A series: its episodes, in order. */
  series?: string;
  /** `upcoming`: events not over at the build, soonest first; `past`: the other posts. */
  when?: string;
  limit?: string;
}

/** Posts of a tag or a series inside a page (`:::posts tags="…"`, or `<PostList>` in `.mdx`). */
export function PostList({ tags, series, when, limit }: Props) {
  const posts = selectPosts(
    getAllNews(),
    {
      tags: (tags ?? '').split(',').map(slugify).filter(Boolean),
      series: series ? slugify(series) : undefined,
      when: when === 'upcoming' || when === 'past' ? when : undefined,
      limit: Number.isInteger(Number(limit)) ? Number(limit) : undefined,
    },
    buildTime(),
  );
  if (posts.length === 0)
    return (
      <p className="text-muted">
        {when === 'upcoming' ? 'Aucun événement à venir pour le moment.' : 'Aucune actualité.'}
      </p>
    );
  return <NewsGrid posts={posts} headingLevel={3} />;
}
