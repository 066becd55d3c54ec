/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages): a path pattern on its own line,
 * then indented `Name: value` lines. One module, so that `npm start` and the browser tests serve
 * exactly the headers the host will send.
 *
 * public/_headers is the source. Besides path patterns it holds two class blocks that the build
 * turns into patterns of the export (expandHeaders), written to out/_headers:
 * - `[pages-with-js]`: one block per page of lib/pages-with-js.mjs, `/recherche/` and
 *   `/recherche/index.html` (static hosts serve both);
 * - `[documents]`: one `/*.<extension>` block per extension of a file the export holds that is a
 *   document (isDocument), anywhere in the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGES_WITH_JS } from '../lib/pages-with-js.mjs';

/**
 * Files a page loads but a browser never shows as a document (scripts, styles, WebAssembly), pages
 * themselves, and PDFs: browsers' PDF viewers do not run in a sandbox (Chromium shows « blocked »,
 * Safari a blank page), and Chromium drops the policy of a PDF anyway. These keep the page policy.
 */
const NOT_DOCUMENTS = new Set(['html', 'htm', 'js', 'mjs', 'css', 'wasm', 'pdf']);

/**
 * Whether a site path is a document, served in a sandbox: a file with an extension that is not
 * one of NOT_DOCUMENTS (images, SVG, XML feeds, office files, archives, Pagefind's index...).
 * docs/nginx.conf says the same with a regular expression.
 * @param {string} sitePath
 */
export function isDocument(sitePath) {
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && !NOT_DOCUMENTS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * `/*`, `/_next/static/*`, `/actualites/:slug/`: `*` matches anything, `:name` one segment.
 * @param {string} pattern
 */
function toRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((/** @type {string} */ part) =>
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
 * The headers a path gets: every matching rule applies, and for a header several rules set, the
 * later rule wins (as on Netlify). The source is written so that later rules only ever narrow.
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

/**
 * The patterns a class block of the source stands for.
 * @param {string} name @param {{ pagesWithJs: Record<string, string[]>, files: string[] }} site
 */
function classPatterns(name, { pagesWithJs, files }) {
  if (name === 'pages-with-js')
    return Object.keys(pagesWithJs).flatMap((page) => [page, `${page}index.html`]);
  if (name === 'documents') {
    const extensions = new Set(
      files.filter(isDocument).map((file) => file.slice(file.lastIndexOf('.') + 1)),
    );
    return [...extensions].sort().map((extension) => `/*.${extension}`);
  }
  throw new Error(`_headers: unknown class « [${name}] » (known: [pages-with-js], [documents])`);
}

/**
 * The `_headers` file of an export: the source with each class block written out as one block
 * per pattern, everything else as it is.
 * @param {string} source the text of public/_headers
 * @param {{ pagesWithJs: Record<string, string[]>, files: string[] }} site the pages of
 *   lib/pages-with-js.mjs and the site paths of the export's files (`/media/a.svg`)
 */
export function expandHeaders(source, site) {
  const out = [
    '# Written by `npm run build` from public/_headers and lib/pages-with-js.mjs: edit those.',
  ];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const className = /^\[([a-z-]+)\]\s*$/.exec(lines[i] ?? '')?.[1];
    if (!className) {
      out.push(lines[i] ?? '');
      continue;
    }
    /** @type {string[]} */
    const body = [];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1] ?? '')) body.push(lines[++i] ?? '');
    const patterns = classPatterns(className, site);
    patterns.forEach((pattern, n) => out.push(...(n ? [''] : []), pattern, ...body));
    if (!patterns.length) out.push(`# [${className}]: nothing in this export`);
  }
  return out.join('\n');
}

/** Cloudflare Pages reads at most this many rules. */
const HOST_RULE_LIMIT = 100;

/**
 * Writes `<outDir>/_headers` from public/_headers (which `next build` copied there as it is).
 * @param {string} outDir
 */
export function writeSiteHeaders(outDir, { source = path.resolve('public', '_headers') } = {}) {
  const files = fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      `/${path.relative(outDir, path.join(entry.parentPath, entry.name))}`
        .split(path.sep)
        .join('/'),
    )
    .filter((file) => file !== '/_headers');
  const text = expandHeaders(fs.readFileSync(source, 'utf8'), {
    pagesWithJs: PAGES_WITH_JS,
    files,
  });
  const rules = parseHeaders(text).length;
  if (rules > HOST_RULE_LIMIT)
    console.warn(
      `_headers: ${rules} rules, more than the ${HOST_RULE_LIMIT} Cloudflare Pages reads.`,
    );
  fs.writeFileSync(path.join(outDir, '_headers'), text);
}
