import type { Mapper } from './plan';

/**
 * Templates of the former site whose pages this site builds itself, from any content source:
 * the home page, the lists of news, the agenda and its calendar, the feeds, the site maps, the
 * search and error pages. Nothing to write: each is claimed and reported with what replaces it,
 * so that the report's « not imported » lists only what is really left behind.
 */
const ROUTES: { match: (path: string) => boolean; replacedBy: string }[] = [
  { match: (p) => p === 'content/index.njk', replacedBy: 'the home page of this site (/)' },
  { match: (p) => p === 'content/404.njk', replacedBy: 'the error page of this site (/404.html)' },
  {
    match: (p) => p === 'content/search-results.njk',
    replacedBy: 'the search page /recherche/ (the former address redirects to it)',
  },
  {
    match: (p) => /^content\/actualites\/(index|tags|tags_index)\.njk$/.test(p),
    replacedBy:
      'the lists of news of this site (/actualites/, /actualites/tags/…/, with their pages)',
  },
  {
    match: (p) => p.startsWith('content/calendar/') || p === 'content/_vieux/agenda/index.md',
    replacedBy:
      'the agenda /agenda/ and its calendars (/agenda/calendrier.ics, /calendar.ics, one .ics per event), from the posts’ event:',
  },
  {
    match: (p) => p.startsWith('content/feed/'),
    replacedBy:
      'the feeds of this site (/feed.xml, /feed.json, and /feed/feed.xml, /feed/feed.json)',
  },
  {
    match: (p) => p.startsWith('content/sitemap/'),
    replacedBy: 'the site map /plan-du-site/ and /sitemap.xml of this site',
  },
];

export function siteRoutesMapper(): Mapper {
  return {
    name: 'site routes',
    map(tree) {
      const handled: string[] = [];
      const notes = [];
      for (const path of tree.files) {
        const route = ROUTES.find((r) => r.match(path));
        if (!route) continue;
        handled.push(path);
        notes.push({
          file: path,
          line: 1,
          kind: 'replaced' as const,
          message: `replaced by ${route.replacedBy}`,
        });
      }
      return { outputs: [], notes, handled, counts: {} };
    },
  };
}
