import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { displayPath } from './config';
import type { Problem } from './problems';

/** A former address that no content file owns (a list page of the former site), and its page. */
export interface SiteRedirect {
  from: string;
  to: string;
  file: string;
  line: number;
}

export const REDIRECTS_FILE = 'redirects.yaml';
const SITE_PATH = /^\/(?!\/)[^\s?#<>"\\]*$/;

/**
 * `redirects.yaml` at the root of a content source: `/ancienne/adresse/: /nouvelle/adresse/`, one
 * line each. For addresses no page can claim with `aliases:` (the former site's list pages).
 * Pure: takes the file's text.
 */
export function parseRedirects(file: string, text: string): { redirects: SiteRedirect[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const redirects: SiteRedirect[] = [];
  const problem = (line: number, message: string) =>
    problems.push({ file, line, severity: 'error', field: 'redirects', rule: 'redirects-file', message });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problem(lineOf(e.pos[0]), `YAML syntax error: ${e.message.split('\n')[0]}`);
    return { redirects, problems };
  }
  if (doc.contents === null) return { redirects, problems };
  if (!isMap(doc.contents)) {
    problem(1, 'must be a list of « /ancienne/adresse/: /nouvelle/adresse/ » lines');
    return { redirects, problems };
  }
  for (const pair of doc.contents.items) {
    const line = isScalar(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : 1;
    const from = isScalar(pair.key) ? String(pair.key.value) : '';
    const to = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!SITE_PATH.test(from) || !SITE_PATH.test(to) || from.split('/').includes('..')) {
      problem(line, `« ${from.slice(0, 80)}: ${to.slice(0, 80)} »: both sides must be site paths (/ancienne/adresse/: /nouvelle/adresse/)`);
      continue;
    }
    redirects.push({ from, to, file, line });
  }
  return { redirects, problems };
}

/** The redirects of a content source, read from its `redirects.yaml` if it has one. */
export function readRedirects(root: string): { redirects: SiteRedirect[]; problems: Problem[] } {
  const file = path.join(root, REDIRECTS_FILE);
  if (!fs.existsSync(file)) return { redirects: [], problems: [] };
  return parseRedirects(displayPath(file), fs.readFileSync(file, 'utf8'));
}
