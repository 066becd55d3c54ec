/**
 * What an editor must review after an import, one line per decision: `path:line: what`, grouped
 * and counted by kind. Paths of written files are relative to the content folder; paths of files
 * that were read or skipped are relative to the source.
 */

export type NoteKind =
  | 'alias'
  | 'list'
  | 'template'
  | 'quiz'
  | 'image'
  | 'series'
  | 'unlisted'
  | 'event'
  | 'tags'
  | 'front-matter'
  | 'address'
  | 'folder-data'
  | 'replaced'
  | 'theme'
  | 'navigation'
  | 'measures'
  | 'skipped';

export interface Note {
  file: string;
  line: number;
  kind: NoteKind;
  message: string;
}

/** Headings in report order; `source` marks groups whose paths are in the source. */
export const NOTE_KINDS: Record<
  NoteKind,
  { title: string; label: [string, string]; source?: boolean }
> = {
  alias: { title: 'Old addresses kept as aliases', label: ['alias', 'aliases'] },
  list: {
    title: 'Lists of posts rewritten as :::posts',
    label: ['list rewritten', 'lists rewritten'],
  },
  template: {
    title: 'Template logic left as written (no equivalent here)',
    label: ['template construct', 'template constructs'],
  },
  quiz: {
    title: 'Quizzes written out (questions, answers in disclosures)',
    label: ['quiz', 'quizzes'],
  },
  image: { title: 'Images to review', label: ['image', 'images'] },
  series: { title: 'Series', label: ['series', 'series'] },
  unlisted: {
    title: 'Unlisted posts (published, absent from lists, feeds and sitemap)',
    label: ['unlisted post', 'unlisted posts'],
  },
  event: {
    title: 'Events read from the text of posts tagged Événement',
    label: ['event', 'events'],
  },
  tags: { title: 'Tags changed', label: ['tag change', 'tag changes'] },
  'front-matter': { title: 'Front matter to review', label: ['front matter', 'front matters'] },
  address: { title: 'Addresses and file names', label: ['address', 'addresses'] },
  theme: { title: 'Theme items left out', label: ['theme item', 'theme items'] },
  navigation: { title: 'Menu and footer', label: ['navigation note', 'navigation notes'] },
  'folder-data': {
    title: 'Folder defaults (paths in the source)',
    label: ['folder default', 'folder defaults'],
    source: true,
  },
  replaced: {
    title: 'Replaced by pages of this site (paths in the source)',
    label: ['replaced', 'replaced'],
    source: true,
  },
  measures: {
    title: 'Hand-written figures replaced by the measured table (::mesures)',
    label: ['figure replaced', 'figures replaced'],
  },
  skipped: {
    title: 'Not imported (paths in the source)',
    label: ['skipped', 'skipped'],
    source: true,
  },
};

export const formatNote = (n: Note) => `${n.file}:${n.line}: ${n.message}`;

const plural = (count: number, [one, many]: [string, string]) =>
  `${count} ${count === 1 ? one : many}`;

export interface ReportCounts {
  /** `posts written`, `assets copied`, ... in the order to show. */
  [what: string]: number;
}

/** The report's text, deterministic: notes sorted by path and line, no dates. */
export function formatReport(header: string, notes: Note[], counts: ReportCounts): string {
  const seen = new Set<string>();
  const unique = notes.filter((n) => {
    const key = `${n.kind}\0${formatNote(n)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = [header, ''];
  const summary: string[] = [];
  for (const [kind, meta] of Object.entries(NOTE_KINDS) as [
    NoteKind,
    (typeof NOTE_KINDS)[NoteKind],
  ][]) {
    const group = unique
      .filter((n) => n.kind === kind)
      .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    if (group.length === 0) continue;
    lines.push(`${meta.title} (${group.length})`, ...group.map(formatNote), '');
    summary.push(plural(group.length, meta.label));
  }
  const done = Object.entries(counts)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  const review =
    unique.length === 0
      ? 'nothing to review'
      : `${unique.length} lines to review: ${summary.join(', ')}`;
  lines.push(`Summary: ${done}; ${review}.`);
  return `${lines.join('\n')}\n`;
}
