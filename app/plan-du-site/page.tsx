import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { SiteMap } from '@/components/publications/site-map';
import { FIXED_PAGES, getSiteMap } from '@/lib/content';

const page = FIXED_PAGES['/plan-du-site/']!;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: page.description ?? page.title,
  path: '/plan-du-site/',
});

export default function SiteMapPage() {
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: page.title }]} />
      <h1 className="mb-6 text-step-3 font-bold leading-tight">{page.title}</h1>
      <SiteMap sections={getSiteMap()} />
    </div>
  );
}
