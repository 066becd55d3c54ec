/**
 * The export as the post-export steps share it: one walk of out/ lists its files, and the steps
 * that add or delete files keep that list true (`add`, `remove`, `removeDir`) instead of walking
 * the folder again. A page a step rewrites is handed on to the next steps (`write` keeps its text
 * and what was read of it) instead of being written and read back; a page nobody rewrote is read
 * from disk once (`read`).
 *
 * What the steps need of a page's DOM comes from one parse: the lean step parses each page once,
 * cuts the Next runtime out of it and keeps, from the same tree, the ids and links the link check
 * reads (`links`). A page written without them (a redirect page, a page that holds the table of
 * measures) is parsed once, when the link check asks.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * @typedef {{ ids: Set<string>, links: { attribute: string, url: string }[] }} PageLinks
 *   ids: what a `#fragment` may name on the page; links: its internal and external URLs, as written.
 */

/**
 * out/actualites/x/index.html -> /actualites/x/ ; out/404.html -> /404.html
 * @param {string} outDir @param {string} file
 */
export function sitePathOf(outDir, file) {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return rel === 'index.html' || rel.endsWith('/index.html')
    ? `/${rel.slice(0, -'index.html'.length)}`
    : `/${rel}`;
}

/** @param {string} dir @returns {string[]} paths of the files under dir (joined to dir as given) */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export class ExportSite {
  /** @param {string} outDir */
  constructor(outDir) {
    this.outDir = outDir;
    /** @type {Set<string>} */
    this.fileSet = new Set(listFiles(outDir));
    /** @type {string[] | undefined} */
    this.sorted = undefined;
    /** Texts of the pages a step wrote: the next steps read them from here. @type {Map<string, string>} */
    this.texts = new Map();
    /** @type {Map<string, PageLinks>} */
    this.pageLinks = new Map();
  }

  /** Every file of the export, in code-unit order of their paths (stable across runs). */
  files() {
    this.sorted ??= [...this.fileSet].sort();
    return this.sorted;
  }

  /** The HTML files of the export, in the same order. */
  pages() {
    return this.files().filter((file) => file.endsWith('.html'));
  }

  /** @param {string} file a path as `files()` gives it (joined to outDir) */
  has(file) {
    return this.fileSet.has(file);
  }

  /** Records a file a step wrote (or copied) into the export. @param {string} file */
  add(file) {
    if (this.fileSet.has(file)) return;
    this.fileSet.add(file);
    this.sorted = undefined;
  }

  /** Deletes a file of the export. @param {string} file */
  remove(file) {
    fs.rmSync(file, { force: true });
    this.fileSet.delete(file);
    this.texts.delete(file);
    this.pageLinks.delete(file);
    this.sorted = undefined;
  }

  /** Deletes a folder (or file) of the export and everything under it. @param {string} target */
  removeDir(target) {
    fs.rmSync(target, { recursive: true, force: true });
    const prefix = `${target}${path.sep}`;
    for (const file of this.fileSet) {
      if (file === target || file.startsWith(prefix)) {
        this.fileSet.delete(file);
        this.texts.delete(file);
        this.pageLinks.delete(file);
      }
    }
    this.sorted = undefined;
  }

  /**
   * Lets go of the pages' texts handed on so far (later reads come from disk), and has them
   * collected now: a step that runs a process of its own on the written files (Pagefind) should
   * not find this one holding every page too (13,000 pages: 0.6 GB here, 0.9 GB in Pagefind).
   */
  releaseTexts() {
    this.texts.clear();
    collectGarbage();
  }

  /** A file's text: as a step handed it on, else from disk. @param {string} file */
  read(file) {
    return this.texts.get(file) ?? fs.readFileSync(file, 'utf8');
  }

  /**
   * Writes a page (or any text file) and hands its text on to the next steps.
   * @param {string} file
   * @param {string} text
   * @param {{ links?: PageLinks, written?: boolean }} [facts] what was read of the written text, if
   *   the step has it; written: the step wrote the file itself (a page thread), only record it
   */
  write(file, text, { links, written = false } = {}) {
    if (!written) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    this.add(file);
    if (file.endsWith('.html')) this.texts.set(file, text);
    if (links) this.pageLinks.set(file, links);
    else this.pageLinks.delete(file);
  }

  /**
   * The ids and links of a page, from the parse the lean step made, else from `parse(text)`.
   * @param {string} file
   * @param {(html: string) => PageLinks} parse
   */
  links(file, parse) {
    let links = this.pageLinks.get(file);
    if (!links) {
      links = parse(this.read(file));
      this.pageLinks.set(file, links);
    }
    return links;
  }
}

/**
 * The shared view of an export: the one a step was given, or a new one (a step run on its own, as
 * the tests do).
 * @param {string} outDir
 * @param {ExportSite | undefined} site
 */
export function exportSite(outDir, site) {
  return site ?? new ExportSite(outDir);
}

/**
 * A full garbage collection, now: without one, a process that then only waits (on Pagefind) keeps
 * the memory it no longer uses. `global.gc` exists only with --expose-gc, which a build cannot
 * ask of `node`: the flag is set at run time and the function taken from a new context.
 */
function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  /** @type {() => void} */ (vm.runInNewContext('gc'))();
}
