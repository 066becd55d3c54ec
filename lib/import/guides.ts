import { dirname } from './address';
import { dataFileCandidates, isDataFile, mergeDefaults } from './cascade';
import { folderDataReader } from './data-file';
import { frontMatterData } from './page-front-matter';
import { GUIDES_DIR, guidePageAddress, guideTargetPath, mapGuidePage } from './guide-page';
import { posixNormalize } from './images';
import { ELEVENTY_DSFR } from './layout';
import { ASSET } from './news';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';
import { type ListablePage, templatePageSource } from './template-page';

/**
 * The multi-page guides of an eleventy-dsfr site (`content/ressources/documents-reference/<guide>/`):
 * every `.md` becomes a publication under `publications/<guide>/`, chapters nested as they were,
 * images and documents beside them copied; each page keeps its former address as an alias. Folder
 * defaults are read, never run. Templates (`.njk`) and the folders other work imports are reported.
 */

/** Folders of the guides' section imported by other mappers (the toolbox, the RGESN). */
export const GUIDES_ELSEWHERE = new Set(['boite-outils', 'referentiel-general-ecoconception']);

/** A layout of the former site (`_includes/<name>`), read as text, never run. */
export function readLayout(
  tree: SourceTree,
  files: ReadonlySet<string>,
  name: string,
): string | undefined {
  const file = posixNormalize(`_includes/${name}`);
  return file?.startsWith('_includes/') && files.has(file) ? tree.read(file) : undefined;
}

const globalsCache = new WeakMap<SourceTree, Record<string, unknown>>();

/** The former site's global data files (`_data/<name>.js|json`), by name, read, never run. */
export function globalData(tree: SourceTree): Record<string, unknown> {
  let data = globalsCache.get(tree);
  if (!data) {
    data = {};
    const { dataOf } = folderDataReader(tree);
    for (const file of tree.files) {
      const name = /^_data\/([A-Za-z_]\w*)\.(js|json)$/.exec(file)?.[1];
      if (name) data[name] = dataOf(file).values;
    }
    globalsCache.set(tree, data);
  }
  return data;
}

export function guidesMapper(): Mapper {
  const prefix = `${GUIDES_DIR}/`;
  return {
    name: 'guides',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      const { dataFiles, dataOf } = folderDataReader(tree);
      const pages: { target: string; address: string; aliases: string[] }[] = [];
      // What a template's loops may list: the guides' pages, as the former site knew them.
      let pagesForLists: ListablePage[] | undefined;
      const listable = () =>
        (pagesForLists ??= tree.files.flatMap((file) => {
          const rel = file.slice(prefix.length);
          if (!file.startsWith(prefix) || !file.endsWith('.md') || !rel.includes('/')) return [];
          if (GUIDES_ELSEWHERE.has(rel.slice(0, rel.indexOf('/')))) return [];
          const data = frontMatterData(tree.read(file));
          const url = guidePageAddress(guideTargetPath(file));
          return typeof data.title === 'string' ? [{ title: data.title, url, data }] : [];
        }));
      let assets = 0;
      let skipped = 0;
      const skip = (file: string, message: string) => {
        notes.push({ file, line: 1, kind: 'skipped', message });
        skipped++;
      };

      for (const path of tree.files) {
        if (!path.startsWith(prefix)) continue;
        const rel = path.slice(prefix.length);
        const guide = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : undefined;
        if (guide && GUIDES_ELSEWHERE.has(guide)) {
          // Left unclaimed: the mapper of that folder (toolbox, RGESN) claims it, else the plan
          // sums it up as not imported.
          continue;
        }
        // The section's own page, not part of a guide: lib/import/resources.ts writes it.
        if (!guide) continue;
        handled.push(path);
        if (isDataFile(path)) {
          dataOf(path);
        } else if (path.endsWith('.md') || path.endsWith('.njk')) {
          // A page built by a template is written as the Markdown it showed, its lists written out.
          const template = path.endsWith('.njk')
            ? templatePageSource(tree.read(path), listable())
            : undefined;
          const layers = dataFileCandidates(path, ELEVENTY_DSFR.input)
            .filter((candidate) => files.has(candidate))
            .map((file) => ({ file, data: dataOf(file) }));
          const page = mapGuidePage({
            sourcePath: path,
            source: template?.source ?? tree.read(path),
            ...(template
              ? {
                  target: {
                    path: guideTargetPath(path).replace(/\.njk$/, '.md'),
                    address: guidePageAddress(guideTargetPath(path).replace(/\.njk$/, '.md')),
                  },
                }
              : {}),
            defaults: mergeDefaults(layers),
            exists: (p) => files.has(p),
            copied: (p) => p.startsWith(`${prefix}${guide}/`) && ASSET.test(p),
            readLayout: (name) => readLayout(tree, files, name),
            globalData: globalData(tree),
            readSiteFile: (address) => {
              // Only a file of the source's public folder, read as text, never run.
              const file = posixNormalize(`${ELEVENTY_DSFR.public}/${address}`);
              const inPublic = file?.startsWith(`${ELEVENTY_DSFR.public}/`) && files.has(file);
              return file && inPublic ? tree.read(file) : undefined;
            },
          });
          outputs.push({ to: page.targetPath, text: page.text, from: path });
          notes.push(...page.notes);
          if (template) {
            notes.push(...template.notes.map((n) => ({ file: page.targetPath, ...n })), {
              file: page.targetPath,
              line: 1,
              kind: 'template',
              message: `written from the template ${path}: its text, and the lists it computed written out`,
            });
          }
          pages.push({ target: page.targetPath, address: page.newAddress, aliases: page.aliases });
        } else if (ASSET.test(path)) {
          outputs.push({ to: guideTargetPath(path), copy: path });
          assets++;
        } else if (/\.(liquid|html|11ty\.js)$/.test(path)) {
          const root = /\/index\.[^/]+$/.test(path) && dirname(path) === `${prefix}${guide}`;
          skip(
            path,
            root
              ? 'template of the former site (the guide’s own page, built by code): not imported; its chapters are published once an index.md is written for the guide'
              : 'template of the former site (a page built by code): not imported; write it in Markdown',
          );
        } else skip(path, 'neither a page nor an image or document: not imported');
      }

      const byAddress = new Map<string, string>();
      for (const page of pages) {
        const other = byAddress.get(page.address);
        if (other)
          notes.push({
            file: page.target,
            line: 1,
            kind: 'address',
            message: `same address ${page.address} as ${other}: rename one of the two files`,
          });
        else byAddress.set(page.address, page.target);
      }
      for (const page of pages) {
        for (const alias of page.aliases) {
          const owner = byAddress.get(alias);
          if (owner && owner !== page.target)
            notes.push({
              file: page.target,
              line: 1,
              kind: 'address',
              message: `alias ${alias} is the address of ${owner}: one of them must change`,
            });
        }
      }
      for (const path of dataFiles.keys()) {
        notes.push({
          file: path,
          line: 1,
          kind: 'folder-data',
          message: `read without running it, for the guide pages below ${dirname(path)}/`,
        });
      }
      return {
        outputs,
        notes,
        handled,
        counts: {
          'guide pages written': pages.length,
          'guide assets copied': assets,
          'files not imported': skipped,
        },
      };
    },
  };
}
