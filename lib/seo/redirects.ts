import type { Redirect } from '@/lib/content';
import { absoluteUrl, site, withBasePath } from '@/lib/site';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page left at a former address: a static host without redirect rules still sends visitors
 * on (meta refresh, no script), tells search engines where the page lives now (canonical, not
 * indexed), and shows a link for anyone whose browser does not follow the refresh.
 */
export function redirectPage({ to, title }: Redirect): string {
  const href = escapeHtml(withBasePath(to));
  const name = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} | ${escapeHtml(site.name)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(to))}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>Cette page a changé d’adresse : <a href="${href}">${name}</a>.</p>
</body>
</html>
`;
}

/** What the export writes for former addresses, as the post-export step reads it. */
export interface RedirectManifest {
  redirects: { from: string; to: string; html: string }[];
}

export function redirectManifest(redirects: readonly Redirect[]): RedirectManifest {
  return {
    redirects: redirects.map((r) => ({
      from: withBasePath(r.from),
      to: withBasePath(r.to),
      html: redirectPage(r),
    })),
  };
}
