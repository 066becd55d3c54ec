/**
 * What a content source's `public/` folder may publish. Its files are copied into the site as they
 * are, served from the site's own origin: a script, a page or an SVG with code there would run as
 * the site. So only the types listed here pass, each identified by its bytes where the format has
 * a signature, and only under names the build does not write itself.
 *
 * Shared by `npm run check` (lib/content/files.ts), which reports each refused file, and by the
 * post-export copy (scripts/post-export/copy-content-public.mjs), which copies nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_SIGNATURES, imageFormatOf, readHead } from './sniff.mjs';

/**
 * Published extensions and the type their bytes must be: an image format (see sniff.mjs) or a
 * document signature. Data files (CSV, JSON) are served as data and never run.
 * @type {Record<string, string>}
 */
const PUBLISHED = {
  pdf: 'PDF',
  docx: 'ZIP',
  xlsx: 'ZIP',
  pptx: 'ZIP',
  odt: 'ZIP',
  ods: 'ZIP',
  odp: 'ZIP',
  odg: 'ZIP',
  epub: 'ZIP',
  zip: 'ZIP',
  doc: 'OLE',
  xls: 'OLE',
  ppt: 'OLE',
  csv: 'text',
  txt: 'text',
  json: 'text',
  srt: 'text',
  ics: 'iCalendar',
  vtt: 'WebVTT',
  mp3: 'MP3',
  mp4: 'MP4',
  m4a: 'MP4',
  webm: 'WebM',
  ogg: 'Ogg',
  oga: 'Ogg',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  svg: 'svg',
};

export const PUBLISHED_EXTENSIONS = Object.keys(PUBLISHED);

/** Types a browser runs or renders as a document of the site: refused, saying why. */
const CODE = new Set([
  'js',
  'mjs',
  'cjs',
  'html',
  'htm',
  'xhtml',
  'xht',
  'shtml',
  'xml',
  'xsl',
  'xslt',
  'svgz',
  'css',
  'wasm',
  'php',
  'swf',
]);

/** Left behind by tools, never published and not worth an error. */
const IGNORED = new Set(['.gitkeep', '.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Names the build writes at the root of the site, or that static hosts read as their settings
 * (`_headers`, `_redirects`, any `_name`): content cannot provide them.
 */
const RESERVED_AT_ROOT = new Set([
  '404.html',
  'index.html',
  'robots.txt',
  'sitemap.xml',
  'feed.xml',
  'feed.json',
  // The former site's feeds (/feed/feed.xml, /feed/feed.json), served by the build.
  'feed',
  'calendar.ics',
  'icon.svg',
  'favicon.ico',
  '_next',
  'media',
  'pagefind',
  '.well-known',
]);

/** @type {Record<string, string>} */
const DOCUMENT_LABELS = {
  ZIP: 'a ZIP archive',
  OLE: 'an Office 97-2003 file',
  text: 'text (no NUL byte)',
  iCalendar: 'an iCalendar file (BEGIN:VCALENDAR)',
  WebVTT: 'a WebVTT file (WEBVTT)',
};

/** Office formats: one that is not what its name says is broken, not dangerous. */
const BROKEN_IS_HARMLESS = new Set(['ZIP', 'OLE']);

const IMAGE_NAMES = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  avif: 'AVIF',
  svg: 'SVG',
};

/**
 * Whether a file of `public/` may be published; undefined when it may, else what is wrong and
 * what to do (the file itself is named by the caller).
 * @param {string} relPath path inside public/, with `/` separators
 * @param {string} absPath
 * @returns {string | undefined}
 */
export function publicFileProblem(relPath, absPath) {
  const [first = '', ...rest] = relPath.split('/');
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (RESERVED_AT_ROOT.has(first.toLowerCase()) || first.startsWith('_')) {
    const what = rest.length > 0 ? `the folder « ${first}/ »` : `« ${first} »`;
    return `${what} is a name the build writes itself (or a host setting): rename or move the file`;
  }
  if (relPath.split('/').some((part) => part.startsWith('.')))
    return 'hidden files are not published: remove it';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (CODE.has(extension))
    return `.${extension} files are not published: content cannot run code or add pages (remove it)`;
  const expected = PUBLISHED[extension];
  if (!expected) {
    return `${extension ? `.${extension} files are` : 'a file without an extension is'} not a type the site publishes (${PUBLISHED_EXTENSIONS.join(', ')}): remove it or convert it`;
  }
  const head = readHead(absPath);
  const check = DOCUMENT_SIGNATURES[expected];
  const wrong = (/** @type {string} */ label) =>
    `a .${extension} file must be ${label} and its bytes are not: replace it with a real .${extension} file`;
  // An office document that is not what its name says is broken, not dangerous (served under its
  // type, with nosniff and a sandbox): published, with a warning (see documentWarning).
  if (check)
    return check(head) || BROKEN_IS_HARMLESS.has(expected)
      ? undefined
      : wrong(DOCUMENT_LABELS[expected] ?? expected);
  const actual = imageFormatOf(head);
  const label = IMAGE_NAMES[/** @type {keyof IMAGE_NAMES} */ (expected)];
  if (!actual) return wrong(`a ${label} image`);
  if (actual !== expected) {
    return `its bytes are a ${IMAGE_NAMES[actual]} image, not ${label} as its .${extension} name says: rename it .${actual === 'jpeg' ? 'jpg' : actual}`;
  }
  if (actual === 'svg') return svgActiveContent(fs.readFileSync(absPath));
  return undefined;
}

/**
 * An office document whose bytes are not its format (a text file named .docx): it is published
 * as it is, but will not open. Undefined for a sound document, or any other file.
 * @param {string} relPath
 * @param {string} absPath
 * @returns {string | undefined}
 */
export function documentWarning(relPath, absPath) {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const expected = PUBLISHED[extension];
  const check = expected ? DOCUMENT_SIGNATURES[expected] : undefined;
  if (!expected || !check || !BROKEN_IS_HARMLESS.has(expected) || check(readHead(absPath)))
    return undefined;
  return `a .${extension} file should be ${DOCUMENT_LABELS[expected] ?? expected} and its bytes are not: it is published as it is, but will not open (replace it with a real .${extension} file)`;
}

/** Whether a name of public/ is only tool litter (`.DS_Store`), skipped without a word. */
export function isIgnoredPublicFile(/** @type {string} */ name) {
  return IGNORED.has(name.toLowerCase());
}

const EMPTY_SCRIPT = /<script(?:\s+xmlns(?::[\w.-]+)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/>/g;

/**
 * Why an SVG served as a file of the site could run code or load something from elsewhere, or
 * undefined. Opened directly, an SVG is a document of the site's origin: scripts, event
 * attributes, HTML in `<foreignObject>`, links and style sheets would all act as the site. The test
 * is deliberately coarse (it may refuse a harmless file, never pass a harmful one): whatever
 * looks like one of these, anywhere in the text, refuses the file.
 * @param {Uint8Array} bytes the whole file
 * @returns {string | undefined}
 */
export function svgActiveContent(bytes) {
  if (bytes.includes(0)) return 'the SVG is not UTF-8 text: save it as UTF-8';
  // Illustrator leaves an empty `<script xmlns=""/>` in its exports: no code, nothing to run. Only
  // the test ignores it; what remains must pass, and what is published is the file as it is.
  const text = Buffer.from(bytes).toString('utf8').replace(EMPTY_SCRIPT, '');
  const found = [
    [/<([\w.-]+:)?script\b/i, '<script>'],
    [/<([\w.-]+:)?foreignObject\b/i, '<foreignObject>'],
    [/<([\w.-]+:)?(iframe|embed|object|a)\b/i, 'an HTML element or a link'],
    [/http:\/\/www\.w3\.org\/1999\/xhtml/i, 'HTML (the XHTML namespace)'],
    [/[\s"'/]on[a-z]+\s*=/i, 'an event attribute (on…=)'],
    [/<!ENTITY/i, 'an entity declaration'],
    [/<\?xml-stylesheet/i, 'a style sheet instruction'],
    [/attributeName\s*=\s*["']\s*([\w.-]+:)?(href|on)/i, 'an animation of a link or an event'],
    [/@import/i, 'a CSS @import'],
    [/url\(\s*["']?(?!#|data:image\/(?:png|jpeg|gif|webp|avif)[;,])/i, 'a url() to another file'],
    [
      /\bhref\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp|avif)[;,])/i,
      'a link or a reference to another file (href)',
    ],
  ].find(([pattern]) => /** @type {RegExp} */ (pattern).test(text));
  if (!found) return undefined;
  return `the SVG contains ${found[1]}: an SVG published as a file must be a plain drawing (remove it from the file, or use the image in a page, where it is converted to a bitmap)`;
}

/**
 * Every file of a folder that is not a regular file or directory (symbolic links, sockets, ...),
 * found without following any link. `.git` is skipped: nothing reads or publishes it.
 * @param {string} root
 * @returns {string[]} absolute paths
 */
export function findLinks(root) {
  if (!fs.existsSync(root)) return [];
  const found = [];
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(full);
      } else if (!entry.isFile()) found.push(full);
    }
  }
  return found.sort();
}

/**
 * Every file of a content source's `public/` with what is wrong with it, or nothing for a file that
 * may be published: the check reports the problems, the copy copies the others. Links are
 * reported by {@link findLinks}, and never copied.
 * @param {string} publicDir
 * @returns {{ file: string, relPath: string, problem?: string, warning?: string }[]}
 */
export function classifyPublicFolder(publicDir) {
  // A public/ that is itself a link is reported as one, and its target is not read.
  if (!fs.lstatSync(publicDir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return fs
    .readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !isIgnoredPublicFile(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const relPath = path.relative(publicDir, file).split(path.sep).join('/');
      const problem = publicFileProblem(relPath, file);
      return {
        file,
        relPath,
        problem,
        warning: problem ? undefined : documentWarning(relPath, file),
      };
    })
    .sort((a, b) => a.relPath.localeCompare(b.relPath));
}
