import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems';

export interface FrontMatter {
  data: Record<string, unknown>;
  /**
   * 1-based line of each top-level key in the file, for error messages; nested values too, by
   * their dotted path (`items.2`, `sections.0.title`), a few levels deep.
   */
  keyLines: Record<string, number>;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Large enough for any real file, small enough that a hostile one fails fast. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_ALIASES = 20;

/**
 * Splits `---` front matter from the body and parses it as YAML with line numbers. Pure: the
 * caller reads the file. Returns problems instead of throwing, so a run reports them all.
 */
export function parseFrontMatter(
  file: string,
  source: string,
): { value?: FrontMatter; problems: Problem[] } {
  const problem = (line: number, message: string, rule: string, field?: string): Problem => ({
    file,
    line,
    severity: 'error',
    message,
    rule,
    field,
  });
  if (source.length > MAX_FILE_BYTES) {
    const size = (source.length / 1_000_000).toFixed(1).replace('.', ',');
    return {
      problems: [
        problem(1, `file is too large (${size} Mo; at most 1 Mo): split it or move data to a linked file`, 'file-too-large'),
      ],
    };
  }
  const opening = OPENING.exec(source);
  if (!opening) {
    return {
      problems: [problem(1, 'no front matter: the file must start with a line « --- », then title, date, ..., then « --- »', 'front-matter-missing')],
    };
  }
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return { problems: [problem(1, 'front matter is not closed: add a line « --- » after the last field', 'front-matter-unclosed')] };
  }
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const lineOf = (text: string) => text.split('\n').length - 1;
  const bodyLine = 1 + lineOf(opening[0]) + lineOf(rest.slice(0, rest.length - afterClosing.length)) + 0;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // YAML lines are counted from the line after the opening `---`.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) =>
        problem(fileLine(e.pos[0]), `YAML syntax error: ${e.message.split('\n')[0]}`, 'yaml-syntax'),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return {
      problems: [problem(2, `YAML could not be read: ${(error as Error).message} (aliases « *name » are limited to ${MAX_ALIASES})`, 'yaml-aliases')],
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return { problems: [problem(2, 'front matter must be a list of « key: value » lines', 'front-matter-shape')] };
  }
  const keyLines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    keyLines[key] = fileLine(pair.key.range[0]);
    nestedLines(pair.value as Node | null, key, 1, (path, offset) => (keyLines[path] ??= fileLine(offset)));
  }
  return {
    value: { data: data as Record<string, unknown>, keyLines, body: afterClosing, bodyLine },
    problems: [],
  };
}

/** Nesting followed for line numbers: enough for `sections.0.items.2`, bounded for hostile files. */
const NESTED_DEPTH = 4;

/** The line of each item of a list or block under a key, by dotted path. */
function nestedLines(
  node: Node | null,
  path: string,
  depth: number,
  record: (path: string, offset: number) => void,
): void {
  if (depth > NESTED_DEPTH || node === null) return;
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const child = item as Node | null;
      if (child?.range) record(`${path}.${i}`, child.range[0]);
      nestedLines(child, `${path}.${i}`, depth + 1, record);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const child = `${path}.${String(pair.key.value)}`;
      record(child, pair.key.range[0]);
      nestedLines(pair.value as Node | null, child, depth + 1, record);
    }
  }
}
