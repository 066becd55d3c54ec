import type { Metadata } from 'next';
import { ContentBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ThemeCards } from '@/components/themes/theme-cards';
import {
  getThemeIndex,
  getThemes,
  getThemeSections,
  THEMES_URL,
  type ThemeEntry,
} from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const index = getThemeIndex();
  return pageMetadata({
    title: index.title,
    description: index.description ?? index.title,
    path: THEMES_URL,
  });
}

/** « 3 pages » : how many pages the theme gathers, as its page shows them. */
function gathered(theme: ThemeEntry): string {
  const count = getThemeSections(theme).reduce((n, s) => n + s.cards.length, 0);
  return count === 0 ? 'Aucune page pour le moment' : `${count} page${count > 1 ? 's' : ''}`;
}

export default function ThemesPage() {
  const index = getThemeIndex();
  const themes = getThemes();
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: index.title }]} />
      <h1 className="text-step-3 font-bold leading-tight">{index.title}</h1>
      {index.description && <p className="mt-3 max-w-measure text-step-1">{index.description}</p>}
      {index.entry?.body.trim() && (
        <div className="mt-8">
          <ContentBody entry={index.entry} />
        </div>
      )}
      <div className="mt-10">
        {themes.length > 0 ? (
          <ThemeCards
            cards={themes.map((t) => ({
              url: t.url,
              title: t.title,
              description: t.description,
              meta: gathered(t),
            }))}
            headingLevel={2}
          />
        ) : (
          <p>Aucune thématique pour le moment.</p>
        )}
      </div>
    </div>
  );
}
