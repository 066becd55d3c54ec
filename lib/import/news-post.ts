import { fileSlug, newsAddress, stem } from './address';
import { mapBody } from './body';
import type { Defaults } from './cascade';
import { editYaml, yamlKeyLines } from './front-matter';
import { mapEvent } from './event-date';
import { imageProblem } from './images';
import { readPageFrontMatter } from './page-front-matter';
import { ELEVENTY_DSFR, type NewsLayout, newsTargetPath } from './layout';
import {
  type KeyNote,
  mapAddress,
  mapSeries,
  mapTags,
  mapUnlisted,
  reviewDate,
} from './news-fields';
import type { Note, NoteKind } from './report';

/**
 * One news post of an eleventy-dsfr site mapped to this project: where it goes, its front matter
 * (series, unlisted, tags, aliases) and its body (lists of posts). Pure: the caller reads the
 * file, its folder defaults and the list of source files. Every note points to a line of the
 * written file.
 */

export interface NewsPostInput {
  sourcePath: string;
  source: string;
  defaults: Defaults;
  /** Whether a source file exists at all. */
  exists: (sourcePath: string) => boolean;
  /** Whether a source file is copied where the post's relative paths will find it. */
  copied: (sourcePath: string) => boolean;
  layout?: NewsLayout;
}

export interface MappedPost {
  targetPath: string;
  text: string;
  newAddress: string;
  /** The former site's address, when it had one that could be computed. */
  oldAddress?: string;
  aliases: string[];
  notes: Note[];
}

export function mapNewsPost(input: NewsPostInput): MappedPost {
  const layout = input.layout ?? ELEVENTY_DSFR;
  const targetPath = newsTargetPath(input.sourcePath, layout);
  const newAddress = newsAddress(targetPath);
  const inputRel = input.sourcePath.slice(layout.input.length + 1);
  const slug = fileSlug(inputRel);
  const notes: Note[] = [];
  const note = (line: number, kind: NoteKind, message: string) =>
    notes.push({ file: targetPath, line, kind, message });
  if (stem(input.sourcePath) === 'index') {
    note(
      1,
      'address',
      `written from ${input.sourcePath}: a post named index takes its folder's name, as on the former site`,
    );
  }

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
  const tags = mapTags(data, input.defaults);
  const tagList = [
    ...input.defaults.tags,
    ...(Array.isArray(data.tags) ? data.tags.map(String) : []),
  ];
  const fields = [
    mapSeries(data, input.defaults),
    mapUnlisted(data, input.defaults),
    tags,
    mapEvent(data, tagList, split.body),
    address,
  ];
  const changes = fields.flatMap((f) => f.changes);
  const keyNotes: KeyNote[] = [...fields.flatMap((f) => f.notes), ...reviewDate(data)];
  if ('image' in data) {
    const problem = imageProblem(data.image, { ...input, layout });
    if (problem) {
      // The former site showed a broken image; here the post shows none until an editor adds one.
      changes.push({ op: 'remove', key: 'image' });
      keyNotes.push({ key: 'image', kind: 'image', message: `${problem} (the line is removed)` });
    }
  }
  if (data.eleventyComputed !== undefined) {
    keyNotes.push({
      key: 'eleventyComputed',
      kind: 'front-matter',
      message:
        'eleventyComputed: values computed by the former site are not computed here: write them',
    });
  }

  const yaml = editYaml(split.yaml, changes);
  // `{{ key }}` in the body shows a key of the written front matter.
  const keys = new Set([
    ...Object.keys(data),
    ...changes.map((c) => (c.op === 'rename' ? c.to : c.key)),
  ]);
  const body = mapBody(split.body, keys);
  const head = split.open + yaml + split.close;
  const fenceLines = split.open.split('\n').length - 1;
  const keyLines = yamlKeyLines(yaml);
  for (const k of keyNotes) note((keyLines.get(k.key) ?? 0) + fenceLines, k.kind, k.message);
  const bodyLine = head.split('\n').length;
  for (const n of body.notes) note(n.line + bodyLine - 1, n.kind, n.message);
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
