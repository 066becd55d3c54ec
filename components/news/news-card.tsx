import { Picture } from '@/components/media/picture';
import { DateText } from '@/components/ui/date';
import type { NewsEntry } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/** A post in a list: the whole card is one link target (the title), the rest is context. */
export function NewsCard({ post, headingLevel = 2 }: { post: NewsEntry; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="relative flex flex-col overflow-hidden rounded-lg border border-line bg-paper focus-within:ring-2 focus-within:ring-focus">
      {post.image?.file && (
        <div className="order-first aspect-[1200/630] overflow-hidden bg-surface">
          <Picture
            file={post.image.file}
            alt={post.image.alt}
            sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
            className="h-full w-full object-cover"
          />
        </div>
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <Heading className="text-step-1 font-bold leading-snug">
          <a
            href={withBasePath(post.url)}
            className="text-ink no-underline after:absolute after:inset-0 hover:underline focus-visible:outline-none"
          >
            {post.title}
          </a>
        </Heading>
        <p className="text-step--1 text-muted">
          <DateText date={post.date} />
        </p>
        {post.description && <p className="line-clamp-4 text-step--1">{post.description}</p>}
      </div>
    </article>
  );
}

export function NewsGrid({ posts, headingLevel }: { posts: NewsEntry[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {posts.map((post) => (
        <li key={post.slug} className="flex">
          <NewsCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
