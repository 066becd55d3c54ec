import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ThemeCards } from '@/components/themes/theme-cards';
import {
  getThemeBySlug,
  getThemeIndex,
  getThemePages,
  getThemeSections,
  THEMES_URL,
} from '@/lib/content';
import { describe } from '@/lib/seo/description';
import { pageMetadata } from '@/lib/seo/metadata';
import { shareImage } from '@/lib/seo/share-image';
import { paramsOrPlaceholder } from '@/lib/static-params';

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsOrPlaceholder(
    getThemePages().map((theme) => ({ theme: theme.slug })),
    ['theme'],
  );
}

type Props = { params: Promise<{ theme: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = getThemeBySlug((await params).theme);
  if (!theme) return {};
  return pageMetadata({
    title: theme.title,
    description: describe(theme),
    path: theme.url,
    image: await shareImage(theme.image),
  });
}

export default async function ThemePage({ params }: Props) {
  const theme = getThemeBySlug((await params).theme);
  if (!theme) notFound();
  const sections = getThemeSections(theme);
  return (
    <article className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: getThemeIndex().title, href: THEMES_URL },
          { label: theme.title },
        ]}
      />
      <h1 className="max-w-measure text-step-3 font-bold leading-tight">{theme.title}</h1>
      {theme.description && <p className="mt-3 max-w-measure text-step-1">{theme.description}</p>}
      {theme.body.trim() && (
        <div className="mt-8">
          <ContentBody entry={theme} />
        </div>
      )}
      {sections.map((section, i) => (
        <section
          key={section.title ?? i}
          aria-label={section.title ? undefined : 'Ressources'}
          className="mt-10"
        >
          {section.title && <h2 className="mb-6 text-step-2 font-bold">{section.title}</h2>}
          <ThemeCards cards={section.cards} headingLevel={section.title ? 3 : 2} />
        </section>
      ))}
    </article>
  );
}
