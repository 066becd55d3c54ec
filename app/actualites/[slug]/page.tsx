import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { notFound } from 'next/navigation';
import { NewsArticle } from '@/components/news/news-article';
import {
  getAdjacentNews,
  getEpisodePlace,
  getNewsBySlug,
  getNewsPages,
  isEventOver,
} from '@/lib/content';
import { describe } from '@/lib/seo/description';
import { eventJsonLd, JsonLd, newsArticle } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getNewsPages().map((post) => ({ slug: post.slug })),
    ['slug'],
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getNewsBySlug((await params).slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: describe(post),
    path: post.url,
    image: await shareImage(post.image),
    type: 'article',
    publishedTime: post.date.iso,
    tags: post.tags.map((tag) => tag.label),
  });
}

export default async function NewsPostPage({ params }: Props) {
  const { slug } = await params;
  const post = getNewsBySlug(slug);
  if (!post) notFound();
  return (
    <>
      <NewsArticle
        post={post}
        {...getAdjacentNews(slug)}
        episode={getEpisodePlace(post)}
        eventOver={isEventOver(post)}
      />
      <JsonLd
        data={newsArticle(
          post,
          describe(post),
          post.image ? await shareImage(post.image) : undefined,
        )}
      />
      {post.event && <JsonLd data={eventJsonLd({ ...post, event: post.event }, describe(post))} />}
    </>
  );
}
