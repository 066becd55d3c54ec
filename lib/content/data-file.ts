import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems';

/**
 * A data file of a content source (JSON, YAML or CSV) read into plain values, with the line of
 * every value, so that a schema's complaint about `criteres[17].priorite` names the line an
 * editor opens. Pure: takes the text, touches no file.
 */

export type DataFormat = 'json' | 'yaml' | 'csv';

export interface DataDocument {
  value: unknown;
  /** Line of each value by its path (`[17].priorite`, `[17]`); the file's first line is 1. */
  lines: ReadonlyMap<string, number>;
  /** Line where the text of a value starts, where it differs (a YAML block `|` starts below). */
  textLines?: ReadonlyMap<string, number>;
}

/** Aliases (`*name`) expand in memory: a few, never a billion laughs. */
const MAX_ALIASES = 20;

export function dataFormatOf(file: string): DataFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : ext === 'yaml' || ext === 'yml' ? 'yaml' : ext === 'csv' ? 'csv' : undefined;
}

/** `['criteres', 17, 'priorite']` -> `criteres[17].priorite`; `[17, 'id']` -> `[17].id`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
}

/** The line where the text of a value starts: Markdown problems are counted from it. */
export function textLineOf(doc: DataDocument, path: readonly PropertyKey[]): number {
  return doc.textLines?.get(pathLabel(path)) ?? lineOfPath(doc, path);
}

/** The line of a path, or of its nearest parent that has one (a missing field: its entry). */
export function lineOfPath(doc: DataDocument, path: readonly PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = doc.lines.get(pathLabel(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return 1;
}

type Result = { doc?: DataDocument; problems: Problem[] };

export function parseDataText(file: string, text: string, format: DataFormat): Result {
  const source = text.replace(/^\uFEFF/, '');
  if (format === 'csv') return parseCsv(file, source);
  const problem = (line: number, message: string): Result => ({
    problems: [{ file, line, severity: 'error', field: 'données', rule: 'data-syntax', message }],
  });
  const lineCounter = new LineCounter();
  const yaml = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  let value: unknown;
  if (format === 'json') {
    try {
      value = JSON.parse(source);
    } catch (error) {
      const message = (error as Error).message;
      const at = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
      return problem(lineOf(at), `JSON illisible : ${message.replace(/ in JSON at position.*$/, '')}`);
    }
    // JSON.parse keeps the last of two equal keys without a word; the YAML reading tells.
    const duplicate = yaml.errors.find((e) => e.code === 'DUPLICATE_KEY');
    if (duplicate) return problem(lineOf(duplicate.pos[0]), 'la même clé est écrite deux fois dans un objet : gardez-en une');
  } else {
    const first = yaml.errors[0];
    if (first) return problem(lineOf(first.pos[0]), `YAML illisible : ${first.message.split('\n')[0]}`);
    try {
      value = yaml.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      return problem(1, `YAML illisible : ${(error as Error).message}`);
    }
  }
  const lines = new Map<string, number>();
  const textLines = new Map<string, number>();
  // JSON is YAML too: one walk of the YAML tree gives the lines of both.
  if (yaml.errors.length === 0) walk(yaml.contents, [], { lines, textLines, lineOf });
  return { doc: { value, lines, textLines }, problems: [] };
}

interface Walk {
  lines: Map<string, number>;
  textLines: Map<string, number>;
  lineOf: (offset: number) => number;
}

function walk(node: unknown, path: PropertyKey[], w: Walk): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const at = [...path, String(pair.key.value)];
      w.lines.set(pathLabel(at), w.lineOf(pair.key.range[0]));
      const value = pair.value;
      if (isScalar(value) && value.range) {
        // A block scalar's text starts on the line below its « | » or « > ».
        const block = value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED';
        w.textLines.set(pathLabel(at), w.lineOf(value.range[0]) + (block ? 1 : 0));
      }
      walk(value, at, w);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const at = [...path, i];
      const range = (item as Node | null)?.range;
      if (range) w.lines.set(pathLabel(at), w.lineOf(range[0]));
      walk(item, at, w);
    });
  }
}

/**
 * CSV as RFC 4180 writes it (quoted fields may hold commas, quotes doubled, line breaks), with
 * a header line naming the fields; `;` is taken as the separator when the header has more of
 * them than commas (spreadsheets set to French write it). Each line becomes an object.
 */
function parseCsv(file: string, text: string): Result {
  const problems: Problem[] = [];
  const problem = (line: number, message: string) =>
    problems.push({ file, line, severity: 'error', field: 'données', rule: 'data-syntax', message });
  const headerEnd = text.search(/\r?\n|$/);
  const head = text.slice(0, headerEnd);
  const separator = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: { cells: string[]; lines: number[] }[] = [];
  let cells: string[] = [];
  let cellLines: number[] = [];
  let cell = '';
  let line = 1;
  let cellLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endCell = () => {
    cells.push(cell);
    cellLines.push(cellLine);
    cell = '';
    cellLine = line;
  };
  const endRecord = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') records.push({ cells, lines: cellLines });
    cells = [];
    cellLines = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === separator) endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
      cellLine = line;
    } else cell += c;
  }
  if (quoted) {
    problem(quoteLine, 'un guillemet « " » ouvert n’est jamais fermé : fermez-le, ou doublez-le (« "" ») s’il fait partie du texte');
    return { problems };
  }
  endRecord();
  const [header, ...rows] = records;
  if (!header) return { doc: { value: [], lines: new Map() }, problems };
  const names = header.cells.map((name) => name.trim());
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (!name) problem(1, `la colonne ${i + 1} n’a pas de nom : nommez-la sur la première ligne`);
    else if (seen.has(name)) problem(1, `la colonne « ${name} » est nommée deux fois : renommez l’une d’elles`);
    seen.add(name);
  }
  const lines = new Map<string, number>();
  const value = rows.map((row, i) => {
    lines.set(`[${i}]`, row.lines[0] ?? 1);
    if (row.cells.length !== names.length)
      problem(row.lines[0] ?? 1, `cette ligne a ${row.cells.length} colonnes, l’en-tête en a ${names.length} : une virgule de trop ou un guillemet manquant ?`);
    const entry: Record<string, string> = {};
    names.forEach((name, j) => {
      const content = row.cells[j];
      // An empty cell is a field left out, as a missing key would be in JSON.
      if (!name || content === undefined || content.trim() === '') return;
      entry[name] = content;
      lines.set(`[${i}].${name}`, row.lines[j] ?? 1);
    });
    return entry;
  });
  return problems.length > 0 ? { problems } : { doc: { value, lines }, problems };
}
