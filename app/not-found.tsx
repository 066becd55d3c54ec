import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Page introuvable',
  description:
    'Cette page n’existe pas ou a été déplacée : retrouvez les actualités et les publications.',
  path: '/404.html',
  errorPage: true,
});

export default function NotFound() {
  return (
    <div className="mx-auto max-w-page px-4 py-12">
      <h1 className="text-step-3 font-bold leading-tight">Page introuvable</h1>
      <p className="mt-4 max-w-measure">
        La page que vous cherchez n’existe pas ou a été déplacée. Vérifiez l’adresse, ou partez de
        l’une de ces pages :
      </p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <a href={withBasePath('/')}>l’accueil du site</a>
        </li>
        <li>
          <a href={withBasePath('/actualites/')}>les actualités</a>
        </li>
        <li>
          <a href={withBasePath('/publications/')}>les publications</a>
        </li>
        <li>
          <a href={withBasePath('/plan-du-site/')}>le plan du site</a>
        </li>
      </ul>
    </div>
  );
}
