/**
 * What a file is, from its first bytes, never from its name: content is hostile input, and a file
 * called `poly.js` may well be a valid GIF (and the other way round).
 *
 * Plain JavaScript so that the check and the build (TypeScript) and the post-export copy step
 * (plain Node) use the same functions. No sharp here: the check is bundled without native code.
 * The image signatures are those libvips (sharp) tests to pick a loader, so that what the check
 * calls a PNG is what sharp opens as one; lib/media/images.ts confirms with sharp at build time.
 */
import fs from 'node:fs';

/** Enough for every signature below, and for libvips's SVG test (`<svg` in the first 1000 bytes). */
export const HEAD_BYTES = 1024;

/** The image formats content may use, as sharp names them (AVIF is its `heif` with AV1). */
export const IMAGE_FORMATS = /** @type {const} */ (['jpeg', 'png', 'webp', 'gif', 'avif', 'svg']);

/** @typedef {(typeof IMAGE_FORMATS)[number]} ImageFormat */

/** The first bytes of a file (fewer if it is shorter). */
export function readHead(/** @type {string} */ file, size = HEAD_BYTES) {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, size, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** @param {Uint8Array} bytes @param {string | number[]} signature */
function has(bytes, signature, at = 0) {
  const expected =
    typeof signature === 'string' ? [...signature].map((c) => c.charCodeAt(0)) : signature;
  return expected.every((byte, i) => bytes[at + i] === byte);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** @param {Uint8Array} head */
export function hasUtf8Bom(head) {
  return has(head, UTF8_BOM);
}

/**
 * An ISO-BMFF file (`ftyp` box) whose major or compatible brand is AVIF. HEIC and other HEIF
 * files, which sharp's prebuilt libvips cannot decode, are not.
 * @param {Uint8Array} head
 */
function isAvif(head) {
  if (!has(head, 'ftyp', 4)) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const boxEnd = Math.min(head.length >= 4 ? view.getUint32(0) : 0, head.length);
  for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
    if (has(head, 'avif', at) || has(head, 'avis', at)) return true;
  }
  return false;
}

/**
 * An SVG document: text whose first element is `<svg`, after an optional XML declaration,
 * comments and an SVG doctype (XML is case-sensitive: `<!doctype html>` is no SVG). As libvips requires, the first 24 bytes are plain ASCII and `<svg` starts
 * in the first 1000 bytes (a UTF-8 byte order mark aside, which images.ts removes before sharp).
 * @param {Uint8Array} head
 */
function isSvg(head) {
  const bytes = hasUtf8Bom(head) ? head.subarray(3) : head;
  if (
    bytes
      .subarray(0, 24)
      .some((b) => b > 0x7e || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d))
  )
    return false;
  const text = Buffer.from(bytes.subarray(0, 1000)).toString('latin1');
  let at = 0;
  for (;;) {
    while (/\s/.test(text[at] ?? '')) at += 1;
    const end = text.startsWith('<?', at)
      ? text.indexOf('?>', at) + 2
      : text.startsWith('<!--', at)
        ? text.indexOf('-->', at) + 3
        : /^<!DOCTYPE\s+svg[\s>[]/.test(text.slice(at, at + 14))
          ? doctypeEnd(text, at)
          : at;
    if (end === at) break;
    if (end < at) return false;
    at = end;
  }
  return /^<svg[\s/>]/.test(text.slice(at, at + 5));
}

/** After `<!DOCTYPE …>`, an internal subset `[…]` included; 0 when it does not end in the text. */
function doctypeEnd(/** @type {string} */ text, /** @type {number} */ at) {
  const bracket = text.indexOf('[', at);
  const close = text.indexOf('>', at);
  if (bracket !== -1 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd === -1 ? 0 : text.indexOf('>', subsetEnd) + 1;
  }
  return close + 1;
}

/**
 * The image format of a file from its first bytes ({@link HEAD_BYTES} suffice), or undefined when
 * they are not JPEG, PNG, WebP, GIF, AVIF or SVG.
 * @param {Uint8Array} head
 * @returns {ImageFormat | undefined}
 */
export function imageFormatOf(head) {
  if (has(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (has(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (has(head, 'GIF87a') || has(head, 'GIF89a')) return 'gif';
  if (has(head, 'RIFF') && has(head, 'WEBP', 8)) return 'webp';
  if (isAvif(head)) return 'avif';
  if (isSvg(head)) return 'svg';
  return undefined;
}

/**
 * Documents and media, each by its signature. Text formats have none: they only must not be
 * binary (a NUL byte), and calendars and captions start with their keyword.
 * @type {Record<string, (head: Uint8Array) => boolean>}
 */
export const DOCUMENT_SIGNATURES = {
  // The PDF header may follow a few bytes of junk; readers look in the first kilobyte.
  PDF: (head) => Buffer.from(head).includes('%PDF-'),
  // Office Open XML, OpenDocument and EPUB are ZIP archives (an empty one is PK\5\6).
  ZIP: (head) => has(head, 'PK\x03\x04') || has(head, 'PK\x05\x06'),
  // Legacy Office files (.doc, .xls, .ppt): the OLE compound file header.
  OLE: (head) => has(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  text: (head) => !head.includes(0),
  iCalendar: (head) => !head.includes(0) && /^(?:\uFEFF)?BEGIN:VCALENDAR/.test(utf8(head)),
  WebVTT: (head) => !head.includes(0) && /^(?:\uFEFF)?WEBVTT/.test(utf8(head)),
  MP3: (head) => has(head, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0),
  MP4: (head) => has(head, 'ftyp', 4),
  WebM: (head) => has(head, [0x1a, 0x45, 0xdf, 0xa3]),
  Ogg: (head) => has(head, 'OggS'),
};

/** @param {Uint8Array} head */
function utf8(head) {
  return Buffer.from(head).toString('utf8');
}
