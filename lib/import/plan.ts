import type { Note, ReportCounts } from './report';

/**
 * An import is a list of mappers, each claiming part of the source (the news, the public folder;
 * later the guides, pages, series, themes, RGESN data) and saying what to write. Mappers are
 * pure: they read the source through `SourceTree` and return outputs and notes; the command
 * does the writing. What no mapper claims is reported as not imported.
 */

export interface SourceTree {
  /** Regular files, POSIX paths relative to the source root, sorted. */
  files: readonly string[];
  /** Symbolic links, never followed: what content names is read only from inside its source. */
  links: readonly string[];
  /** Text of a file of `files`. */
  read(path: string): string;
}

/**
 * A file to write into the content folder (`to`, POSIX, relative): text mapped from the source
 * file `from`, or a copy of the source file `copy`.
 */
export type Output = { to: string; text: string; from: string } | { to: string; copy: string };

const origin = (o: Output) => ('copy' in o ? o.copy : o.from);

export interface MapperResult {
  outputs: Output[];
  notes: Note[];
  /** Source files this mapper wrote, copied, read or deliberately left with a note. */
  handled: string[];
  counts: ReportCounts;
}

export interface Mapper {
  name: string;
  /**
   * `written`: what the mappers before this one write, for a mapper that links to their pages
   * (themes, the menu): it links only to pages this import publishes.
   */
  map(tree: SourceTree, written?: readonly Output[]): MapperResult;
}

export interface ImportPlan {
  outputs: Output[];
  notes: Note[];
  counts: ReportCounts;
}

/** Folder under which an unclaimed file is summed up: `content/ressources/`, `_includes/`. */
function group(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return '';
  const depth = parts[0] === 'content' && parts.length > 2 ? 2 : 1;
  return `${parts.slice(0, depth).join('/')}/`;
}

/** Runs the mappers and reports what none of them claimed, one line per folder. */
export function planImport(tree: SourceTree, mappers: Mapper[]): ImportPlan {
  const outputs: Output[] = [];
  const notes: Note[] = [];
  const counts: ReportCounts = {};
  const handled = new Set<string>();
  const writtenFrom = new Map<string, string>();
  for (const mapper of mappers) {
    const result = mapper.map(tree, outputs);
    for (const output of result.outputs) {
      const other = writtenFrom.get(output.to);
      if (other) {
        notes.push({
          file: output.to,
          line: 1,
          kind: 'address',
          message: `written from ${other}; ${origin(output)} would go here too and is not written: rename one of the two`,
        });
        continue;
      }
      writtenFrom.set(output.to, origin(output));
      outputs.push(output);
    }
    notes.push(...result.notes);
    for (const path of result.handled) handled.add(path);
    for (const [what, n] of Object.entries(result.counts)) counts[what] = (counts[what] ?? 0) + n;
  }
  const left = new Map<string, number>();
  for (const path of tree.files) {
    if (handled.has(path)) continue;
    const folder = group(path);
    left.set(folder, (left.get(folder) ?? 0) + 1);
  }
  for (const [folder, n] of left) {
    const what = `${n} file${n === 1 ? '' : 's'} not imported`;
    notes.push(
      folder
        ? {
            file: folder,
            line: 1,
            kind: 'skipped',
            message: `${what} (no mapper for this folder yet)`,
          }
        : {
            file: '.',
            line: 1,
            kind: 'skipped',
            message: `${what} at the root of the source (site code and documents)`,
          },
    );
  }
  for (const link of tree.links) {
    notes.push({
      file: link,
      line: 1,
      kind: 'skipped',
      message: 'symbolic link: not followed, not imported',
    });
  }
  // Last in the summary, whichever mapper counted some first.
  const notImported =
    (counts['files not imported'] ?? 0) + [...left.values()].reduce((a, b) => a + b, 0);
  delete counts['files not imported'];
  counts['files not imported'] = notImported;
  return { outputs, notes, counts };
}
