import fs from 'node:fs';
import path from 'node:path';
import { imageFormatOf, readHead } from '@/lib/media/sniff.mjs';
import { contentRoot, displayPath, isPreview, publicDirs } from './config';
import { readCollections, type CriteriaCollection } from './data-collections';
import { auditContentFiles } from './files';
import { parentSlug, publicationSlug } from './guides';
import { parseEntry, type SourceFile } from './parse';
import type { Problem } from './problems';
import { slugify } from './slug';
import { decodeSource } from './source-text';
import { readRedirects, type SiteRedirect } from './redirects';
import { THEMES_DIR, THEMES_URL } from './themes';
import { readNavigation, type Navigation } from './navigation';
import type { Entry, Kind } from './types';

export interface ContentSnapshot {
  entries: Entry[];
  problems: Problem[];
  /** Former addresses from `redirects.yaml` (those of pages use `aliases:`). */
  redirects: SiteRedirect[];
  /** Pages from data: the collections publications declare (`collection:`). */
  collections: CriteriaCollection[];
  /** The menu and footer from `navigation.yaml`, if the source has one. */
  navigation?: Navigation;
}

const SOURCE = /\.mdx?$/;
/** Path segments the news routes use; a post with such a slug would be hidden by them. */
const RESERVED_NEWS_SLUGS = new Set(['page', 'tags', 'series']);
/**
 * First segments of addresses the site's own routes answer (app/): a page there would be hidden
 * by them, or hide them.
 */
const RESERVED_PAGE_SECTIONS = new Set(['actualites', 'publications', 'agenda', 'recherche', 'plan-du-site', 'media', 'pagefind', 'thematiques', 'feed']);

function listSources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

const stem = (file: string) => path.basename(file).replace(SOURCE, '');

/** Files of a folder whose pages nest: the slug is the path, the parent the page above. */
function nested(dir: string): { absPath: string; slug: string; parent?: string }[] {
  const files = listSources(dir).map((absPath) => {
    const parts = path.relative(dir, absPath).split(path.sep);
    const segments = [...parts.slice(0, -1), stem(absPath)].map(slugify);
    return { absPath, slug: publicationSlug(segments) };
  });
  const slugs = new Set(files.map((f) => f.slug));
  return files.map((f) => ({ ...f, parent: parentSlug(f.slug, slugs) }));
}

/** Where each content file lives on the site. Folders only group files; the slug is the name. */
function discover(root: string): SourceFile[] {
  const files: Omit<SourceFile, 'source'>[] = [];
  const add = (kind: Kind, absPath: string, slug: string, url: string, parent?: string) =>
    files.push({ kind, absPath, file: displayPath(absPath), slug, url, parent });

  for (const absPath of listSources(path.join(root, 'actualites'))) {
    const slug = slugify(stem(absPath));
    add('news', absPath, slug, `/actualites/${slug}/`);
  }
  // Publications nest at any depth (a guide, its chapters, their sections): the slug is the path.
  for (const { absPath, slug, parent } of nested(path.join(root, 'publications'))) {
    add('publication', absPath, slug, `/publications/${slug}/`, parent);
  }
  for (const absPath of listSources(path.join(root, 'boite-outils'))) {
    const slug = slugify(stem(absPath));
    add('tool', absPath, slug, `/publications/boite-outils/${slug}/`);
  }
  for (const absPath of listSources(path.join(root, THEMES_DIR))) {
    // `thematiques/index.md` is the text of the themes' index page, not a theme.
    const slug = slugify(stem(absPath));
    const isIndex = path.dirname(absPath) === path.join(root, THEMES_DIR) && slug === 'index';
    add('theme', absPath, slug, isIndex ? THEMES_URL : `${THEMES_URL}${slug}/`);
  }
  // Pages nest too (a section and its pages: `formations/index.md`, `formations/parcours.md`).
  for (const { absPath, slug, parent } of nested(path.join(root, 'pages'))) {
    add('page', absPath, slug, `/${slug}/`, parent);
  }
  return files.map((f) => ({ ...f, source: '' }));
}

function checkSlugs(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  const byUrl = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.kind === 'news' && RESERVED_NEWS_SLUGS.has(entry.slug)) {
      problems.push({ file: entry.file, line: 1, severity: 'error', field: 'slug', rule: 'slug-reserved', message: `the file name gives the slug « ${entry.slug} », which the site uses for its own pages: rename the file` });
    }
    if (entry.kind === 'page' && RESERVED_PAGE_SECTIONS.has(entry.slug.split('/')[0] ?? '')) {
      problems.push({ file: entry.file, line: 1, severity: 'error', field: 'slug', rule: 'slug-reserved', message: `the address ${entry.url} is in /${entry.slug.split('/')[0]}/, which the site uses for its own pages: move the file` });
    }
    if (!entry.slug || entry.slug.endsWith('/')) {
      problems.push({ file: entry.file, line: 1, severity: 'error', field: 'slug', rule: 'slug-empty', message: 'the file name has no letter or digit to make a URL from: rename the file' });
      continue;
    }
    const other = byUrl.get(entry.url);
    if (other) {
      problems.push({ file: entry.file, line: 1, severity: 'error', field: 'slug', rule: 'slug-duplicate', message: `same URL ${entry.url} as ${other.file}: rename one of the two files` });
    } else byUrl.set(entry.url, entry);
  }
  // A section's page is published under its section page: without one it has no page.
  const pageSlugs = new Set(entries.filter((e) => e.kind === 'page').map((e) => e.slug));
  for (const entry of entries) {
    if (entry.kind === 'page' && entry.parent && !pageSlugs.has(entry.parent)) {
      problems.push({ file: entry.file, line: 1, severity: 'error', field: 'slug', rule: 'page-no-section', message: `no page for its section /${entry.parent}/, so this page is not published either: add an index.md in its folder` });
    }
  }
  // A former address leads to one page, and never hides a page that exists.
  const aliases = new Map<string, Entry>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const page = byUrl.get(alias);
      const twice = aliases.get(alias);
      const message = page
        ? `« ${alias} » is the address of ${page === entry ? 'this page itself' : page.file}: remove it from aliases`
        : twice
          ? `« ${alias} » is already a former address of ${twice.file}: keep it on one page`
          : undefined;
      if (message)
        problems.push({ file: entry.file, line: entry.keyLines.aliases ?? 1, severity: 'error', field: 'aliases', rule: 'alias-conflict', message });
      else aliases.set(alias, entry);
    }
  }
  return problems;
}

/** A former address in redirects.yaml cannot be a page, nor a former address of a page. */
function redirectConflicts(redirects: readonly SiteRedirect[], entries: readonly Entry[]): Problem[] {
  const taken = new Map<string, string>();
  for (const entry of entries) {
    taken.set(entry.url, entry.file);
    for (const alias of entry.aliases) taken.set(alias, entry.file);
  }
  return redirects.flatMap((r) => {
    const owner = taken.get(r.from);
    return owner
      ? [{ file: r.file, line: r.line, severity: 'error' as const, field: 'redirects', rule: 'redirects-conflict', message: `« ${r.from} » is already an address of ${owner}: remove this line` }]
      : [];
  });
}

/** Where a file named by content is: found inside its source, or why it cannot be used. */
export type AssetLookup =
  | { file: string; problem?: undefined; message?: undefined }
  | { file?: undefined; problem: 'missing' | 'outside' | 'not-image'; message: string };

/**
 * Finds a file content names: `/x.png` in the public folders, anything else next to the Markdown
 * file. The reference is decoded once (`%20`, `%2e`); a site path resolves as a browser would
 * (`/../x` is `/x`). Content is hostile input: whatever it names must be, after following links,
 * inside the content source or the project's public/, or it is `outside`, whether it exists or not
 * (the check must not tell what exists elsewhere on the machine).
 */
export function lookupAsset(ref: string, fromFile: string, root = contentRoot()): AssetLookup {
  const clean = decodeOrKeep(ref.split(/[?#]/)[0] ?? '');
  const allowed = allowedDirs(root);
  const outside: AssetLookup = {
    problem: 'outside',
    message: `« ${ref} » is outside the content source: images and files must be inside ${displayPath(root)}/ or public/`,
  };
  const candidates = clean.startsWith('/')
    ? publicDirs(root).map((dir) => path.join(dir, path.posix.resolve('/', clean)))
    : [path.resolve(path.dirname(fromFile), clean)];
  if (!candidates.some((candidate) => isWithin(candidate, allowed))) return outside;
  const found = candidates.find(isFile);
  if (!found) return { problem: 'missing', message: assetNotFound(ref, root) };
  return isWithin(fs.realpathSync(found), allowed) ? { file: found } : outside;
}

/** The file a reference leads to, if it is one the content may use (see lookupAsset). */
export function resolveAsset(ref: string, fromFile: string, root = contentRoot()): string | undefined {
  return lookupAsset(ref, fromFile, root).file;
}

/**
 * {@link lookupAsset} for an image: the file must also be one, by its bytes (JPEG, PNG, WebP, GIF,
 * AVIF or SVG), whatever its name: images are published under the format their bytes are.
 */
export function lookupImage(ref: string, fromFile: string, root = contentRoot()): AssetLookup {
  const found = lookupAsset(ref, fromFile, root);
  if (!found.file || imageFormatOf(readHead(found.file))) return found;
  return {
    problem: 'not-image',
    message: `« ${ref} » is not an image (its bytes are not JPEG, PNG, WebP, GIF, AVIF or SVG): use an image file`,
  };
}

/**
 * The content source and the project's public/, as written and with links followed (a source may
 * sit behind a link, like /tmp on some systems): a path as written is compared with the first,
 * the real path of a file with the second.
 */
function allowedDirs(root: string): string[] {
  return [root, 'public'].flatMap((dir) => {
    const resolved = path.resolve(dir);
    try {
      return [resolved, fs.realpathSync(resolved)];
    } catch {
      return [resolved];
    }
  });
}

function isWithin(file: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`));
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A path no file can have (a NUL byte): not found.
    return false;
  }
}

/** `%20` as a space; a malformed escape (`50%.png`) is looked up as written, not a crash. */
function decodeOrKeep(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** `« x.png » not found (looked in public/)`: where an image or file was looked for. */
export function assetNotFound(ref: string, root = contentRoot()): string {
  const where = ref.startsWith('/')
    ? `${publicDirs(root).map(displayPath).join('/ and ')}/`
    : 'the folder of the Markdown file';
  return `« ${ref} » not found (looked in ${where})`;
}

/** The rule of each reason an image cannot be used, for problems about images. */
export const IMAGE_RULES = {
  missing: 'image-missing',
  outside: 'image-outside',
  'not-image': 'image-type',
} as const;

function resolveImages(entries: Entry[], root: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.image) continue;
    const isAddress = /^[a-z]+:/i.test(entry.image.path);
    const found = isAddress ? undefined : lookupImage(entry.image.path, entry.absPath, root);
    if (found?.file) entry.image.file = found.file;
    else
      problems.push({
        file: entry.file,
        line: entry.keyLines.image ?? 1,
        severity: 'error',
        field: 'image',
        rule: IMAGE_RULES[found?.problem ?? 'missing'],
        message: found?.message ?? `« ${entry.image.path} »: images must be files of the site, not web addresses`,
      });
  }
  return problems;
}

type ParseResult = ReturnType<typeof parseEntry>;
type ParseCache = Map<string, { mtimeMs: number; result: ParseResult }>;

/** Every content file, where it lives on the site, in a stable order; nothing read yet. */
export function discoverSources(root = contentRoot()): SourceFile[] {
  return discover(root);
}

/** Reads and parses some content files (front matter, schema, interpolation), each once. */
export function parseSources(sources: SourceFile[], cache?: ParseCache): ParseResult[] {
  return sources.map((source) => {
    const mtimeMs = cache ? fs.statSync(source.absPath).mtimeMs : 0;
    const cached = cache?.get(source.absPath);
    if (cached && cached.mtimeMs === mtimeMs) return cached.result;
    const decoded = decodeSource(source.file, fs.readFileSync(source.absPath));
    const result: ParseResult =
      decoded.text === undefined ? { problems: decoded.problems } : parseEntry({ ...source, source: decoded.text });
    cache?.set(source.absPath, { mtimeMs, result });
    return result;
  });
}

/** The content of a whole source from its parsed files: adds the rules across files (slugs, images). */
export function assembleContent(results: ParseResult[], root = contentRoot()): ContentSnapshot {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  for (const result of results) {
    problems.push(...result.problems);
    if (result.entry) entries.push(structuredClone(result.entry));
  }
  problems.push(...checkSlugs(entries), ...resolveImages(entries, root));
  const redirects = readRedirects(root);
  problems.push(...redirects.problems, ...redirectConflicts(redirects.redirects, entries));
  const data = readCollections(entries, (ref, from) => lookupAsset(ref, from, root));
  problems.push(...data.problems);
  const navigation = readNavigation(root);
  problems.push(...navigation.problems);
  return {
    entries,
    problems,
    redirects: redirects.redirects,
    collections: data.collections,
    navigation: navigation.navigation,
  };
}

/** Reads and parses every file of the content source. Each file is read once per call. */
export function readContent(root = contentRoot(), cache?: ParseCache): ContentSnapshot {
  const content = assembleContent(parseSources(discover(root), cache), root);
  content.problems.push(...auditContentFiles(root));
  return content;
}

/**
 * One snapshot per content source and process. Kept on `globalThis`, not in this module: Next
 * bundles route handlers (feeds, calendars) apart from pages, each with its own copy of this
 * module, and a page-generation worker would otherwise read and parse every file once per copy.
 */
const snapshots = ((globalThis as { __contentSnapshots?: Map<string, ContentSnapshot> }).__contentSnapshots ??=
  new Map<string, ContentSnapshot>());
const previewCache: ParseCache = new Map();

/**
 * The content of this process. A build reads and parses each file once, however many pages use
 * it; a development preview re-reads only the files changed since the last request.
 */
export function loadContent(): ContentSnapshot {
  if (isPreview()) return readContent(contentRoot(), previewCache);
  const root = contentRoot();
  let snapshot = snapshots.get(root);
  if (!snapshot) snapshots.set(root, (snapshot = readContent(root)));
  return snapshot;
}
