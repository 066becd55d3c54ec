import { parseRedirects } from '@/lib/content/redirects';
import { FIXED_PAGES } from '@/lib/content/site-pages';
import { slugify } from '@/lib/content/slug';
import { THEMES_DIR, THEMES_URL } from '@/lib/content/themes';
import {
  defaultPermalink,
  fileSlug,
  newsAddress,
  permalinkFromText,
  permalinkUrl,
  stem,
} from './address';
import { readJsDataFile } from './data-file';
import { readYaml, splitFrontMatter } from './front-matter';
import { guidePageAddress } from './guide-page';
import { ELEVENTY_DSFR } from './layout';
import type { Output, SourceTree } from './plan';

/**
 * What an import publishes, for mappers that link to its pages (themes, the menu): each page's
 * address here, and where each former address now leads. A link is written only to a page the
 * import publishes; the source's pages are found by their Eleventy navigation keys.
 */

/**
 * The address of a written content file, as lib/content/load.ts gives it, for the folders it
 * reads; undefined for any other file.
 */
export function contentAddress(to: string): string | undefined {
  if (!/\.mdx?$/.test(to)) return undefined;
  const [root, ...rest] = to.split('/');
  if (rest.length === 0) return undefined;
  const slug = slugify(stem(to));
  switch (root) {
    case 'actualites':
      return newsAddress(to);
    case 'publications':
      return guidePageAddress(to);
    case 'boite-outils':
      return `/publications/boite-outils/${slug}/`;
    case 'pages':
      return `/${slug}/`;
    case THEMES_DIR:
      return rest.length === 1 && slug === 'index' ? THEMES_URL : `${THEMES_URL}${slug}/`;
    default:
      return undefined;
  }
}

export interface SiteAddresses {
  /** The address of the page a source file became, if the import wrote it. */
  ofSource(sourcePath: string): string | undefined;
  /** Where a former address (or a page's address) leads on the imported site, if anywhere. */
  lead(address: string): string | undefined;
}

const withSlash = (address: string) =>
  /\/$|\.[a-z0-9]{1,5}$/i.test(address) ? address : `${address}/`;

/** The addresses of what the mappers before wrote: pages, their aliases, redirects.yaml. */
export function siteAddresses(written: readonly Output[]): SiteAddresses {
  const bySource = new Map<string, string>();
  const leads = new Map<string, string>(Object.keys(FIXED_PAGES).map((url) => [url, url]));
  for (const output of written) {
    if (!('text' in output)) continue;
    if (output.to === 'redirects.yaml') {
      for (const r of parseRedirects(output.to, output.text).redirects) leads.set(r.from, r.to);
      continue;
    }
    const address = contentAddress(output.to);
    if (!address) continue;
    bySource.set(output.from, address);
    leads.set(address, address);
    const split = splitFrontMatter(output.text);
    const data = split ? readYaml(split.yaml) : undefined;
    if (!data?.ok || data.data.draft === true) continue;
    const aliases = data.data.aliases;
    for (const alias of typeof aliases === 'string'
      ? [aliases]
      : Array.isArray(aliases)
        ? aliases
        : [])
      if (typeof alias === 'string' && !leads.has(withSlash(alias)))
        leads.set(withSlash(alias), address);
  }
  return {
    ofSource: (path) => bySource.get(path),
    lead: (address) => {
      const to = leads.get(withSlash(address));
      // A redirect leads to a page, or to nothing the import publishes.
      return to && (leads.get(to) === to ? to : undefined);
    },
  };
}

/** A page of the source with its front matter, as Eleventy's navigation plugin reads it. */
export interface SourcePage {
  path: string;
  data: Record<string, unknown>;
  /** Its address on the former site, when the source says it plainly. */
  formerAddress?: string;
}

/** Front matter of a page: YAML, or a `---js` object read without running it. */
function frontMatterOf(source: string): Record<string, unknown> | undefined {
  const js = /^---js\s*\n([\s\S]*?)\n---\s*(\n|$)/.exec(source);
  if (js) return readJsDataFile(`module.exports = (${js[1]});`).values;
  const split = splitFrontMatter(source);
  if (!split) return undefined;
  // Indented with tabs, as the former site's parser allowed (page-front-matter.ts repairs it too).
  const yaml = readYaml(split.yaml.replace(/^\t+/gm, (tabs: string) => '  '.repeat(tabs.length)));
  return yaml.ok ? yaml.data : undefined;
}

/** The former address: the page's own plain permalink, else Eleventy's default for its path. */
function formerAddress(path: string, data: Record<string, unknown>): string | undefined {
  const inputRel = path.slice(ELEVENTY_DSFR.input.length + 1);
  if (data.permalink === false) return undefined;
  const own = typeof data.permalink === 'string' ? permalinkFromText(data.permalink) : undefined;
  return own ? permalinkUrl(own, fileSlug(inputRel)) : defaultPermalink(inputRel);
}

/** Every page template of the source's content folder, with its front matter. */
export function sourcePages(tree: SourceTree): SourcePage[] {
  const prefix = `${ELEVENTY_DSFR.input}/`;
  return tree.files
    .filter((p) => p.startsWith(prefix) && /\.(md|njk|html|liquid)$/.test(p))
    .flatMap((path) => {
      const data = frontMatterOf(tree.read(path));
      return data ? [{ path, data, formerAddress: formerAddress(path, data) }] : [];
    });
}

/** `eleventyNavigation` of a page: its key, parent, title and order, when it has one. */
export function navigationOf(
  page: SourcePage,
): { key?: string; parent?: string; title?: string; order?: number } | undefined {
  const nav = page.data.eleventyNavigation;
  if (typeof nav !== 'object' || nav === null || Array.isArray(nav)) return undefined;
  const n = nav as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  return {
    key: str(n.key),
    parent: str(n.parent),
    title: str(n.title),
    order: typeof n.order === 'number' ? n.order : undefined,
  };
}

/** In Eleventy's collections (what navigation filters read): not excluded, not a draft. */
export const inCollections = (page: SourcePage) =>
  page.data.eleventyExcludeFromCollections !== true && page.data.draft !== true;

/**
 * Where a source page is on the imported site: the page it became, or the page its former
 * address leads to; undefined when the import publishes it nowhere.
 */
export function addressOfPage(page: SourcePage, site: SiteAddresses): string | undefined {
  return (
    site.ofSource(page.path) ?? (page.formerAddress ? site.lead(page.formerAddress) : undefined)
  );
}
