import type { MetadataRoute } from 'next';
import { getSitemapEntries } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return getSitemapEntries().map(({ path, lastmod }) => ({
    url: absoluteUrl(path),
    ...(lastmod ? { lastModified: lastmod } : {}),
  }));
}
