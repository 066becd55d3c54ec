import { absoluteUrl } from '@/lib/site';
import { downloadUrl, type CriteriaCollection } from './criteria';
import type { PublicationEntry } from './types';

/**
 * A collection as open data: the whole framework as CSV and as JSON, with its licence, at
 * `<publication>/<download>.csv` and `.json`. The texts are the Markdown the editors wrote.
 */

export interface DataDownload {
  /** Site path of the file. */
  path: string;
  contentType: string;
  text: string;
}

/** Columns of the CSV, keys of each criterion in the JSON: the data file's own names. */
const COLUMNS = ['numero', 'thematique', 'critere', 'difficulte', 'priorite', 'cible', 'metiers', 'objectif', 'miseEnOeuvre', 'controle'] as const;

/**
 * A field as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break. A text a
 * spreadsheet would run as a formula (`=`, `+`, `@`, `-2+…`) starts with an apostrophe, which
 * spreadsheets show as text (OWASP, CSV injection); a Markdown list item (`- texte`) is left as it
 * is. The JSON keeps every text exactly.
 */
export function csvField(value: string): string {
  const safe = /^(?:[=+@\t\r]|-(?! ))/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180: a header line, one record per criterion, CRLF line ends, in UTF-8 with a byte order
 * mark. The mark is for the spreadsheets most of the framework's readers open it with: without
 * it, Excel reads UTF-8 as Windows-1252 and « écoconception » shows as « Ã©coconception »;
 * LibreOffice, Python (`utf-8-sig`), pandas and csv parsers that follow the WHATWG encoding
 * standard skip it.
 */
export function criteriaCsv(c: CriteriaCollection): string {
  const lines = [
    [...COLUMNS, 'url'].join(','),
    ...c.criteria.map((cr) =>
      [...COLUMNS.map((key) => cr.fields[key] ?? ''), absoluteUrl(cr.url)].map(csvField).join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The framework as one JSON document: what it is, its licence, its themes, its criteria. */
export function criteriaJson(c: CriteriaCollection, host?: PublicationEntry): string {
  const document = {
    titre: c.host.title,
    url: absoluteUrl(c.host.url),
    ...(host?.date ? { miseAJour: host.date.day } : {}),
    licence: { nom: c.licence, ...(c.licenceUrl ? { url: c.licenceUrl } : {}) },
    thematiques: c.themes.map((t) => ({ nom: t.label, ...(t.description ? { description: t.description } : {}) })),
    criteres: c.criteria.map((cr) => ({
      ...Object.fromEntries(COLUMNS.flatMap((key) => (cr.fields[key] ? [[key, cr.fields[key]]] : []))),
      url: absoluteUrl(cr.url),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function dataDownloads(c: CriteriaCollection, host?: PublicationEntry): DataDownload[] {
  return [
    { path: downloadUrl(c, 'csv'), contentType: 'text/csv; charset=utf-8', text: criteriaCsv(c) },
    { path: downloadUrl(c, 'json'), contentType: 'application/json; charset=utf-8', text: criteriaJson(c, host) },
  ];
}
