import { LEGACY_KEYS, ToolSchema } from '@/lib/content/schema';
import { slugify } from '@/lib/content/slug';
import { stem } from './address';
import { type Defaults, isDataFile } from './cascade';
import { splitFrontMatter, type YamlChange } from './front-matter';
import { GUIDES_DIR, mapGuidePage } from './guide-page';
import type { KeyNote } from './news-fields';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';
import { staticHtml } from './static-html';

/**
 * The toolbox of an eleventy-dsfr site (`content/ressources/documents-reference/boite-outils/`)
 * merged into this project's: each sheet of `fiches/` becomes a tool sheet (`boite-outils/<x>.md`,
 * at `/publications/boite-outils/<x>/`, its former address `/…/fiches/<x>/` kept as an alias), and
 * the toolbox's own page the introduction of the listing (`publications/boite-outils.md`), its
 * cards left to this site's listing.
 */

export const TOOLBOX_DIR = `${GUIDES_DIR}/boite-outils`;
const SHEETS_DIR = `${TOOLBOX_DIR}/fiches`;
const EMPTY_DEFAULTS: Defaults = { tags: [], values: {} };

/** Keys of a sheet this project reads, or knows to ignore. */
const KNOWN = new Set([...Object.keys(ToolSchema.shape), ...LEGACY_KEYS]);
/** Keys of the toolbox's page that only placed it on the former publications page. */
const HUB_KEYS: Record<string, string> = {
  category: 'the former publications page’s section; the toolbox has its own place here',
  type: 'the former site’s kind of page; its place in content/ says it here',
};

const isText = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/**
 * A sheet's front matter as a tool's: what the tool schema knows stays, and any other text field
 * of the sheet becomes a characteristic under `details:` (its key as the label, to reword), so
 * that nothing the sheet said is dropped.
 */
export function toolFields(data: Record<string, unknown>): {
  changes: YamlChange[];
  notes: KeyNote[];
} {
  const extra = Object.entries(data).filter(([key, value]) => !KNOWN.has(key) && isText(value));
  if (extra.length === 0) return { changes: [], notes: [] };
  const own =
    typeof data.details === 'object' && data.details !== null && !Array.isArray(data.details)
      ? (data.details as Record<string, unknown>)
      : {};
  const details = { ...own, ...Object.fromEntries(extra.map(([k, v]) => [k, String(v)])) };
  return {
    changes: [
      ...extra.map(([key]): YamlChange => ({ op: 'remove', key })),
      { op: 'set', key: 'details', value: details },
    ],
    notes: [
      {
        key: 'details',
        kind: 'front-matter',
        message: `${extra.map(([k]) => `« ${k} »`).join(', ')} moved under details: shown among the characteristics, with the key as label: reword it`,
      },
    ],
  };
}

const hubFields = (data: Record<string, unknown>) => {
  const keys = Object.keys(HUB_KEYS).filter((key) => key in data);
  return {
    changes: keys.map((key): YamlChange => ({ op: 'remove', key })),
    notes: keys.map((key): KeyNote => ({
      key: 'title',
      kind: 'front-matter',
      message: `${key} « ${String(data[key])} » removed: ${HUB_KEYS[key]}`,
    })),
  };
};

export function toolboxMapper(): Mapper {
  return {
    name: 'toolbox',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      let sheets = 0;
      let skipped = 0;
      const common = {
        defaults: EMPTY_DEFAULTS,
        exists: (p: string) => files.has(p),
        copied: () => false,
      };
      for (const path of tree.files) {
        if (!path.startsWith(`${TOOLBOX_DIR}/`)) continue;
        handled.push(path);
        const inSheets =
          path.startsWith(`${SHEETS_DIR}/`) && !path.slice(SHEETS_DIR.length + 1).includes('/');
        if (inSheets && path.endsWith('.md')) {
          const slug = slugify(stem(path));
          const sheet = mapGuidePage({
            ...common,
            sourcePath: path,
            source: tree.read(path),
            target: {
              path: `boite-outils/${slug}.md`,
              address: `/publications/boite-outils/${slug}/`,
            },
            mapFields: toolFields,
          });
          outputs.push({ to: sheet.targetPath, text: sheet.text, from: path });
          notes.push(...sheet.notes);
          sheets++;
        } else if (path === `${TOOLBOX_DIR}/index.njk` || path === `${TOOLBOX_DIR}/index.md`) {
          const page = toolboxPage(tree.read(path), path);
          const mapped = mapGuidePage({
            ...common,
            sourcePath: path,
            source: page.source,
            target: {
              path: 'publications/boite-outils.md',
              address: '/publications/boite-outils/',
            },
            mapFields: hubFields,
          });
          outputs.push({ to: mapped.targetPath, text: mapped.text, from: path });
          notes.push(
            ...mapped.notes,
            ...page.notes.map((n) => ({ ...n, file: mapped.targetPath })),
          );
        } else {
          notes.push({
            file: path,
            line: 1,
            kind: 'skipped',
            message: isDataFile(path)
              ? 'data file of the toolbox: not read, its sheets are mapped one by one'
              : 'neither a tool sheet nor the toolbox’s page: not imported',
          });
          skipped++;
        }
      }
      return {
        outputs,
        notes,
        handled,
        counts: { 'tool sheets written': sheets, 'files not imported': skipped },
      };
    },
  };
}

/**
 * The toolbox's own page: a template whose cards this site's listing draws. Its text (what it
 * says whatever the tools) is kept as the listing's introduction.
 */
export function toolboxPage(source: string, path: string): { source: string; notes: Note[] } {
  const split = splitFrontMatter(source);
  if (!split || !path.endsWith('.njk')) return { source, notes: [] };
  const { html, removed } = staticHtml(split.body);
  return {
    source: `${split.open}${split.yaml}${split.close}\n${html}\n`,
    notes:
      removed > 0
        ? [
            {
              file: path,
              line: 1,
              kind: 'template',
              message: `${removed} template part${removed > 1 ? 's' : ''} of the former page left out (its list of tools, dates, image from the data): this site’s listing shows the tools`,
            },
          ]
        : [],
  };
}
