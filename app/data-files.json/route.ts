import { getDataDownloads } from '@/lib/content';

export const dynamic = 'force-static';

/**
 * The downloads of the data collections (`/publications/<x>/rgesn.csv` and `.json`), for the
 * post-export step that writes each at its address (scripts/post-export/data-files.mjs): the
 * catch-all publication route cannot also serve files. The step deletes this manifest.
 */
export function GET() {
  return Response.json({ files: getDataDownloads().map(({ path, text }) => ({ path, text })) });
}
