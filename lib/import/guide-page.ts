import { publicationSlug } from '@/lib/content/guides';
import { slugify } from '@/lib/content/slug';
import { fileSlug, stem } from './address';
import { mapBody } from './body';
import type { Defaults } from './cascade';
import { editYaml, type YamlChange, yamlKeyLines } from './front-matter';
import { imageProblem } from './images';
import { fieldsMarkdown, layoutFields } from './layout-fields';
import { readPageFrontMatter } from './page-front-matter';
import { ELEVENTY_DSFR } from './layout';
import { rewriteQuizzes } from './quiz';
import { type KeyNote, mapAddress, reviewDate } from './news-fields';
import type { Note, NoteKind } from './report';

/**
 * One page of a multi-page guide of an eleventy-dsfr site mapped to a publication of this
 * project (other pages too, given where they go: the site's pages, the tool sheets): `content/ressources/documents-reference/<guide>/<chapitre>/<page>.md` becomes
 * `publications/<guide>/<chapitre>/<page>.md`, in the same folders so that the guide's chapters
 * nest as they did and relative paths keep working. Pure: the caller reads the file.
 */

/** Where the guides are in an eleventy-dsfr source. */
export const GUIDES_DIR = 'content/ressources/documents-reference';

export interface GuidePageInput {
  /** Path in the source, under {@link GUIDES_DIR}. */
  sourcePath: string;
  source: string;
  defaults: Defaults;
  exists: (sourcePath: string) => boolean;
  copied: (sourcePath: string) => boolean;
  /** The former site's global data (`_data/metadata.js` as `metadata`), read, never run. */
  globalData?: Record<string, unknown>;
  /** A layout of the former site by its name (`layouts/outil.njk`), if the source has it. */
  readLayout?: (name: string) => string | undefined;
  /** A file of the former site by its address (`/js/quiz/x.json`), if the source has it. */
  readSiteFile?: (sitePath: string) => string | undefined;
  /**
   * Where a page that is not a guide's goes (a page of the site, a tool sheet), and its address
   * here; a guide's page by default.
   */
  target?: { path: string; address: string };
  /** Front matter changes of this kind of page (keys moved or removed), with their notes. */
  mapFields?: (data: Record<string, unknown>) => { changes: YamlChange[]; notes: KeyNote[] };
}

export interface MappedGuidePage {
  targetPath: string;
  text: string;
  newAddress: string;
  oldAddress?: string;
  aliases: string[];
  notes: Note[];
}

/** `<guide>/<chapitre>/index.md` -> `publications/<guide>/<chapitre>/index.md`. */
export function guideTargetPath(sourcePath: string): string {
  return `publications/${sourcePath.slice(GUIDES_DIR.length + 1)}`;
}

/** The page's address here (lib/content/load.ts): each folder and the file name, slugified. */
export function guidePageAddress(targetPath: string): string {
  const parts = targetPath.split('/').slice(1);
  const segments = [...parts.slice(0, -1), stem(targetPath)].map(slugify);
  return `/publications/${publicationSlug(segments)}/`;
}

/**
 * The order of a chapter in its guide: the former site's menu (`eleventyNavigation.order`) is the
 * order the guide was read in.
 */
function navigationOrder(data: Record<string, unknown>): number | undefined {
  const nav = data.eleventyNavigation;
  if (typeof nav !== 'object' || nav === null) return undefined;
  const order = (nav as { order?: unknown }).order;
  return typeof order === 'number' ? order : undefined;
}

/** Keys this site's front matter knows: never moved into the page. */
const KNOWN_KEYS = new Set([
  'title',
  'description',
  'date',
  'image',
  'draft',
  'unlisted',
  'aliases',
  'focus',
  'order',
  'tags',
  'layout',
  'permalink',
]);

/** A collection's name, written as code (`guideBpNrThematique`), not as a label. */
const COLLECTION_NAME = /^[a-z][a-zA-Z0-9]*$/;

export function mapGuidePage(input: GuidePageInput): MappedGuidePage {
  const targetPath = input.target?.path ?? guideTargetPath(input.sourcePath);
  const newAddress = input.target?.address ?? guidePageAddress(targetPath);
  const inputRel = input.sourcePath.slice(ELEVENTY_DSFR.input.length + 1);
  const slug = fileSlug(inputRel);
  const notes: Note[] = [];
  const note = (line: number, kind: NoteKind, message: string) =>
    notes.push({ file: targetPath, line, kind, message });

  const read = readPageFrontMatter(
    input.source,
    { defaults: input.defaults, inputRel, slug, newAddress },
    note,
  );
  if (!read.ok)
    return {
      targetPath,
      text: input.source,
      newAddress,
      oldAddress: read.oldAddress,
      aliases: [],
      notes,
    };
  const { split, data } = read;
  const address = mapAddress(data, input.defaults, { inputRel, slug, newAddress });
  const changes: YamlChange[] = [...address.changes];
  const keyNotes: KeyNote[] = [...address.notes, ...reviewDate(data)];
  const order = navigationOrder(data);
  if (order !== undefined && data.order === undefined) {
    changes.push({ op: 'set', key: 'order', value: order });
  }
  const tags =
    typeof data.tags === 'string' ? [data.tags] : Array.isArray(data.tags) ? data.tags : [];
  // The former site's guides tag pages with its collections' names (`guideBpNrThematique`) to
  // build its menus; subjects (« Document de référence ») are kept.
  const collections = tags.filter((t) => typeof t === 'string' && COLLECTION_NAME.test(t));
  if (collections.length > 0) {
    const kept = tags.filter((t) => !collections.includes(t));
    changes.push(
      kept.length > 0 ? { op: 'set', key: 'tags', value: kept } : { op: 'remove', key: 'tags' },
    );
    keyNotes.push({
      key: kept.length > 0 ? 'tags' : 'title',
      kind: 'tags',
      message: `tags ${collections.map((t) => `« ${String(t)} »`).join(', ')} removed: names the former site used to build its menus, not subjects`,
    });
  }
  if (data.extrajs !== undefined) {
    keyNotes.push({
      key: 'extrajs',
      kind: 'front-matter',
      message: `extrajs « ${String(data.extrajs)} »: the former site ran a script on this page; this site runs none from content: check what the page still shows`,
    });
  }
  if (input.mapFields) {
    const own = input.mapFields(data);
    changes.push(...own.changes);
    keyNotes.push(...own.notes);
  }
  if ('image' in data) {
    const problem = imageProblem(data.image, { ...input, layout: ELEVENTY_DSFR });
    if (problem) {
      changes.push({ op: 'remove', key: 'image' });
      keyNotes.push({ key: 'image', kind: 'image', message: `${problem} (the line is removed)` });
    }
  }

  // Fields the former layout showed (a catalogue sheet's author, scope…): the front matter here
  // does not know them, so they are written in the page, as a table, with the labels it gave.
  const layout = typeof data.layout === 'string' ? input.readLayout?.(data.layout) : undefined;
  const fields = layout
    ? layoutFields(layout).filter((f) => f.key in data && !KNOWN_KEYS.has(f.key))
    : [];
  const fieldsText = fieldsMarkdown(fields, data);
  if (fieldsText) {
    for (const f of fields) changes.push({ op: 'remove', key: f.key });
    keyNotes.push({
      key: 'title',
      kind: 'front-matter',
      message: `${fields.map((f) => f.key).join(', ')}: shown by the former layout ${String(data.layout)}; written at the top of the page as a table (and links) with its labels, the keys removed`,
    });
  }
  const yaml = editYaml(split.yaml, changes);
  const keys = new Set([
    ...Object.keys(data),
    ...changes.map((c) => (c.op === 'rename' ? c.to : c.key)),
  ]);
  const shown = fieldsText
    ? `\n${fieldsText}\n${split.body.startsWith('\n') ? '' : '\n'}${split.body}`
    : split.body;
  const globals = resolveGlobals(shown, input.globalData ?? {});
  for (const name of globals.resolved)
    keyNotes.push({
      key: 'title',
      kind: 'template',
      message: `{{ ${name} }}: the former site's global data, written as its value`,
    });
  const quizzes = rewriteQuizzes(globals.body, input.readSiteFile ?? (() => undefined));
  const body = mapBody(quizzes.body, keys);
  const head = split.open + yaml + split.close;
  const fenceLines = split.open.split('\n').length - 1;
  const keyLines = yamlKeyLines(yaml);
  for (const k of keyNotes) note((keyLines.get(k.key) ?? 0) + fenceLines, k.kind, k.message);
  const bodyLine = head.split('\n').length;
  for (const n of body.notes) note(n.line + bodyLine - 1, n.kind, n.message);
  for (const q of quizzes.notes) {
    const line = quizzes.body.slice(0, q.offset).split('\n').length;
    note(line + bodyLine - 1, 'quiz', q.message);
  }
  notes.sort((a, b) => a.line - b.line);
  return {
    targetPath,
    text: head + body.body,
    newAddress,
    oldAddress: address.oldAddress,
    aliases: address.aliases,
    notes,
  };
}

/**
 * `{{ metadata.guide.version }}`: a value of the former site's global data, written as it is
 * when it is text or a number; anything else is left for the body mapper to report.
 */
export function resolveGlobals(
  body: string,
  data: Record<string, unknown>,
): { body: string; resolved: string[] } {
  const resolved: string[] = [];
  const text = body.replace(
    /\{\{-?\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*-?\}\}/g,
    (raw, path: string) => {
      let value: unknown = data;
      for (const key of path.split('.')) {
        value =
          value && typeof value === 'object' && Object.hasOwn(value, key)
            ? (value as Record<string, unknown>)[key]
            : undefined;
      }
      if (typeof value !== 'string' && typeof value !== 'number') return raw;
      if (!resolved.includes(path)) resolved.push(path);
      return String(value);
    },
  );
  return { body: text, resolved };
}
