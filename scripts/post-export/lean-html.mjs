/**
 * The HTML half of the lean export: removes the Next runtime from one exported page.
 *
 * The page is parsed with parse5 (the HTML standard's tree builder, as browsers do) with source
 * locations; the elements to drop are then cut out of the original text at the offsets the parser
 * reports. Everything else stays byte for byte as Next wrote it, so the step cannot alter the
 * content it does not understand.
 *
 * Removed: every executable `<script>` (Next's chunks, its inline bootstrap `self.__next_f` RSC
 * payload, the Turbopack runtime list, the nomodule polyfill), `<link rel="preload" as="script">`
 * and `<link rel="modulepreload">`, and the empty hidden `<div>` Next leaves for its Suspense
 * markers. Kept: stylesheets, icons, data scripts (`application/ld+json`), and the scripts a page
 * declares in lib/pages-with-js.mjs.
 */
import { parse } from 'parse5';
import { withoutBasePath } from '../../lib/config.mjs';

/** Script types a browser does not execute: structured data stays. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/** @param {any} node @param {string} name */
function attr(node, name) {
  return node.attrs?.find((/** @type {{name: string}} */ a) => a.name === name)?.value;
}

/** @param {any} node */
function isEmptyHiddenDiv(node) {
  if (node.nodeName !== 'div' || attr(node, 'hidden') === undefined) return false;
  return node.childNodes.every(
    (/** @type {any} */ child) =>
      child.nodeName === '#comment' || (child.nodeName === '#text' && !child.value.trim()),
  );
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const EMPTY_SCRIPT = '<script></script>';
/** An inline script without attributes: Next's RSC payload and bootstrap. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * @typedef {{ document: any, sourceOffset: (offset: number) => number }} ParsedPage
 *   document: the parse5 tree, with source locations; sourceOffset: a location of that tree as an
 *   offset in the page's own text.
 */

/**
 * The page parsed as the lean step needs it: with source offsets, to cut.
 *
 * Most of a page Next exports is its inline RSC payload (`<script>self.__next_f.push(...)</script>`,
 * 60 % of the bytes), which the lean step removes whole, and parsing with source locations costs
 * per character. So each inline script without attributes is parsed empty: `<script></script>`,
 * and the tree's offsets are mapped back to the page's text. The tree is the same as the whole
 * page's but for those scripts' text: a script's text is read by the tokenizer as plain characters
 * up to the first `</script`, unless it holds `<!--` (which only the candidates without either are
 * emptied for); and each emptied script is checked to be, in the tree, an empty HTML <script> at
 * its place (not text of a <textarea>, an attribute, a comment or an SVG script). If one is not,
 * the page is parsed whole.
 * @param {string} html
 * @returns {ParsedPage}
 */
export function parsePage(html) {
  /** @type {{ at: number, length: number }[]} where each emptied script starts in the text parsed, and the length of the text it lost */
  const emptied = [];
  let parsed = '';
  let position = 0;
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (!text || /<!--|<\/script/i.test(text)) continue;
    parsed += html.slice(position, match.index);
    emptied.push({ at: parsed.length, length: text.length });
    parsed += EMPTY_SCRIPT;
    position = match.index + match[0].length;
  }
  if (emptied.length === 0) return whole(html);
  parsed += html.slice(position);
  const document = parse(parsed, { sourceCodeLocationInfo: true });
  /** @type {Set<number>} */
  const found = new Set();
  /** @param {any} node */
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      const loc = child.sourceCodeLocation;
      if (
        child.nodeName === 'script' &&
        child.namespaceURI === HTML_NS &&
        child.childNodes.length === 0 &&
        loc &&
        loc.endOffset - loc.startOffset === EMPTY_SCRIPT.length
      )
        found.add(loc.startOffset);
      if (child.content) visit(child.content);
      visit(child);
    }
  };
  visit(document);
  if (!emptied.every(({ at }) => found.has(at))) return whole(html);
  const starts = emptied.map(({ at }) => at + '<script>'.length);
  /** Text lost before each emptied script's end tag, cumulated. */
  /** @type {number[]} */
  const before = [];
  let sum = 0;
  for (const { length } of emptied) before.push((sum += length));
  return {
    document,
    sourceOffset: (/** @type {number} */ offset) => {
      // The last emptied script whose text would have started before this offset.
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (/** @type {number} */ (starts[mid]) < offset) low = mid + 1;
        else high = mid;
      }
      return offset + (low === 0 ? 0 : /** @type {number} */ (before[low - 1]));
    },
  };
}

/** @param {string} html @returns {ParsedPage} */
function whole(html) {
  return { document: parse(html, { sourceCodeLocationInfo: true }), sourceOffset: (o) => o };
}

/**
 * @typedef {{ keep?: string[], basePath?: string, parsed?: ParsedPage }} LeanOptions
 *   keep: site paths of the scripts this page keeps (from lib/pages-with-js.mjs); parsed: the
 *   page already parsed by parsePage (else it is parsed here).
 * @typedef {{ html: string, removed: { scripts: number, inlineScripts: number, preloads: number, other: number }, kept: string[], urls: string[], dropped: Set<any> }} LeanResult
 *   urls: the `src` and `href` of the elements left in the page (what it still loads or links);
 *   dropped: the nodes cut out, so that what else is read of the same tree skips them.
 */

/**
 * Removes the Next runtime from a page's HTML.
 * @param {string} html
 * @param {LeanOptions} [options]
 * @returns {LeanResult}
 */
export function leanHtml(html, { keep = [], basePath = '', parsed = parsePage(html) } = {}) {
  const { document, sourceOffset } = parsed;
  const keepSet = new Set(keep);
  /** @type {Set<any>} */
  const dropped = new Set();
  /** @type {{ start: number, end: number }[]} */
  const cuts = [];
  const removed = { scripts: 0, inlineScripts: 0, preloads: 0, other: 0 };
  /** @type {string[]} */
  const kept = [];
  /** @type {string[]} */
  const urls = [];

  /** @param {any} node */
  const drop = (node) => {
    const loc = node.sourceCodeLocation;
    // An element the parser made up (no source) has nothing to cut: Next never writes such markup.
    if (!loc) throw new Error(`lean export: cannot locate <${node.nodeName}> in the page source`);
    dropped.add(node);
    cuts.push({ start: sourceOffset(loc.startOffset), end: sourceOffset(loc.endOffset) });
  };

  /** @param {any} node */
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === 'script') {
        const type = (attr(child, 'type') ?? '').trim().toLowerCase();
        if (DATA_SCRIPT_TYPES.has(type)) continue;
        const src = attr(child, 'src');
        const sitePath = src === undefined ? undefined : withoutBasePath(src, basePath);
        if (sitePath && keepSet.has(sitePath)) {
          kept.push(sitePath);
          if (src) urls.push(src);
          continue;
        }
        if (src === undefined) removed.inlineScripts += 1;
        else removed.scripts += 1;
        drop(child);
        continue;
      }
      if (child.nodeName === 'link') {
        const rel = (attr(child, 'rel') ?? '').toLowerCase().split(/\s+/);
        const as = (attr(child, 'as') ?? '').toLowerCase();
        const isScriptPreload =
          rel.includes('modulepreload') || (rel.includes('preload') && as === 'script');
        if (isScriptPreload) {
          const href = withoutBasePath(attr(child, 'href') ?? '', basePath);
          if (href && keepSet.has(href)) {
            urls.push(attr(child, 'href'));
            continue;
          }
          removed.preloads += 1;
          drop(child);
          continue;
        }
      }
      if (isEmptyHiddenDiv(child)) {
        removed.other += 1;
        drop(child);
        continue;
      }
      for (const name of ['src', 'href']) {
        const value = attr(child, name);
        if (value) urls.push(value);
      }
      if (child.nodeName === 'template' && child.content) visit(child.content);
      visit(child);
    }
  };
  visit(document);

  cuts.sort((a, b) => a.start - b.start);
  let result = '';
  let position = 0;
  for (const cut of cuts) {
    if (cut.start < position) continue; // nested in an element already cut
    result += html.slice(position, cut.start);
    position = cut.end;
  }
  result += html.slice(position);
  return { html: result, removed, kept, urls, dropped };
}

/**
 * URLs (as written) of every `src`/`href`/`srcset` candidate in a page: what the page can make
 * the browser fetch. Used to find the files in out/ that no page needs any more.
 * @param {string} html
 * @returns {string[]}
 */
export function referencedUrls(html) {
  const document = parse(html);
  /** @type {string[]} */
  const urls = [];
  /** @param {any} node */
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      for (const { name, value } of child.attrs ?? []) {
        if (name === 'src' || name === 'href' || name === 'poster' || name === 'content') {
          urls.push(value);
        } else if (name === 'srcset' || name === 'imagesrcset') {
          for (const candidate of value.split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) urls.push(url);
          }
        }
      }
      if (child.nodeName === 'template' && child.content) visit(child.content);
      visit(child);
    }
  };
  visit(document);
  return urls;
}
