/**
 * Link integrity of the exported site: every internal href/src/srcset of every HTML file in out/
 * resolves to a file of out/ (under BASE_PATH), and every #fragment to an id of the target page.
 * External links are not fetched. Broken links fail the build, listed with the pages they are on;
 * LINKS=warn (for imported legacy content) reports them as warnings and lets the build finish.
 */
import path from 'node:path';
import { parse } from 'parse5';
import { config, normalizeBasePath } from '../../lib/config.mjs';
import { exportSite, sitePathOf } from './export-site.mjs';

/** Attributes holding a URL, by element. */
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};
/** Link relations that name another origin, not a file of the site. */
const EXTERNAL_RELS = new Set(['preconnect', 'dns-prefetch']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MAX_PAGES_LISTED = 3;

/**
 * @typedef {{ tagName: string, attrs: { name: string, value: string }[] }} Element a parse5 element
 * @typedef {{ attribute: string, url: string }} Link
 * @typedef {{ url: string, attribute: string, reason: string, pages: string[] }} BrokenLink
 */

/** @param {any} node @param {(element: any) => void} visit @param {Set<any>} skip */
function walk(node, visit, skip) {
  if (skip.has(node)) return;
  if (node.attrs) visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit, skip);
  if (node.content) walk(node.content, visit, skip);
}

/**
 * What the link check reads of a page: the ids a `#fragment` may name and the URLs it links to.
 * Pure. `skip`: nodes of the tree to read as if they were not there (what the lean step cut out of
 * the same tree), so that one parse serves both steps.
 * @param {any} document a parse5 document
 * @param {Set<any>} [skip]
 * @returns {import('./export-site.mjs').PageLinks}
 */
export function pageLinks(document, skip = new Set()) {
  /** @type {Set<string>} */
  const ids = new Set();
  /** @type {{ attribute: string, url: string }[]} */
  const links = [];
  walk(
    document,
    (element) => {
      for (const attr of element.attrs) {
        if (attr.name === 'id' || (attr.name === 'name' && element.tagName === 'a'))
          ids.add(attr.value);
      }
      links.push(...urlsOf(element));
    },
    skip,
  );
  return { ids, links };
}

/** @param {string} html */
const parseLinks = (html) => pageLinks(parse(html));

/** @param {Element} element @returns {Link[]} */
function urlsOf(element) {
  const names = /** @type {Record<string, string[] | undefined>} */ (URL_ATTRIBUTES)[
    element.tagName
  ];
  if (!names) return [];
  const attrs = Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
  if (
    element.tagName === 'link' &&
    (attrs.rel ?? '').split(/\s+/).some((/** @type {string} */ r) => EXTERNAL_RELS.has(r))
  )
    return [];
  const urls = [];
  for (const name of names) {
    const value = attrs[name];
    if (value === undefined) continue;
    if (name === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push({ attribute: name, url });
      }
    } else urls.push({ attribute: name, url: value.trim() });
  }
  return urls;
}

/**
 * Checks a folder of HTML files. Returns the broken links, one entry per link with the pages it
 * is on. Pure but for reading the folder (or the shared list of it, when given).
 * @param {string} outDir
 * @param {{ basePath?: string, site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function findBrokenLinks(outDir, { basePath = '', site: given } = {}) {
  const base = normalizeBasePath(basePath);
  const site = exportSite(outDir, given);
  /** @type {Map<string, { sitePath: string, ids: Set<string>, links: Link[] }>} */
  const pages = new Map();
  for (const file of site.pages()) {
    pages.set(file, { sitePath: sitePathOf(outDir, file), ...site.links(file, parseLinks) });
  }

  const idsOf = (/** @type {string} */ file) => pages.get(file)?.ids;

  /** The file a site path names, as a static host would serve it, or a reason it has none. */
  /** @param {string} sitePath @returns {{ file: string, reason?: undefined } | { file?: undefined, reason: string }} */
  const fileOf = (sitePath) => {
    const full = path.join(outDir, sitePath);
    if (!full.startsWith(outDir)) return { reason: 'outside the site' };
    if (sitePath.endsWith('/')) {
      const index = path.join(full, 'index.html');
      return site.has(index) ? { file: index } : { reason: `no page ${sitePath}` };
    }
    if (site.has(full)) return { file: full };
    const index = path.join(full, 'index.html');
    if (site.has(index)) return { file: index };
    if (site.has(`${full}.html`)) return { file: `${full}.html` };
    return { reason: `no file ${sitePath}` };
  };

  /** @type {Map<string, BrokenLink>} */
  const broken = new Map();
  for (const [file, page] of pages) {
    for (const { attribute, url } of page.links) {
      if (!url || SCHEME.test(url) || url.startsWith('//')) continue;
      const reason = check(url, file, page.sitePath);
      if (!reason) continue;
      const key = `${url}\u0000${reason}`;
      const entry = broken.get(key) ?? { url, attribute, reason, pages: [] };
      if (!entry.pages.includes(page.sitePath)) entry.pages.push(page.sitePath);
      broken.set(key, entry);
    }
  }
  // Plain code-unit order: stable across locales.
  return [...broken.values()]
    .map((link) => ({ ...link, pages: link.pages.toSorted() }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

  /** @param {string} url @param {string} file @param {string} pageSitePath */
  function check(url, file, pageSitePath) {
    const hashAt = url.indexOf('#');
    const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : '';
    const withoutHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
    const pathPart = withoutHash.split('?')[0] ?? '';
    let targetFile = file;
    if (pathPart) {
      let sitePath;
      if (pathPart.startsWith('/')) {
        if (base && pathPart !== base && !pathPart.startsWith(`${base}/`))
          return `outside the base path ${base}`;
        sitePath = base ? pathPart.slice(base.length) || '/' : pathPart;
      } else {
        sitePath = new URL(pathPart, `http://site${pageSitePath}`).pathname;
      }
      try {
        sitePath = decodeURIComponent(sitePath);
      } catch {
        return 'malformed address';
      }
      const target = fileOf(sitePath);
      if (!target.file) return target.reason;
      targetFile = target.file;
    }
    if (!fragment || !targetFile.endsWith('.html')) return undefined;
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return 'malformed fragment';
    }
    const ids = idsOf(targetFile);
    return ids && !ids.has(id)
      ? `no id « ${id} » on ${pathPart ? sitePathOf(outDir, targetFile) : 'this page'}`
      : undefined;
  }
}

/**
 * One line per broken link: the link, why, and the pages it is on.
 * @param {BrokenLink} link
 */
export function formatBrokenLink(link) {
  const shown = link.pages.slice(0, MAX_PAGES_LISTED).join(', ');
  const more =
    link.pages.length > MAX_PAGES_LISTED ? ` and ${link.pages.length - MAX_PAGES_LISTED} more` : '';
  return `« ${link.url} » (${link.attribute}): ${link.reason}; on ${link.pages.length === 1 ? 'page' : `${link.pages.length} pages`} ${shown}${more}`;
}

/**
 * The post-export step: throws (the build fails, out/ is restored) unless LINKS=warn.
 * @param {string} outDir
 * @param {{ settings?: Pick<import('../../lib/config.mjs').Config, 'basePath' | 'links'>, site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function linkCheck(outDir, { settings = config, site } = {}) {
  const broken = findBrokenLinks(outDir, { basePath: settings.basePath, site });
  if (broken.length === 0) return;
  const lines = broken.map(formatBrokenLink);
  const title = `${broken.length} broken internal link${broken.length > 1 ? 's' : ''} in the exported site`;
  if (settings.links === 'warn') {
    console.warn(
      `\nwarning: ${title} (LINKS=warn: the build goes on):\n${lines.map((l) => `  ${l}`).join('\n')}`,
    );
    return;
  }
  throw new Error(
    `${title}:\n${lines.map((l) => `  ${l}`).join('\n')}\nFix the links (or build with LINKS=warn for imported legacy content).`,
  );
}
