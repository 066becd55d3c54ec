import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { PublicationCard } from '@/components/publications/publication-card';
import { FIXED_PAGES, getPublicationHub, getSortedTools, TOOLBOX_URL } from '@/lib/content';
import { withBasePath } from '@/lib/site';

const page = FIXED_PAGES['/publications/']!;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: page.description ?? page.title,
  path: '/publications/',
});

export default function PublicationsPage() {
  const { focus, others } = getPublicationHub();
  // A content source with tool sheets but no toolbox publication still leads to its toolbox.
  const tools = getSortedTools().length;
  const toolbox =
    tools > 0 && ![...focus, ...others].some((p) => p.url === TOOLBOX_URL)
      ? FIXED_PAGES[TOOLBOX_URL]!
      : undefined;
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: page.title }]} />
      <h1 className="text-step-3 font-bold leading-tight">{page.title}</h1>
      <p className="mt-3 max-w-measure text-step-1">{page.description}</p>
      {focus.length > 0 && (
        <section aria-labelledby="a-la-une" className="mt-10">
          <h2 id="a-la-une" className="sr-only">
            À la une
          </h2>
          <ul className="grid gap-6">
            {focus.map((publication) => (
              <PublicationCard key={publication.slug} publication={publication} large />
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="autres-ressources" className="mt-12">
          <h2 id="autres-ressources" className="mb-6 text-step-2 font-bold">
            Autres ressources
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {others.map((publication) => (
              <PublicationCard key={publication.slug} publication={publication} />
            ))}
          </ul>
        </section>
      )}
      {toolbox && (
        <section aria-labelledby="boite-outils" className="mt-12">
          <h2 id="boite-outils" className="text-step-2 font-bold">
            <a href={withBasePath(TOOLBOX_URL)}>{toolbox.title}</a>
          </h2>
          <p className="mt-2 max-w-measure">
            {toolbox.description} {tools} outil{tools > 1 ? 's' : ''}.
          </p>
        </section>
      )}
      {focus.length + others.length === 0 && !toolbox && (
        <p className="mt-8">Aucune publication pour le moment.</p>
      )}
    </div>
  );
}
