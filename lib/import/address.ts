import { slugify } from '@/lib/content/slug';
import { tokenizeTemplate } from './tokenize';

/**
 * Addresses as Eleventy 2 computes them, and as this project does, from the same file path.
 * Paths are POSIX and relative to the source root (`content/actualites/posts/actus/x/x.md`).
 */

/** A permalink: text and the page's `fileSlug`, or `false` (Eleventy writes no page). */
export type AddressPart = string | { fileSlug: true };
export type Permalink = false | { parts: AddressPart[] };

const posix = {
  basename: (p: string) => p.slice(p.lastIndexOf('/') + 1),
  dirname: (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''),
};
export const stem = (p: string) => posix.basename(p).replace(/\.[^.]*$/, '');
export const dirname = posix.dirname;

/**
 * Eleventy's `page.fileSlug`: the file name without extension and without a date prefix
 * (`2024-01-05-x` -> `x`, matched anywhere as Eleventy does), or the folder's name for `index`.
 * `inputRel` is relative to Eleventy's input folder.
 */
export function fileSlug(inputRel: string): string {
  const name = stem(inputRel);
  const slug = /\d{4}-\d{2}-\d{2}-(.*)/.exec(name)?.[1] ?? name;
  if (slug !== 'index') return slug;
  const dir = posix.dirname(inputRel);
  return posix.basename(dir);
}

/** Eleventy's default address: the path without extension, `x/x.md` and `x/index.md` as `x/`. */
export function defaultPermalink(inputRel: string): string {
  const dir = posix.dirname(inputRel);
  const name = stem(inputRel);
  const collapse = name === 'index' || name === posix.basename(dir);
  const parts = [...(dir ? dir.split('/') : []), ...(collapse ? [] : [name])];
  return `/${parts.map((p) => `${p}/`).join('')}`;
}

/**
 * A permalink written as text (front matter or a data file): literal, or with `{{ page.fileSlug }}`.
 * `undefined` for any other template logic, which only Eleventy could evaluate.
 */
export function permalinkFromText(text: string): Permalink | undefined {
  const parts: AddressPart[] = [];
  for (const token of tokenizeTemplate(text)) {
    if (token.type === 'text') parts.push(text.slice(token.start, token.end));
    else if (token.type === 'output' && token.closed && /^page\.fileSlug$/.test(token.body)) {
      parts.push({ fileSlug: true });
    } else return undefined;
  }
  return { parts };
}

/** The address a permalink gives a page: leading slash, `…/index.html` as `…/`. */
export function permalinkUrl(permalink: Exclude<Permalink, false>, slug: string): string {
  const written = permalink.parts.map((p) => (typeof p === 'string' ? p : slug)).join('');
  const url = written.startsWith('/') ? written : `/${written}`;
  return url.replace(/\/index\.html$/, '/');
}

/** The written permalink, for reports: `/actualites/${fileSlug}/`. */
export function describePermalink(permalink: Permalink): string {
  if (permalink === false) return 'false';
  return permalink.parts.map((p) => (typeof p === 'string' ? p : '${fileSlug}')).join('');
}

/** The address of a news file in this project (lib/content/load.ts): the name is the slug. */
export function newsAddress(targetPath: string): string {
  return `/actualites/${slugify(stem(targetPath))}/`;
}
