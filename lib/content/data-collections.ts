import fs from 'node:fs';
import { displayPath } from './config';
import { buildCollection, collectionPages, type CriteriaCollection, type Criterion, type DataText } from './criteria';
import { dataFormatOf, parseDataText } from './data-file';
import { checkBodyLimits, LIMITS } from './limits';
import type { AssetLookup } from './load';
import type { Problem } from './problems';
import { decodeSource } from './source-text';
import type { Entry, PageEntry, PublicationEntry } from './types';

/**
 * Pages from data: a publication names a data file in its front matter (`collection:`), and each
 * entry of that file gets a page under the publication's address, its index filtered by theme and
 * by priority, and the whole file as CSV and JSON downloads. This module reads the files (each
 * bounded, decoded and validated like a content file); lib/content/criteria.ts holds the schema
 * and the pages. A data file is content: hostile input, read only from inside its source.
 */

export type { CriteriaCollection } from './criteria';

type Lookup = (ref: string, fromFile: string) => AssetLookup;

/** The collections of the publications that declare one, and what stops the others. */
export function readCollections(
  entries: readonly Entry[],
  lookup: Lookup,
): { collections: CriteriaCollection[]; problems: Problem[] } {
  const collections: CriteriaCollection[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'publication' || !entry.collection) continue;
    const read = readCollection(entry, lookup);
    problems.push(...read.problems);
    if (read.collection) collections.push(read.collection);
  }
  problems.push(...addressConflicts(collections, entries));
  return { collections, problems };
}

function readCollection(host: PublicationEntry, lookup: Lookup) {
  const config = host.collection!;
  const configLine = host.keyLines.collection ?? 1;
  const refuse = (message: string, rule = 'data-file'): { collection?: CriteriaCollection; problems: Problem[] } => ({
    problems: [{ file: host.file, line: configLine, severity: 'error', field: 'collection.file', rule, message }],
  });
  const found = lookup(config.file, host.absPath);
  if (!found.file) return refuse(found.message ?? `« ${config.file} » introuvable`);
  const file = displayPath(found.file);
  const format = dataFormatOf(found.file)!;
  const size = fs.statSync(found.file).size;
  if (size > LIMITS.dataBytes)
    return refuse(`« ${config.file} » est trop gros (${Math.round(size / 1000)} Ko ; au plus ${LIMITS.dataBytes / 1000} Ko) : scindez-le`, 'limit-data-size');
  const decoded = decodeSource(file, fs.readFileSync(found.file));
  if (decoded.text === undefined) return { problems: decoded.problems };
  const parsed = parseDataText(file, decoded.text, format);
  if (!parsed.doc) return { problems: parsed.problems };
  const built = buildCollection({
    host: { slug: host.slug, url: host.url, title: host.title },
    file,
    absPath: found.file,
    format,
    config,
    configLine,
    hostFile: host.file,
    doc: parsed.doc,
  });
  if (!built.collection) return built;
  // Each text is a body of its own: the same bounds as a page's, at its line in the file.
  const limits = built.collection.criteria.flatMap((criterion) =>
    criterionTexts(criterion).flatMap(({ text }) => checkBodyLimits(file, text.markdown, text.line)),
  );
  return limits.length > 0 ? { problems: limits } : built;
}

/** A page of a collection must not take the address of a content file, nor a former one. */
function addressConflicts(collections: readonly CriteriaCollection[], entries: readonly Entry[]): Problem[] {
  const taken = new Map<string, string>();
  for (const entry of entries) {
    taken.set(entry.url, entry.file);
    for (const alias of entry.aliases) taken.set(alias, entry.file);
  }
  return collections.flatMap((c) =>
    collectionPages(c).flatMap(({ url }) => {
      const owner = taken.get(url);
      return owner
        ? [{ file: c.file, line: 1, severity: 'error' as const, field: 'données', rule: 'data-address', message: `la page ${url} de cette collection est déjà celle de ${owner} : renommez l’une des deux` }]
        : [];
    }),
  );
}

const TEXTS = [
  ['objective', 'Objectif'],
  ['implementation', 'Mise en œuvre'],
  ['test', 'Moyen de test ou de contrôle'],
] as const;

/** The Markdown texts of a criterion, with their headings, in the order its page shows them. */
export function criterionTexts(criterion: Criterion): { key: (typeof TEXTS)[number][0]; label: string; text: DataText }[] {
  return TEXTS.flatMap(([key, label]) => {
    const text = criterion[key];
    return text ? [{ key, label, text }] : [];
  });
}

/**
 * A text of a criterion as the Markdown pipeline takes a body: the same sanitizer, links and
 * dialect as a page, its problems reported at its line in the data file.
 */
export function textEntry(c: CriteriaCollection, criterion: Criterion, text: DataText): PageEntry {
  return {
    kind: 'page',
    file: c.file,
    absPath: c.absPath,
    slug: criterion.id,
    url: criterion.url,
    title: criterion.title,
    draft: false,
    unlisted: false,
    format: 'md',
    body: text.markdown,
    bodyLine: text.line,
    data: {},
    keyLines: {},
    aliases: [],
  };
}
