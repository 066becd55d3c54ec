import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';

export const metadata: Metadata = {
  title: 'Rechercher',
  description: 'Rechercher dans les actualités, les publications et la boîte à outils du site.',
};

export default function Page() {
  return <SearchPage />;
}
