import { dirname } from './address';
import { dataFileCandidates, isDataFile, mergeDefaults } from './cascade';
import { type FolderData, readJsDataFile, readJsonDataFile } from './data-file';
import { GUIDES_DIR, guideTargetPath, mapGuidePage } from './guide-page';
import { posixNormalize } from './images';
import { ELEVENTY_DSFR } from './layout';
import { ASSET } from './news';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';

/**
 * The multi-page guides of an eleventy-dsfr site (`content/ressources/documents-reference/<guide>/`):
 * every `.md` becomes a publication under `publications/<guide>/`, chapters nested as they were,
 * images and documents beside them copied; each page keeps its former address as an alias. Folder
 * defaults are read, never run. Templates (`.njk`) and the folders other work imports are reported.
 */

/** Folders of the guides' section imported by other mappers (the toolbox, the RGESN). */
export const GUIDES_ELSEWHERE = new Set(['boite-outils', 'referentiel-general-ecoconception']);

function readDataFile(tree: SourceTree, path: string): FolderData {
  return path.endsWith('.json')
    ? readJsonDataFile(tree.read(path))
    : readJsDataFile(tree.read(path));
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
      const dataFiles = new Map<string, FolderData>();
      const dataOf = (path: string) => {
        let data = dataFiles.get(path);
        if (!data) dataFiles.set(path, (data = readDataFile(tree, path)));
        return data;
      };
      const elsewhere = new Map<string, number>();
      const pages: { target: string; address: string; aliases: string[] }[] = [];
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
          // Left unclaimed: the mapper of that folder reports it, or the plan sums it up.
          elsewhere.set(guide, (elsewhere.get(guide) ?? 0) + 1);
          continue;
        }
        handled.push(path);
        if (!guide) {
          skip(
            path,
            'the section’s own page, not part of a guide: not imported, for the pages mapper',
          );
        } else if (isDataFile(path)) {
          dataOf(path);
        } else if (path.endsWith('.md')) {
          const layers = dataFileCandidates(path, ELEVENTY_DSFR.input)
            .filter((candidate) => files.has(candidate))
            .map((file) => ({ file, data: dataOf(file) }));
          const page = mapGuidePage({
            sourcePath: path,
            source: tree.read(path),
            defaults: mergeDefaults(layers),
            exists: (p) => files.has(p),
            copied: (p) => p.startsWith(`${prefix}${guide}/`) && ASSET.test(p),
            readSiteFile: (address) => {
              // Only a file of the source's public folder, read as text, never run.
              const file = posixNormalize(`${ELEVENTY_DSFR.public}/${address}`);
              const inPublic = file?.startsWith(`${ELEVENTY_DSFR.public}/`) && files.has(file);
              return file && inPublic ? tree.read(file) : undefined;
            },
          });
          outputs.push({ to: page.targetPath, text: page.text, from: path });
          notes.push(...page.notes);
          pages.push({ target: page.targetPath, address: page.newAddress, aliases: page.aliases });
        } else if (ASSET.test(path)) {
          outputs.push({ to: guideTargetPath(path), copy: path });
          assets++;
        } else if (/\.(njk|liquid|html|11ty\.js)$/.test(path)) {
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
      for (const [guide, n] of elsewhere) {
        notes.push({
          file: `${prefix}${guide}/`,
          line: 1,
          kind: 'skipped',
          message: `${n} file${n === 1 ? '' : 's'} left to the mapper of this folder (not a guide of this import)`,
        });
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
