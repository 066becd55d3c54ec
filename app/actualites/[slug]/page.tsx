import type { Metadata } from 'next';
import { paramsOrPlaceholder } from '@/lib/static-params';
import { notFound } from 'next/navigation';
import { NewsArticle } from '@/components/news/news-article';
import { getAdjacentNews, getAllNews, getNewsBySlug } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getAllNews().map((post) => ({ slug: post.slug })),
    ['slug'],
  );
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getNewsBySlug((await params).slug);
  return post ? { title: post.title, description: post.description } : {};
}

export default async function NewsPostPage({ params }: Props) {
  const { slug } = await params;
  const post = getNewsBySlug(slug);
  if (!post) notFound();
  return <NewsArticle post={post} {...getAdjacentNews(slug)} />;
}
