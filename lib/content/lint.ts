import type { Problem } from './problems';
import { LEGACY_KEYS, NewsSchema, PageSchema, PublicationSchema, ThemeSchema, ToolSchema } from './schema';
import type { Entry, Kind } from './types';

/**
 * Advice that does not stop a build: front matter keys the site does not know (a typo is the
 * usual cause) and tags spelt two ways. Pure: takes parsed entries.
 */
export function lintEntries(entries: readonly Entry[]): Problem[] {
  return [...entries.flatMap(unknownKeys), ...tagSpellings(entries)];
}

/** Keys of the former Eleventy site besides schema.ts's list: accepted, ignored, not warned. */
const ELEVENTY_KEYS = [
  'pagination',
  'templateEngineOverride',
  'dynamicPermalink',
  'permalinkBypassOutputDir',
  'eleventyImport',
  'eleventyDataSchema',
  // eleventy-dsfr's layout switch: the site always shows its breadcrumb.
  'showBreadcrumb',
];

const SHAPES: Record<Kind, { shape: Record<string, unknown> }> = {
  news: NewsSchema,
  publication: PublicationSchema,
  tool: ToolSchema,
  page: PageSchema,
  theme: ThemeSchema,
};

const known = (kind: Kind) =>
  new Set([...Object.keys(SHAPES[kind].shape), ...LEGACY_KEYS, ...ELEVENTY_KEYS]);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function unknownKeys(entry: Entry): Problem[] {
  const keys = known(entry.kind);
  return Object.keys(entry.data)
    .filter((key) => !keys.has(key))
    .map((key) => {
      const near = [...keys].find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
      return {
        file: entry.file,
        line: entry.keyLines[key] ?? 1,
        severity: 'warning' as const,
        field: key,
        rule: 'front-matter-unknown-key',
        message: near
          ? `unknown key, ignored: did you mean « ${near} »?`
          : `unknown key, ignored (known keys: ${[...Object.keys(SHAPES[entry.kind].shape)].join(', ')})`,
      };
    });
}

const fold = (label: string) =>
  label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function tagSpellings(entries: readonly Entry[]): Problem[] {
  const uses = new Map<string, { label: string; entry: Entry }[]>();
  for (const entry of entries) {
    if (entry.kind !== 'news' && entry.kind !== 'publication') continue;
    for (const tag of entry.tags) {
      const list = uses.get(tag.slug) ?? [];
      list.push({ label: tag.label, entry });
      uses.set(tag.slug, list);
    }
  }
  const problems: Problem[] = [];
  for (const list of uses.values()) {
    const counts = new Map<string, number>();
    for (const use of list) counts.set(use.label, (counts.get(use.label) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The spelling most used is the reference; ties go to the first file in path order.
    const sorted = list.toSorted((a, b) => a.entry.file.localeCompare(b.entry.file));
    const reference = [...counts.entries()].reduce((best, next) =>
      next[1] > best[1] ? next : best,
    )[0];
    const where = sorted.find((u) => u.label === reference)?.entry.file ?? '';
    for (const use of sorted) {
      if (use.label === reference) continue;
      const how = fold(use.label) === fold(reference) ? 'only by case or accents' : 'only by punctuation';
      problems.push({
        file: use.entry.file,
        line: use.entry.keyLines.tags ?? 1,
        severity: 'warning',
        field: 'tags',
        rule: 'tag-spelling',
        message: `« ${use.label} » differs from « ${reference} » (${where}) ${how}: both show as one tag; write « ${reference} »`,
      });
    }
  }
  return problems;
}
