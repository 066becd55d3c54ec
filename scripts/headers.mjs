/**
 * Reads the `_headers` file of static hosts (Netlify, Cloudflare Pages): a path pattern on its own
 * line, then indented `Name: value` lines. One module, so that `npm start` and the browser tests
 * serve exactly the headers the host will send.
 */
import fs from 'node:fs';

/** `/*`, `/_next/static/*`, `/actualites/:slug/`: `*` matches anything, `:name` one segment. */
function toRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Parses the text of a `_headers` file into rules, in file order.
 * @param {string} text
 * @returns {{ pattern: string, test: RegExp, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
  /** @type {ReturnType<typeof parseHeaders>} */
  const rules = [];
  /** @type {ReturnType<typeof parseHeaders>[number] | undefined} */
  let current;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), test: toRegExp(line.trim()), headers: [] };
      rules.push(current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0)
      throw new Error(`_headers line ${index + 1}: expected « Name: value » under a path`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a path gets: every matching rule applies, later ones override earlier ones.
 * @param {ReturnType<typeof parseHeaders>} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!rule.test.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

/** @param {string} file */
export function readHeadersFile(file) {
  return fs.existsSync(file) ? parseHeaders(fs.readFileSync(file, 'utf8')) : [];
}
