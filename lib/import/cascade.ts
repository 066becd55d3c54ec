import type { Permalink } from './address';
import type { FolderData } from './data-file';

/**
 * Eleventy's data cascade for one template, as far as folder defaults go: the directory data files
 * of each folder below the input folder (`posts/posts.11tydata.js`), then the template's own data
 * file (`x.11tydata.js` beside `x.md`), later ones winning, `tags` concatenated.
 */

/** Data file suffixes of one level, the weakest first (Eleventy: `.11tydata.js` beats `.json`). */
const SUFFIXES = ['.json', '.11tydata.json', '.11tydata.mjs', '.11tydata.cjs', '.11tydata.js'];

export const isDataFile = (p: string) => /\.11tydata\.(js|cjs|mjs|json)$/.test(p);

/** Every data file Eleventy would read for `templatePath` (POSIX), the weakest first. */
export function dataFileCandidates(templatePath: string, inputDir: string): string[] {
  const dirs = templatePath.split('/').slice(0, -1);
  const inputDepth = inputDir.split('/').length;
  const candidates: string[] = [];
  for (let depth = inputDepth + 1; depth <= dirs.length; depth++) {
    const dir = dirs.slice(0, depth).join('/');
    const last = dirs[depth - 1] ?? '';
    candidates.push(...SUFFIXES.map((s) => `${dir}/${last}${s}`));
  }
  const stemPath = templatePath.replace(/\.[^./]*$/, '');
  candidates.push(...SUFFIXES.map((s) => `${stemPath}${s}`));
  return candidates;
}

export interface Defaults {
  /** Tags of the folders, in cascade order, without repeats. */
  tags: string[];
  /** Literal values other than tags; the most specific file wins. */
  values: Record<string, unknown>;
  /** The permalink the cascade gives, and the file it comes from. */
  permalink?: { value: Permalink; file: string };
  /** The nearest file whose permalink could not be read, if no readable one overrides it. */
  permalinkUnread?: string;
}

const asTags = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((t): t is string => typeof t === 'string')
      : [];

export function mergeDefaults(layers: { file: string; data: FolderData }[]): Defaults {
  const merged: Defaults = { tags: [], values: {} };
  for (const { file, data } of layers) {
    for (const tag of asTags(data.values.tags))
      if (!merged.tags.includes(tag)) merged.tags.push(tag);
    for (const [key, value] of Object.entries(data.values))
      if (key !== 'tags') merged.values[key] = value;
    if (data.permalink !== undefined) {
      merged.permalink = { value: data.permalink, file };
      merged.permalinkUnread = undefined;
    } else if (
      data.unread.some(
        (u) =>
          u.key === 'permalink' || u.key === 'eleventyComputed.permalink' || u.key === '(file)',
      )
    ) {
      merged.permalinkUnread = file;
    }
  }
  return merged;
}
