import { splitFrontMatter } from './front-matter';
import type { Mapper, MapperResult } from './plan';
import type { Note } from './report';

/**
 * The former site's eco-design statement (`/declaration-ecoconception/`) becomes a page of this
 * project at the same address, its text kept as the editor wrote it, except the figures written
 * by hand (« Nombre de requêtes … : 30 », « Poids … : 600 Ko », or a table of them): the site
 * measures its pages at each build, so they give way to the measured table (`::mesures`,
 * lib/mdx/dialect/measures.ts), at the place they were. Each line taken out is reported, with
 * its text, for the editor to review. Pure.
 */

export const STATEMENT_SOURCE = 'content/declaration-ecoconception/index.md';
export const STATEMENT_TARGET = 'pages/declaration-ecoconception.md';
const DIRECTIVE = '::mesures';

/** A figure of what a page costs: a weight or a number of requests, elements, an EcoIndex. */
const MEASURE_WORDS = /requ[êe]tes?|poids|\bdom\b|[ée]l[ée]ments|ecoindex|\bko\b|\bmo\b|\bkb\b/i;
const FIGURE = /\d/;
const LIST_ITEM = /^\s{0,3}[-*+]\s+(.*)$/;
const TABLE_ROW = /^\s{0,3}\|.*\|\s*$/;

/** Whether a line states a figure of page weight or requests (« … par écran : 30 »). */
export function isHandWrittenFigure(text: string): boolean {
  return MEASURE_WORDS.test(text) && FIGURE.test(text);
}

export interface MappedStatement {
  body: string;
  /** The lines taken out, 1-based in the source body, with their text. */
  removed: { line: number; text: string }[];
  /** 1-based line of the directive in the new body. */
  directiveLine: number;
  /** The body had no figures: the directive was added at its end, under a heading. */
  appended: boolean;
}

/**
 * Replaces the hand-written figures of a statement's body by the directive: a Markdown table of
 * figures, or the list items that state one, the directive going right after the list. Fenced
 * code is left alone. A body without any gets the table at its end.
 */
export function mapStatementBody(body: string): MappedStatement {
  const lines = body.split('\n');
  const out: string[] = [];
  const removed: MappedStatement['removed'] = [];
  let directiveLine = 0;
  let fence: string | undefined;
  let pending = false;
  const place = () => {
    if (directiveLine) return;
    if (out.length > 0 && out.at(-1)?.trim() !== '') out.push('');
    out.push(DIRECTIVE);
    directiveLine = out.length;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fenceMark) fence = fenceMark;
    // A table whose cells hold figures of the pages: the whole table goes.
    if (!fence && TABLE_ROW.test(line)) {
      let end = i;
      while (end + 1 < lines.length && TABLE_ROW.test(lines[end + 1] ?? '')) end++;
      const table = lines.slice(i, end + 1);
      if (table.length >= 2 && isHandWrittenFigure(table.join(' '))) {
        table.forEach((text, k) => removed.push({ line: i + k + 1, text: text.trim() }));
        place();
        i = end;
        continue;
      }
    }
    const item = LIST_ITEM.exec(line);
    if (!fence && item && isHandWrittenFigure(item[1] ?? '')) {
      removed.push({ line: i + 1, text: line.trim() });
      pending = true;
      continue;
    }
    // The end of the list that held figures: the table goes there.
    if (pending && !item && !/^\s+\S/.test(line)) {
      pending = false;
      place();
      if (line.trim() !== '') out.push('');
    }
    out.push(line);
  }
  if (pending) place();
  let appended = false;
  if (!directiveLine) {
    appended = true;
    while (out.length > 0 && out.at(-1)?.trim() === '') out.pop();
    out.push('', '## Mesures des pages du site', '');
    place();
    out.push('');
  }
  return { body: out.join('\n'), removed, directiveLine, appended };
}

export function statementMapper(): Mapper {
  return {
    name: 'statement',
    map(tree): MapperResult {
      if (!tree.files.includes(STATEMENT_SOURCE))
        return { outputs: [], notes: [], handled: [], counts: {} };
      const source = tree.read(STATEMENT_SOURCE);
      const split = splitFrontMatter(source);
      const head = split ? split.open + split.yaml + split.close : '';
      const mapped = mapStatementBody(split ? split.body : source);
      const bodyLine = head.split('\n').length;
      const notes: Note[] = mapped.removed.map((r) => ({
        file: STATEMENT_TARGET,
        line: mapped.directiveLine + bodyLine - 1,
        kind: 'measures',
        message: `« ${r.text.slice(0, 100)} » (line ${r.line + bodyLine - 1} of ${STATEMENT_SOURCE}) replaced by the table of the measured pages (::mesures)`,
      }));
      if (mapped.appended)
        notes.push({
          file: STATEMENT_TARGET,
          line: mapped.directiveLine + bodyLine - 1,
          kind: 'measures',
          message:
            'no hand-written figures found: the table of the measured pages (::mesures) is added at the end, under « Mesures des pages du site »',
        });
      return {
        outputs: [{ to: STATEMENT_TARGET, text: head + mapped.body, from: STATEMENT_SOURCE }],
        notes,
        handled: [STATEMENT_SOURCE],
        counts: { 'statement pages written': 1 },
      };
    },
  };
}
