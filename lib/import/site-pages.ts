import { slugify } from '@/lib/content/slug';
import { fileSlug, permalinkUrl } from './address';
import { dataFileCandidates, type Defaults, isDataFile, mergeDefaults } from './cascade';
import { folderDataReader } from './data-file';
import { readYaml, splitFrontMatter } from './front-matter';
import { mapGuidePage } from './guide-page';
import { posixNormalize } from './images';
import { ELEVENTY_DSFR } from './layout';
import { cascadePermalink, type KeyNote, mapAddress } from './news-fields';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';
import type { YamlChange } from './front-matter';

/**
 * The site's own pages of an eleventy-dsfr site (`content/a-propos/index.md`, the legal pages) and
 * its sections of pages (`content/formations/*.md`) become pages of this project under `pages/`,
 * each at the address it had: `/mentions-legales/` is `pages/mentions-legales.md`, a section's
 * own page `pages/formations/index.md` and its pages beside it. Folder defaults are read, never
 * run; every file of these folders is written or reported.
 */

/** Folders of the source's `content/` that hold the site's pages and sections. */
export const SITE_PAGE_FOLDERS = [
  'a-propos',
  'accessibility',
  'barometre',
  'contact',
  'financement',
  'formations',
  'legal',
  'personal-data',
  'reglementation',
];

/** First segments of this project's own routes: a page cannot live there (lib/content/load.ts). */
const RESERVED = new Set(['actualites', 'publications', 'agenda', 'recherche', 'plan-du-site']);

/** Keys of the former site's layouts that only drew the page: what they did, this site does. */
const LAYOUT_KEYS: Record<string, string> = {
  slugOverride: 'a name for the page’s address; the address is the permalink, kept as is',
  showBreadcrumb: 'every page here has its breadcrumb',
};

/** The segments of an address (`/formations/parcours-mooc/` -> formations, parcours-mooc), slugified. */
export function addressSegments(address: string): string[] {
  return address.split('/').filter(Boolean).map(slugify);
}

/**
 * Where a page goes: its address's path as file name (`pages/contact.md`), or as a folder with
 * an `index.md` when other pages sit under it (a section's own page).
 */
export function sitePageTarget(segments: readonly string[], sections: ReadonlySet<string>): string {
  const path = segments.join('/');
  return sections.has(path) ? `pages/${path}/index.md` : `pages/${path}.md`;
}

const dropLayoutKeys = (
  data: Record<string, unknown>,
): { changes: YamlChange[]; notes: KeyNote[] } => {
  const keys = Object.keys(LAYOUT_KEYS).filter((key) => key in data);
  return {
    changes: keys.map((key) => ({ op: 'remove', key })),
    notes: keys.map((key) => ({
      key: 'title',
      kind: 'front-matter',
      message: `${key} « ${String(data[key])} » removed: ${LAYOUT_KEYS[key]}`,
    })),
  };
};

/** The address the former site gave a page: its permalink, its folders', or Eleventy's own. */
function formerAddress(source: string, defaults: Defaults, inputRel: string): string | undefined {
  const split = splitFrontMatter(source);
  const parsed = split ? readYaml(split.yaml) : undefined;
  const slug = fileSlug(inputRel);
  if (parsed?.ok)
    return mapAddress(parsed.data, defaults, { inputRel, slug, newAddress: '' }).oldAddress;
  const permalink = cascadePermalink(defaults, inputRel);
  return permalink ? permalinkUrl(permalink, slug) : undefined;
}

export function sitePagesMapper(folders: readonly string[] = SITE_PAGE_FOLDERS): Mapper {
  const prefixes = folders.map((f) => `${ELEVENTY_DSFR.input}/${f}/`);
  return {
    name: 'site pages',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      const { dataFiles, dataOf } = folderDataReader(tree);
      const skip = (file: string, message: string) =>
        notes.push({ file, line: 1, kind: 'skipped', message });
      let skipped = 0;

      // First every page's former address: a page with pages under it is a section.
      const pages: { path: string; defaults: Defaults; segments: string[]; inputRel: string }[] =
        [];
      for (const path of tree.files) {
        if (!prefixes.some((p) => path.startsWith(p))) continue;
        handled.push(path);
        if (isDataFile(path)) {
          dataOf(path);
          continue;
        }
        if (!path.endsWith('.md')) {
          skip(path, 'neither a page nor a data file of the folder: not imported');
          skipped++;
          continue;
        }
        const inputRel = path.slice(ELEVENTY_DSFR.input.length + 1);
        const defaults = mergeDefaults(
          dataFileCandidates(path, ELEVENTY_DSFR.input)
            .filter((candidate) => files.has(candidate))
            .map((file) => ({ file, data: dataOf(file) })),
        );
        const address = formerAddress(tree.read(path), defaults, inputRel);
        const segments = address?.endsWith('/') ? addressSegments(address) : [];
        const why =
          address === undefined
            ? 'its former address is template logic or false: not imported; write it under pages/ by hand'
            : !address.endsWith('/')
              ? `its former address ${address} is a file, not a page: not imported`
              : segments.length === 0
                ? 'its former address is the home page, which this site builds itself: not imported'
                : RESERVED.has(segments[0]!)
                  ? `its former address ${address} is in a section this site builds itself: not imported`
                  : undefined;
        if (why) {
          skip(path, why);
          skipped++;
        } else pages.push({ path, defaults, segments, inputRel });
      }
      const sections = new Set(
        pages.flatMap((p) =>
          p.segments.slice(1).map((_, i) => p.segments.slice(0, i + 1).join('/')),
        ),
      );
      const byTarget = new Map<string, string>();
      for (const page of pages) {
        const target = sitePageTarget(page.segments, sections);
        const other = byTarget.get(target);
        if (other) {
          skip(page.path, `same address as ${other}: not imported; merge the two pages`);
          skipped++;
          continue;
        }
        byTarget.set(target, page.path);
        const mapped = mapGuidePage({
          sourcePath: page.path,
          source: tree.read(page.path),
          defaults: page.defaults,
          exists: (p) => files.has(p),
          copied: () => false,
          readSiteFile: (address) => {
            const file = posixNormalize(`${ELEVENTY_DSFR.public}/${address}`);
            const inPublic = file?.startsWith(`${ELEVENTY_DSFR.public}/`) && files.has(file);
            return file && inPublic ? tree.read(file) : undefined;
          },
          target: { path: target, address: `/${page.segments.join('/')}/` },
          mapFields: dropLayoutKeys,
        });
        outputs.push({ to: mapped.targetPath, text: mapped.text, from: page.path });
        notes.push(...mapped.notes);
      }
      for (const path of dataFiles.keys()) {
        notes.push({
          file: path,
          line: 1,
          kind: 'folder-data',
          message: 'read without running it, for the pages of this folder',
        });
      }
      return {
        outputs,
        notes,
        handled,
        counts: { 'site pages written': byTarget.size, 'files not imported': skipped },
      };
    },
  };
}
