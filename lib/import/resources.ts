import { slugify } from '@/lib/content/slug';
import { readYaml, splitFrontMatter } from './front-matter';
import { guidePageAddress, mapGuidePage } from './guide-page';
import { frontMatterData } from './page-front-matter';
import { globalData, readLayout } from './guides';
import { ASSET } from './news';
import {
  type Mapper,
  type MapperResult,
  type Output,
  SHARED_REDIRECTS,
  type SourceTree,
} from './plan';
import type { Note } from './report';
import { type ListablePage, templatePageSource } from './template-page';

/**
 * The former site's « Ressources » section and its publications that are not guides:
 * - `content/publications/<x>/…` (a podcast and its episodes, video pages, a newsletter page)
 *   become publications at the same place (`publications/<x>/…`), `.njk` ones written as the
 *   Markdown they showed (lib/import/template-page.ts);
 * - `content/ressources/*.md`, `podcasts/`, `videos/` (the section's landing pages: lists of
 *   videos, podcasts, newsletters) become pages of the site, their former address kept as alias;
 * - the series pages (`/ressources/podcasts/serie/<x>/`, `/ressources/videos/serie/<x>/`, one per
 *   series named in a `series:` front matter) lead to this site's series pages;
 * - `/search-results/` leads to the search page.
 * Pure, like every mapper.
 */

const PUBLICATIONS = 'content/publications/';
const RESOURCES = 'content/ressources/';
/** The guides' folder, imported by lib/import/guides.ts, except its own landing page. */
const GUIDES = 'content/ressources/documents-reference/';
const GUIDES_PAGE = `${GUIDES}documents-reference.md`;
const POSTS = 'content/actualites/posts/';
const SEARCH_RESULTS = 'content/search-results.njk';
const SEARCH_PAGE = '/recherche/';
const SERIES_TEMPLATES = /^content\/ressources\/(podcasts|videos)\/serie\.njk$/;

const isTemplate = (p: string) => p.endsWith('.njk');

/** Where a file of the section goes here; undefined for the files this mapper leaves. */
function targetOf(path: string): { to: string; address: string } | undefined {
  if (path.startsWith(PUBLICATIONS)) {
    const rel = path.slice(PUBLICATIONS.length).replace(/\.njk$/, '.md');
    // The former hub of publications: this site's /publications/ is it.
    if (rel === 'index.md') return undefined;
    const to = `publications/${rel}`;
    return { to, address: guidePageAddress(to) };
  }
  if (path === GUIDES_PAGE || (path.startsWith(RESOURCES) && !path.startsWith(GUIDES))) {
    if (SERIES_TEMPLATES.test(path)) return undefined;
    // Pages nest as their addresses did: /ressources/ is pages/ressources/index.md, « Autres
    // vidéos » (no-serie.njk) pages/ressources/videos/serie/autres-videos.md, under « Vidéos ».
    const rel = path.slice(RESOURCES.length).replace(/\.(md|njk)$/, '');
    const segments =
      rel === 'index'
        ? []
        : rel === 'videos/no-serie'
          ? ['videos', 'serie', 'autres-videos']
          : rel === 'documents-reference/documents-reference'
            ? ['documents-reference']
            : [rel.split('/').at(-1) ?? rel];
    const slugs = ['ressources', ...segments].map(slugify);
    const to = segments.length === 0 ? 'pages/ressources/index.md' : `pages/${slugs.join('/')}.md`;
    return { to, address: `/${slugs.join('/')}/` };
  }
  return undefined;
}

/** The series the former site had a page for: every `series:` of its front matter. */
function seriesNames(tree: SourceTree): string[] {
  const names = new Set<string>();
  for (const path of tree.files) {
    if (!path.startsWith('content/') || !path.endsWith('.md')) continue;
    const text = tree.read(path);
    if (!/^series\s*:/m.test(text)) continue;
    const split = splitFrontMatter(text);
    const parsed = split && readYaml(split.yaml);
    const series = parsed?.ok ? parsed.data.series : undefined;
    if (typeof series === 'string' && series.trim()) names.add(series.trim());
  }
  return [...names].sort();
}

/** Tags of the former site's posts, as their front matter writes them. */
function postTags(tree: SourceTree): Set<string> {
  const tags = new Set<string>();
  for (const path of tree.files) {
    if (!path.startsWith(POSTS) || !path.endsWith('.md')) continue;
    const split = splitFrontMatter(tree.read(path));
    const parsed = split && readYaml(split.yaml);
    const value = parsed?.ok ? parsed.data.tags : undefined;
    for (const tag of Array.isArray(value) ? value : [value])
      if (typeof tag === 'string') tags.add(tag);
  }
  return tags;
}

/** `redirects.yaml` lines: the series pages of both former lists, and the former search page. */
export function resourceRedirects(series: readonly string[], hasSearchResults: boolean): string {
  const lines = series.flatMap((name) => {
    const slug = slugify(name);
    return ['podcasts', 'videos'].map(
      (kind) => `/ressources/${kind}/serie/${slug}/: /actualites/series/${slug}/`,
    );
  });
  if (hasSearchResults) lines.push(`/search-results/: ${SEARCH_PAGE}`);
  if (lines.length === 0) return '';
  return `# Former series pages (podcasts and videos) and the former search page.\n${lines.join('\n')}\n`;
}

export function resourcesMapper(): Mapper {
  return {
    name: 'resources',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      const mine = tree.files.flatMap((path) => {
        const target = /\.(md|njk)$/.test(path) ? targetOf(path) : undefined;
        return target ? [{ path, ...target }] : [];
      });
      // What a template's loops may list: the publications written here, as the former site knew them.
      const listable: ListablePage[] = mine.flatMap(({ path, address }) => {
        const data = frontMatterData(tree.read(path));
        return typeof data.title === 'string' ? [{ title: data.title, url: address, data }] : [];
      });
      const tags = postTags(tree);
      let publications = 0;
      let pages = 0;
      for (const { path, to, address } of mine) {
        handled.push(path);
        const template = templatePageSource(tree.read(path), listable, tags);
        const page = mapGuidePage({
          sourcePath: path,
          source: template.source,
          defaults: { tags: [], values: {} },
          target: { path: to, address },
          exists: (p) => files.has(p),
          copied: () => false,
          readLayout: (name) => readLayout(tree, files, name),
          globalData: globalData(tree),
        });
        outputs.push({ to: page.targetPath, text: page.text, from: path });
        notes.push(...template.notes.map((n) => ({ file: to, ...n })), ...page.notes);
        if (isTemplate(path))
          notes.push({
            file: to,
            line: 1,
            kind: 'template',
            message: `written from the template ${path}: its text, and the lists it computed written out; its layout (cards, grid) is this site's`,
          });
        if (to.startsWith('pages/')) pages++;
        else publications++;
      }
      for (const path of tree.files) {
        if (SERIES_TEMPLATES.test(path) || path === SEARCH_RESULTS) handled.push(path);
        else if (path.startsWith(PUBLICATIONS) && !mine.some((m) => m.path === path)) {
          handled.push(path);
          notes.push({
            file: path,
            line: 1,
            kind: 'skipped',
            message: ASSET.test(path)
              ? 'not imported: publications name their images in public/'
              : 'the former hub of publications: this site’s /publications/ is it',
          });
        }
      }
      const redirects = resourceRedirects(seriesNames(tree), files.has(SEARCH_RESULTS));
      if (redirects) {
        outputs.push({ to: SHARED_REDIRECTS, text: redirects, from: SEARCH_RESULTS });
        notes.push({
          file: SHARED_REDIRECTS,
          line: 1,
          kind: 'address',
          message: `${redirects.split('\n').length - 2} former addresses of series pages and of the search page lead to this site’s`,
        });
      }
      return {
        outputs,
        notes,
        handled,
        counts: { 'publications written': publications, 'pages written': pages },
      };
    },
  };
}
