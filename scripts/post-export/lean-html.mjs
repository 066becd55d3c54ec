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

/** Script types a browser does not execute: structured data stays. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/** @param {any} node @param {string} name */
function attr(node, name) {
  return node.attrs?.find((/** @type {{name: string}} */ a) => a.name === name)?.value;
}

/**
 * A URL as written in the page -> site path without base path and query: the form used by
 * lib/pages-with-js.mjs. Returns undefined for URLs of other origins.
 * @param {string} url @param {string} basePath
 */
export function toSitePath(url, basePath = '') {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  let pathname = url.split(/[?#]/)[0] ?? url;
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    pathname = pathname.slice(basePath.length) || '/';
  }
  return pathname;
}

/** @param {any} node */
function isEmptyHiddenDiv(node) {
  if (node.nodeName !== 'div' || attr(node, 'hidden') === undefined) return false;
  return node.childNodes.every(
    (/** @type {any} */ child) =>
      child.nodeName === '#comment' || (child.nodeName === '#text' && !child.value.trim()),
  );
}

/** The page parsed as the lean step needs it: with source offsets, to cut. @param {string} html */
export function parseWithOffsets(html) {
  return parse(html, { sourceCodeLocationInfo: true });
}

/**
 * @typedef {{ keep?: string[], basePath?: string, document?: any }} LeanOptions
 *   keep: site paths of the scripts this page keeps (from lib/pages-with-js.mjs); document: the
 *   page already parsed by parseWithOffsets (else it is parsed here).
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
export function leanHtml(
  html,
  { keep = [], basePath = '', document = parseWithOffsets(html) } = {},
) {
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
    cuts.push({ start: loc.startOffset, end: loc.endOffset });
  };

  /** @param {any} node */
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === 'script') {
        const type = (attr(child, 'type') ?? '').trim().toLowerCase();
        if (DATA_SCRIPT_TYPES.has(type)) continue;
        const src = attr(child, 'src');
        const sitePath = src === undefined ? undefined : toSitePath(src, basePath);
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
          const href = toSitePath(attr(child, 'href') ?? '', basePath);
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
