import { stringify } from 'yaml';
import { dataFileCandidates, mergeDefaults } from './cascade';
import { readJsDataFile, readJsonDataFile } from './data-file';
import { splitFrontMatter } from './front-matter';
import { GUIDES_DIR, mapGuidePage } from './guide-page';
import { ELEVENTY_DSFR } from './layout';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';

/**
 * The RGESN of an eleventy-dsfr site: its criteria (`_data/referentiel-ecoconception.json`,
 * rendered by the templates `index.njk` and `critere.njk`) become a data collection of this
 * project, the file copied as it is beside a publication that declares it (`collection:`), with
 * the themes' descriptions the templates took from `_data/metadata.js`. The side pages (`*.md`)
 * become pages of that publication, their former addresses kept as aliases. Pure.
 */

const FOLDER = `${GUIDES_DIR}/referentiel-general-ecoconception`;
const DATA = '_data/referentiel-ecoconception.json';
const METADATA = '_data/metadata.js';
const TARGET = 'publications/referentiel-general-ecoconception';
/** The licence of the source's content (its LICENSES/Etalab-2.0.md), stated with the downloads. */
const LICENCE = {
  licence: 'Licence Ouverte / Etalab 2.0',
  licenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** `UX/UI` and the template's `uxui` key, `Stratégie` and `strategie`: the same theme. */
const key = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

type Metadata = { versionTitle?: unknown; thematique?: Record<string, { description?: unknown }> };

/** The index page: the template's front matter and the text above its loops, as written. */
export function mapRgesnIndex(
  template: string,
  criteria: unknown,
  metadata: Metadata,
): { text: string; notes: Omit<Note, 'file'>[] } {
  const notes: Omit<Note, 'file'>[] = [];
  const split = splitFrontMatter(template);
  const field = (name: string) =>
    new RegExp(`^${name}:[ \\t]*(.+)$`, 'm').exec(split?.yaml ?? '')?.[1]?.trim();
  const themes: string[] = [];
  if (Array.isArray(criteria))
    for (const c of criteria as { thematique?: unknown }[])
      if (typeof c?.thematique === 'string' && !themes.includes(c.thematique))
        themes.push(c.thematique);
  const described = Object.fromEntries(
    Object.entries(metadata.thematique ?? {}).map(([k, v]) => [key(k), v?.description]),
  );
  const data = {
    title: field('title') ?? 'Référentiel général d’écoconception de services numériques',
    ...(field('description') ? { description: field('description') } : {}),
    ...(field('date') ? { date: field('date') } : {}),
    ...(field('image') ? { image: field('image') } : {}),
    tags: ['Document de référence'],
    collection: {
      file: 'criteres.json',
      download: 'rgesn',
      ...LICENCE,
      themes: themes.map((name) => {
        const description = described[key(name)];
        return typeof description === 'string' ? { name, description } : { name };
      }),
    },
  };
  // The text above the summary and the loops that listed the criteria: the pages of the
  // collection replace those.
  const body = (split?.body ?? '').split(/<nav class="fr-summary"/)[0]!;
  const version = typeof metadata.versionTitle === 'string' ? metadata.versionTitle : '';
  const text = body
    .replace(/\{\{\s*metadata\.referentielEcoconception\.versionTitle\s*\}\}/g, version)
    .replace(/^\t+/gm, '')
    .trim();
  if (/\{\{|\{%/.test(text))
    notes.push({
      line: 1,
      kind: 'template',
      message: 'template syntax left in the index text: rewrite it',
    });
  return { text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}\n`, notes };
}

export function rgesnMapper(): Mapper {
  return {
    name: 'rgesn',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      if (!files.has(DATA) || !files.has(`${FOLDER}/index.njk`))
        return { outputs, notes, handled, counts: {} };
      let criteria: unknown;
      try {
        criteria = JSON.parse(tree.read(DATA));
      } catch {
        notes.push({
          file: DATA,
          line: 1,
          kind: 'skipped',
          message: 'not valid JSON: the RGESN is not imported',
        });
        return { outputs, notes, handled: [DATA], counts: {} };
      }
      const metadata = files.has(METADATA)
        ? ((readJsDataFile(tree.read(METADATA)).values.referentielEcoconception ?? {}) as Metadata)
        : {};
      outputs.push({ to: `${TARGET}/criteres.json`, copy: DATA });
      handled.push(DATA);
      const index = mapRgesnIndex(tree.read(`${FOLDER}/index.njk`), criteria, metadata);
      outputs.push({ to: `${TARGET}/index.md`, text: index.text, from: `${FOLDER}/index.njk` });
      notes.push(...index.notes.map((n) => ({ ...n, file: `${TARGET}/index.md` })));
      notes.push(
        {
          file: `${FOLDER}/index.njk`,
          line: 1,
          kind: 'replaced',
          message: `template replaced by ${TARGET}/index.md (its text) and the index of its collection: every criterion by theme, filters by theme and priority, CSV and JSON downloads`,
        },
        {
          file: DATA,
          line: 1,
          kind: 'replaced',
          message: `copied as it is to ${TARGET}/criteres.json, the data of the collection; themes described from ${METADATA}`,
        },
      );
      let pages = 0;
      for (const path of tree.files) {
        if (!path.startsWith(`${FOLDER}/`) || path === `${FOLDER}/index.njk`) continue;
        handled.push(path);
        if (path === `${FOLDER}/critere.njk`) {
          notes.push({
            file: path,
            line: 1,
            kind: 'replaced',
            message: `template replaced by the criterion pages of the collection (/publications/referentiel-general-ecoconception/critere/<numero>/, same addresses)`,
          });
        } else if (path.endsWith('.md')) {
          const layers = dataFileCandidates(path, ELEVENTY_DSFR.input)
            .filter((candidate) => files.has(candidate))
            .map((file) => ({
              file,
              data: file.endsWith('.json')
                ? readJsonDataFile(tree.read(file))
                : readJsDataFile(tree.read(file)),
            }));
          const page = mapGuidePage({
            sourcePath: path,
            source: tree.read(path),
            defaults: mergeDefaults(layers),
            exists: (p) => files.has(p),
            copied: () => false,
          });
          outputs.push({ to: page.targetPath, text: page.text, from: path });
          notes.push(...page.notes);
          pages++;
        } else {
          notes.push({
            file: path,
            line: 1,
            kind: 'skipped',
            message: 'neither a page nor the data of the RGESN: not imported',
          });
        }
      }
      const count = Array.isArray(criteria) ? criteria.length : 0;
      return {
        outputs,
        notes,
        handled,
        counts: { 'RGESN criteria imported': count, 'RGESN pages written': pages + 1 },
      };
    },
  };
}
