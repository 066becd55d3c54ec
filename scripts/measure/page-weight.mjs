/**
 * What one exported page costs a visitor, computed from out/ (no browser, no timing): the files a
 * browser fetches for it, their gzip sizes, its DOM size and its EcoIndex. Used by the budget
 * build tests and by `npm run bench`.
 *
 * Counting rules (conservative: a real browser fetches at most this):
 * - requests: the HTML, each stylesheet, each icon link (or the implicit /favicon.ico when the page
 *   has none), each script and script preload, each `url()` a stylesheet loads (fonts, images);
 * - content images: every `<img>` (EcoIndex scrolls to the bottom, so lazy images count), one file
 *   each: the largest AVIF candidate of its `<picture>`, else the largest candidate of its own
 *   srcset, else its src;
 * - transfer sizes: text files gzip-compressed (level 6, what static servers use), images as they
 *   are; HTTP headers not counted;
 * - DOM elements: every element, minus the descendants of inline `<svg>`, as EcoIndex counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'parse5';
import { ecoIndexGrade, ecoIndexScore } from '../../lib/ecoindex.mjs';
import { fileOfSitePath, withoutBasePath } from '../../lib/config.mjs';

/** @param {any} node @param {string} name */
const attr = (node, name) =>
  node.attrs?.find((/** @type {{name: string}} */ a) => a.name === name)?.value;

/** @param {string} srcset @returns {{ url: string, width: number }[]} */
function candidates(srcset) {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([url, descriptor]) => ({
      url: /** @type {string} */ (url),
      width: Number.parseFloat(descriptor ?? '') || 0,
    }));
}

/** @param {{ url: string, width: number }[]} list */
const largest = (list) => list.reduce((a, b) => (b.width > a.width ? b : a)).url;

/**
 * Pure: what an HTML document makes the browser fetch, and its DOM size.
 * @param {string} html
 */
export function analyzeHtml(html) {
  const document = parse(html);
  let dom = 0;
  // What of the DOM is the page's own content (inside <main>), and of it, tables: telling a page
  // heavy by its content from one heavy by its chrome.
  let mainDom = 0;
  let tableDom = 0;
  /** @type {string[]} */ const stylesheets = [];
  /** @type {string[]} */ const icons = [];
  /** @type {string[]} */ const scripts = [];
  /** @type {string[]} */ const inlineScripts = [];
  /** @type {string[]} */ const preloads = [];
  /** @type {string[]} */ const images = [];
  let inlineRsc = false;

  /**
   * @param {any} node @param {boolean} inSvg @param {any} picture
   * @param {boolean} [inMain] @param {boolean} [inTable]
   */
  const visit = (node, inSvg, picture, inMain = false, inTable = false) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const name = child.tagName;
      const main = inMain || name === 'main';
      const table = main && (inTable || name === 'table');
      if (!inSvg) {
        dom += 1;
        if (main) mainDom += 1;
        if (table) tableDom += 1;
      }
      if (name === 'link') {
        const rel = (attr(child, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr(child, 'href');
        if (href && rel.includes('stylesheet')) stylesheets.push(href);
        else if (
          href &&
          rel.some((/** @type {string} */ r) => r === 'icon' || r === 'apple-touch-icon')
        ) {
          if (rel.includes('icon')) icons.push(href);
        } else if (
          href &&
          (rel.includes('modulepreload') ||
            (rel.includes('preload') && attr(child, 'as') === 'script'))
        )
          preloads.push(href);
      } else if (name === 'script') {
        const type = (attr(child, 'type') ?? '').toLowerCase();
        if (type !== 'application/ld+json') {
          const src = attr(child, 'src');
          if (src) scripts.push(src);
          else {
            const text = child.childNodes?.map((/** @type {any} */ t) => t.value ?? '').join('');
            inlineScripts.push(text);
            if (text.includes('__next_f')) inlineRsc = true;
          }
        }
      } else if (name === 'img') {
        const avif = picture?.childNodes?.find(
          (/** @type {any} */ s) => s.tagName === 'source' && attr(s, 'type') === 'image/avif',
        );
        const srcset = (avif && attr(avif, 'srcset')) || attr(child, 'srcset');
        const list = srcset ? candidates(srcset) : [];
        const url = list.length ? largest(list) : attr(child, 'src');
        if (url) images.push(url);
      }
      visit(child, inSvg || name === 'svg', name === 'picture' ? child : picture, main, table);
    }
  };
  visit(document, false, undefined);
  return {
    dom,
    mainDom,
    tableDom,
    stylesheets,
    icons,
    scripts,
    inlineScripts,
    preloads,
    images,
    inlineRsc,
  };
}

const gzipSize = (/** @type {Buffer|string} */ data) => zlib.gzipSync(data, { level: 6 }).length;

/**
 * Measures a page of an export.
 * @param {string} outDir
 * @param {string} sitePath `/actualites/x/` (without base path)
 * @param {{ basePath?: string }} [options]
 */
export function measurePage(outDir, sitePath, { basePath = '' } = {}) {
  const fileOf = (/** @type {string} */ url) => {
    const site = withoutBasePath(url, basePath);
    if (!site) return { file: undefined, external: true };
    const rel = decodeURIComponent(site).replace(/^\//, '');
    const file = site.endsWith('/') ? path.join(outDir, rel, 'index.html') : path.join(outDir, rel);
    return { file: fs.existsSync(file) ? file : undefined, external: false };
  };
  const htmlFile = path.join(outDir, fileOfSitePath(sitePath));
  const html = fs.readFileSync(htmlFile);
  const page = analyzeHtml(html.toString('utf8'));

  /** @type {{ url: string, kind: string, bytes: number, gzip: number, external: boolean, missing: boolean }[]} */
  const requests = [];
  const add = (/** @type {string} */ url, /** @type {string} */ kind, compress = true) => {
    const { file, external } = fileOf(url);
    const data = file ? fs.readFileSync(file) : undefined;
    requests.push({
      url,
      kind,
      bytes: data?.length ?? 0,
      gzip: data ? (compress ? gzipSize(data) : data.length) : 0,
      external,
      missing: !external && !file,
    });
    return data;
  };
  requests.push({
    url: sitePath,
    kind: 'html',
    bytes: html.length,
    gzip: gzipSize(html),
    external: false,
    missing: false,
  });
  for (const href of page.stylesheets) {
    const css = add(href, 'css');
    // Fonts and images a stylesheet loads: data: URLs cost no request.
    for (const match of css?.toString('utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g) ?? []) {
      if (!match[1]?.startsWith('data:') && !match[1]?.startsWith('#'))
        add(match[1] ?? '', 'css-asset', false);
    }
  }
  if (page.icons.length === 0) add(`${basePath}/favicon.ico`, 'icon', false);
  for (const href of new Set(page.icons))
    add(href, 'icon', !/\.(png|ico|jpe?g|webp|avif)(\?|$)/.test(href));
  for (const src of page.scripts) add(src, 'js');
  for (const href of page.preloads) add(href, 'js-preload');
  for (const src of page.images) add(src, 'image', false);

  const base = requests.filter((r) => r.kind !== 'image');
  const images = requests.filter((r) => r.kind === 'image');
  const jsBytes =
    requests.filter((r) => r.kind.startsWith('js')).reduce((s, r) => s + r.bytes, 0) +
    page.inlineScripts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const firstVisitGzip = base.reduce((s, r) => s + r.gzip, 0);
  const imageBytes = images.reduce((s, r) => s + r.gzip, 0);
  const totalKb = (firstVisitGzip + imageBytes) / 1000;
  const totalRequests = requests.length;
  const score = ecoIndexScore({ dom: page.dom, requests: totalRequests, sizeKb: totalKb });
  return {
    sitePath,
    dom: page.dom,
    /** Elements inside <main>, the page's own content; of them, in tables. */
    mainDom: page.mainDom,
    tableDom: page.tableDom,
    htmlBytes: html.length,
    htmlGzip: gzipSize(html),
    jsBytes,
    scriptCount: page.scripts.length + page.inlineScripts.length,
    inlineRsc: page.inlineRsc,
    /** Requests excluding content images. */
    requests: base.length,
    imageRequests: images.length,
    imageBytes,
    firstVisitGzip,
    /** Stylesheet and icons cached: the HTML only (plus any script, which should be none). */
    repeatVisitGzip: base
      .filter((r) => r.kind === 'html' || r.kind.startsWith('js'))
      .reduce((s, r) => s + r.gzip, 0),
    externalRequests: requests.filter((r) => r.external).map((r) => r.url),
    missing: requests.filter((r) => r.missing).map((r) => r.url),
    ecoIndex: {
      dom: page.dom,
      requests: totalRequests,
      sizeKb: Math.round(totalKb * 100) / 100,
      score,
      grade: ecoIndexGrade(score),
    },
    list: requests,
  };
}
