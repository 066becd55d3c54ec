import { Picture } from '@/components/media/picture';
import { DateText } from '@/components/ui/date';
import type { NewsEntry } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/** A post in a list: the whole card is one link target (the title), the rest is context. */
interface NewsCardProps {
  post: NewsEntry;
  headingLevel?: 2 | 3;
  /** The first card of a list shows above the fold: its image loads at once. */
  eager?: boolean;
}

/**
 * The card is the list item itself, with as few elements as it takes (list pages show 9 cards
 * and stay under the DOM budget of the lean export): no wrapper around the text, the card's own
 * padding and gaps lay it out (.card in app/globals.css), the image shows first by CSS order.
 */
export function NewsCard({ post, headingLevel = 2, eager = false }: NewsCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="card">
      <Heading className="card-title">
        <a href={withBasePath(post.url)} className="card-link">
          {post.title}
        </a>
      </Heading>
      <DateText date={post.date} className="card-date" />
      {post.description && <p className="line-clamp-4 text-step--1">{post.description}</p>}
      {post.image?.file && (
        <Picture
          file={post.image.file}
          alt={post.image.alt}
          sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
          priority={eager}
          pictureClassName="card-media"
          className="h-full w-full object-cover"
          bestFormatOnly
        />
      )}
    </li>
  );
}

export function NewsGrid({
  posts,
  headingLevel,
  inBody = false,
}: {
  posts: NewsEntry[];
  headingLevel?: 2 | 3;
  /** In the text of a page: two columns at most, as the text is narrower than a list page. */
  inBody?: boolean;
}) {
  // The first image of the list is above the fold, whether or not the first post has one.
  const firstImage = posts.findIndex((post) => post.image?.file);
  return (
    <ul
      className={
        inBody ? 'post-list grid gap-6 sm:grid-cols-2' : 'grid gap-6 sm:grid-cols-2 lg:grid-cols-3'
      }
    >
      {posts.map((post, index) => (
        <NewsCard
          key={post.slug}
          post={post}
          headingLevel={headingLevel}
          eager={index === firstImage}
        />
      ))}
    </ul>
  );
}
