import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { tagUrl } from '@/components/news/tag-filter';
import { getTags } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Thèmes des actualités',
  description:
    'Tous les thèmes des actualités de la mission Numérique écoresponsable, avec le nombre d’articles de chacun.',
  path: '/actualites/tags/',
});

export default function TagsPage() {
  const tags = getTags();
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Actualités', href: '/actualites/' },
          { label: 'Thèmes' },
        ]}
      />
      <h1 className="mb-6 text-step-3 font-bold leading-tight">Thèmes des actualités</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a
              href={withBasePath(tagUrl(tag.slug))}
              className="flex justify-between rounded-lg border border-line px-4 py-3 text-ink no-underline hover:border-brand"
            >
              <span className="font-medium">{tag.label}</span>
              <span className="text-muted">
                {tag.count} article{tag.count > 1 ? 's' : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
