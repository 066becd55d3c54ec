import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import './globals.css';

// Defaults for any page that sets no metadata of its own: feeds, cards, locale. Pages call
// pageMetadata() themselves for their canonical URL.
const { alternates, openGraph, twitter } = pageMetadata({
  title: site.name,
  description: site.shortDescription,
  path: '/',
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.shortDescription,
  alternates: { types: alternates?.types },
  openGraph: { ...openGraph, url: undefined },
  twitter,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#13684f' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <a
          href="#contenu"
          className="sr-only z-50 rounded bg-paper px-4 py-2 font-medium focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Aller au contenu
        </a>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
