import type { Metadata } from 'next';
import { NewsListingPage } from '@/components/news/news-listing-page';

export const metadata: Metadata = {
  title: 'Actualités',
  description: 'Les actualités de la mission interministérielle Numérique écoresponsable.',
};

export default function NewsIndexPage() {
  return <NewsListingPage page={1} />;
}
