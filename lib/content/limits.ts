import type { Problem } from './problems';

/**
 * Bounds on what one content file may ask of the build, so that any file is accepted or refused
 * within seconds and a few hundred MB. Markdown parsing is linear for real text but not for every
 * input: micromark's emphasis and bracket matching are quadratic in the number of delimiters of a
 * paragraph, and deep nesting overflows the stack of the tree walkers. Each limit is far above what
 * the mission's real content uses (both corpora, 326 files, measured in the note of issue 13) and
 * low enough that the worst file under it checks in a few seconds.
 */
export const LIMITS = {
  /** Body bytes, after interpolation. Largest real file: 63 KB (a purchasing guide chapter). */
  bodyBytes: 256_000,
  /** Containers one inside another (quotes, list items). Real: 3. */
  nesting: 16,
  /** Quote and list markers in a file: each line re-enters every open container. Real: 130. */
  containers: 2_000,
  /** `*` and `_` in a file (emphasis matching is quadratic in a paragraph). Real: 352. */
  emphasis: 5_000,
  /** `[` and `]` in a file (link matching). Real: 182. */
  brackets: 5_000,
  /** Backticks in a file (code spans). Real: 90. */
  backticks: 2_000,
  /** Columns of a table. Real: 7. */
  tableColumns: 64,
  /** Table cells in a file. Real: 108. */
  tableCells: 2_000,
  /** Footnote definitions in a file. Real: 0. */
  footnotes: 500,
  /** Nested HTML elements written in a body. */
  htmlNesting: 64,
  /** Tags on one post: each makes pages and a feed. Real: 5. */
  tags: 20,
  /** Bytes of a data file (`collection:`). Real: 203 KB (the RGESN, 78 criteria). */
  dataBytes: 1_000_000,
  /** Entries of a data file: each makes a page. Real: 78. */
  dataEntries: 1_000,
} as const;

const kb = (bytes: number) => `${Math.round(bytes / 1000)} Ko`;

/** Byte length of a string as UTF-8, without allocating it. */
function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `> - > 1. text` -> 4: containers opened at the start of a line (sticky: no copies of it). */
const CONTAINER = /[ ]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;

function lineNesting(line: string): number {
  const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
  let depth = 0;
  CONTAINER.lastIndex = leading.length;
  while (depth <= LIMITS.nesting && CONTAINER.exec(line)) depth += 1;
  if (depth === 0) return 0;
  // Indentation nests list items too: two columns or more a level, as editors indent them.
  return depth + Math.floor(leading.replace(/\t/g, '    ').length / 2);
}

/** Elements that cannot hold others, or whose end tag is optional: not counted as nesting. */
const VOID_OR_OPTIONAL =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|option)$/i;
const TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/gi;

/**
 * Checks a body against LIMITS before it is parsed. Pure. `bodyLine` is the file line of the
 * body's first line; each problem names the limit, the figure and the line where it is passed.
 */
export function checkBodyLimits(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const problem = (offset: number, rule: string, message: string) =>
    problems.push({ file, line: bodyLine + offset, severity: 'error', field: 'body', rule, message });

  const size = utf8Length(body);
  if (size > LIMITS.bodyBytes) {
    problem(
      0,
      'limit-body-size',
      `the text is too long (${kb(size)}; at most ${kb(LIMITS.bodyBytes)}): split it into several pages`,
    );
    return problems;
  }

  const lines = body.split('\n');
  const counts = { containers: 0, emphasis: 0, brackets: 0, backticks: 0, tableCells: 0, footnotes: 0 };
  const first: Partial<Record<keyof typeof counts, number>> = {};
  let htmlDepth = 0;
  let fence: string | undefined;
  const seen = new Set<string>();
  const once = (rule: string, offset: number, message: string) => {
    if (seen.has(rule)) return;
    seen.add(rule);
    problem(offset, rule, message);
  };
  const count = (key: keyof typeof counts, n: number, index: number) => {
    if (n === 0) return;
    counts[key] += n;
    if (counts[key] > LIMITS[key]) first[key] ??= index;
  };

  for (const [index, line] of lines.entries()) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (!line.trim()) continue;
    const depth = lineNesting(line);
    count('containers', depth, index);
    if (depth > LIMITS.nesting)
      once('limit-nesting', index, `quotes and lists nested ${depth} deep (at most ${LIMITS.nesting}): flatten them`);
    let emphasis = 0;
    let brackets = 0;
    let backticks = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 || c === 95) emphasis++;
      else if (c === 91 || c === 93) brackets++;
      else if (c === 96) backticks++;
    }
    count('emphasis', emphasis, index);
    count('brackets', brackets, index);
    count('backticks', backticks, index);
    if (/^ {0,3}\[\^[^\]]+\]:/.test(line)) count('footnotes', 1, index);
    if (/^\s*\|/.test(line)) {
      const cells = line.split('|').length - 2;
      count('tableCells', cells, index);
      if (cells > LIMITS.tableColumns)
        once('limit-table-columns', index, `table of ${cells} columns (at most ${LIMITS.tableColumns}): split the table`);
    }
    if (line.includes('<')) {
      for (const [, closing, name, selfClosing] of line.matchAll(TAG)) {
        if (VOID_OR_OPTIONAL.test(name!) || selfClosing) continue;
        htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
        if (htmlDepth > LIMITS.htmlNesting)
          once('limit-html-nesting', index, `HTML elements nested more than ${LIMITS.htmlNesting} deep: flatten them`);
      }
    }
  }
  const what: Record<keyof typeof counts, string> = {
    containers: 'quote and list markers',
    emphasis: '« * » and « _ »',
    brackets: '« [ » and « ] »',
    backticks: 'backticks « ` »',
    tableCells: 'table cells',
    footnotes: 'footnotes',
  };
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    const at = first[key];
    if (at === undefined) continue;
    problem(
      at,
      'limit-markup',
      `more than ${LIMITS[key]} ${what[key]} in one file (${counts[key]}): split it into several pages`,
    );
  }
  return problems;
}
