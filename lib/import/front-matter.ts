import { isMap, isScalar, LineCounter, type Pair, parseDocument, stringify } from 'yaml';

/**
 * Front matter edited in place. The YAML is parsed with the `yaml` Document API to find each
 * key's node and its offsets, and only the text of the keys that change is rewritten; every
 * other byte stays as the author wrote it (indentation, quotes, comments). Serialising the whole
 * document again would re-indent and re-quote keys nobody touched.
 */

export interface FrontMatterSplit {
  /** `---` and its line break (and a byte order mark, if any). */
  open: string;
  yaml: string;
  /** The closing `---` line, its line break included. */
  close: string;
  body: string;
}

// The same fences as lib/content/front-matter.ts, so that both read the same files the same way.
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(\r?\n|$)/m;

export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  return {
    open: opening[0],
    yaml: rest.slice(0, closing.index),
    close: closing[0],
    body: rest.slice(closing.index + closing[0].length),
  };
}

export type YamlChange =
  | { op: 'rename'; from: string; to: string }
  /** Replaces the key's value where it is, or adds the key at the end. */
  | { op: 'set'; key: string; value: unknown }
  /** Removes the key and its value (a value the project cannot use, reported to the editor). */
  | { op: 'remove'; key: string };

export type ParsedYaml =
  { ok: true; data: Record<string, unknown> } | { ok: false; line: number; message: string };

/** The front matter's data, or its first error with its line (1-based, in the YAML). */
export function readYaml(yaml: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [error] = doc.errors;
  if (error)
    return {
      ok: false,
      line: lineCounter.linePos(error.pos[0]).line,
      message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
    };
  if (doc.contents !== null && !isMap(doc.contents))
    return { ok: false, line: 1, message: 'not a list of « key: value » lines' };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 20 });
    return { ok: true, data: (data ?? {}) as Record<string, unknown> };
  } catch (error) {
    return { ok: false, line: 1, message: (error as Error).message };
  }
}

function pairs(yaml: string): Pair[] {
  const doc = parseDocument(yaml);
  return isMap(doc.contents) ? doc.contents.items : [];
}

const keyName = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);

/** 1-based line, within the YAML, of each top-level key. */
export function yamlKeyLines(yaml: string): Map<string, number> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    const name = keyName(pair);
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (name !== undefined && range) lines.set(name, lineCounter.linePos(range[0]).line);
  }
  return lines;
}

interface Patch {
  start: number;
  end: number;
  text: string;
}

/** Applies changes to valid front matter YAML; untouched keys keep their exact text. */
export function editYaml(yaml: string, changes: YamlChange[]): string {
  const items = pairs(yaml);
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const first = items[0]?.key;
  const indentWidth =
    isScalar(first) && first.range
      ? first.range[0] - (yaml.lastIndexOf('\n', first.range[0] - 1) + 1)
      : 0;
  const render = (key: string, value: unknown) =>
    stringify({ [key]: value }, { lineWidth: 0 })
      .split('\n')
      .filter((line, i, all) => line !== '' || i < all.length - 1)
      .map((line) => ' '.repeat(indentWidth) + line + eol)
      .join('');
  const find = (key: string) => items.find((pair) => keyName(pair) === key);
  const patches: Patch[] = [];
  let appended = '';
  for (const change of changes) {
    if (change.op === 'rename') {
      const range = find(change.from)?.key;
      if (!isScalar(range) || !range.range) continue;
      patches.push({ start: range.range[0], end: range.range[1], text: change.to });
      continue;
    }
    const pair = find(change.key);
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    if (!pair || !keyRange) {
      if (change.op === 'set') appended += render(change.key, change.value);
      continue;
    }
    const valueEnd =
      (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyRange[1];
    const lineStart = yaml.lastIndexOf('\n', keyRange[0] - 1) + 1;
    let end = valueEnd;
    if (yaml[end - 1] !== '\n') {
      const newline = yaml.indexOf('\n', end);
      end = newline === -1 ? yaml.length : newline + 1;
    }
    patches.push({
      start: lineStart,
      end,
      text: change.op === 'set' ? render(change.key, change.value) : '',
    });
  }
  let out = yaml;
  for (const patch of patches.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, patch.start) + patch.text + out.slice(patch.end);
  }
  if (appended && out !== '' && !out.endsWith('\n')) out += eol;
  return out + appended;
}
