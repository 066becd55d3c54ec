import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';
import { FIXED_PAGES } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

const page = FIXED_PAGES['/recherche/']!;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: page.description ?? page.title,
  path: '/recherche/',
});

export default function Page() {
  return <SearchPage />;
}
