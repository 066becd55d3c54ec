import { getRedirects } from '@/lib/content';
import { redirectManifest } from '@/lib/seo/redirects';

export const dynamic = 'force-static';

/**
 * Former addresses and their pages, for the post-export step that writes them
 * (scripts/post-export/redirects.mjs): it reads this file, then deletes it from the export.
 */
export function GET() {
  return Response.json(redirectManifest(getRedirects()));
}
