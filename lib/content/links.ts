import { config } from '../config.mjs';
import type { Severity } from './problems';
import type { KnownPage } from './site-pages';

/**
 * Imports from the former site link to pages that no longer exist: `LINKS=warn` reports broken
 * internal links as warnings so such a corpus still builds; the site's own content keeps errors.
 */
export function brokenLinkSeverity(): Severity {
  return config.links === 'warn' ? 'warning' : 'error';
}

/** Site paths (`/x/`), not protocol-relative URLs (`//host/x`) nor other schemes. */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Files offered for download: the label shown next to the link is the extension in capitals. */
export const DOCUMENT_EXTENSIONS = new Set([
  'pdf',
  'odt',
  'ods',
  'odp',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'csv',
  'zip',
  'epub',
  'txt',
  'json',
]);

/** Extension of the last path segment of a link (`/docs/a.PDF?x` -> `pdf`), if it has one. */
export function extensionOf(href: string): string | undefined {
  const path = href.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  const match = /\.([a-z0-9]{1,5})$/i.exec(last);
  return match?.[1]?.toLowerCase();
}

/**
 * The page a site path designates, as the static export writes it: `/publications` and
 * `/publications/index.html` are `/publications/`; the fragment and query do not matter.
 */
export function pagePath(href: string): string {
  let path = href.split(/[?#]/)[0] ?? '/';
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written, and will not match any page.
  }
  path = path.replace(/\/index\.html$/, '/');
  if (!path.endsWith('/') && !extensionOf(path)) path += '/';
  return path;
}

export type LinkTarget =
  | { kind: 'page'; path: string; page: KnownPage }
  | { kind: 'file'; path: string; file: string }
  | { kind: 'broken'; path: string };

/**
 * Resolves a site path against the pages of the site and the files of the public folders.
 * `findFile` looks a path up in the public folders (resolveAsset), so this stays testable.
 */
export function resolveSitePath(
  href: string,
  pages: ReadonlyMap<string, KnownPage>,
  findFile: (path: string) => string | undefined,
): LinkTarget {
  const path = pagePath(href);
  const page = pages.get(path);
  if (page) return { kind: 'page', path, page };
  if (extensionOf(path)) {
    const file = findFile(path);
    if (file) return { kind: 'file', path, file };
  }
  return { kind: 'broken', path };
}

/** `link « /publications/nope/ » leads to no page`, the message of a broken internal link. */
export function brokenLinkMessage(href: string): string {
  return `link « ${href} » leads to no page`;
}

const sizeFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** File sizes the French way, in decimal units: `1,2 Mo`, `350 ko`, `512 octets`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes >= 10_000 ? Math.round(bytes / 1000) : bytes / 1000)} ko`;
  if (bytes < 1_000_000_000) return `${sizeFormat.format(bytes / 1_000_000)} Mo`;
  return `${sizeFormat.format(bytes / 1_000_000_000)} Go`;
}

/** `https://www.halteobsolescence.org/x` -> `halteobsolescence.org`. */
export function domainOf(href: string): string | undefined {
  try {
    return new URL(href).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
