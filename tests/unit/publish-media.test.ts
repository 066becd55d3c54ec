import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishMedia } from '@/scripts/post-export/publish-media.mjs';

let out: string;
const write = (rel: string, text = 'x') => {
  fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  fs.writeFileSync(path.join(out, rel), text);
};
const media = () => fs.readdirSync(path.join(out, 'media')).sort();

beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-media-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  fs.rmSync(out, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('publishMedia', () => {
  it('keeps the generated images a page names and deletes the others', () => {
    write('media/a-0123456789ab-480.webp');
    write('media/b-0123456789ab-480.webp');
    write('index.html', '<img src="/media/a-0123456789ab-480.webp">');
    publishMedia(out, { cacheDir: path.join(out, 'no-cache') });
    expect(media()).toEqual(['a-0123456789ab-480.webp']);
  });

  it('deletes from /media/ any file of a type the image pipeline never writes, even one a page names', () => {
    // What older builds copied as it was: an SVG, a polyglot named .js, a half-written file.
    write('media/logo-0123456789ab.svg');
    write('media/poly-0123456789ab.js');
    write('media/c-0123456789ab-480.png.123.tmp');
    write('media/c-0123456789ab-480.png');
    write(
      'index.html',
      '<img src="/media/logo-0123456789ab.svg"><script src="/media/poly-0123456789ab.js"></script><img src="/media/c-0123456789ab-480.png">',
    );
    publishMedia(out, { cacheDir: path.join(out, 'no-cache') });
    expect(media()).toEqual(['c-0123456789ab-480.png']);
  });
});

describe('publishMedia from the cache the build keeps', () => {
  it('copies into the export the generated images its files name, and no other', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'media-cache-'));
    try {
      for (const name of [
        'a-0123456789ab-480.webp',
        'b-0123456789ab-480.webp',
        'c-0123456789ab-960.avif',
        'logo-0123456789ab.svg',
      ])
        fs.writeFileSync(path.join(cache, name), name);
      write(
        'index.html',
        '<img src="/media/a-0123456789ab-480.webp"><img src="/media/logo-0123456789ab.svg">',
      );
      write('feed.xml', '<enclosure url="https://example.org/media/c-0123456789ab-960.avif"/>');
      const result = publishMedia(out, { cacheDir: cache });
      expect(media()).toEqual(['a-0123456789ab-480.webp', 'c-0123456789ab-960.avif']);
      expect(result).toMatchObject({ copied: 2, deleted: 0 });
      expect(fs.readFileSync(path.join(out, 'media', 'a-0123456789ab-480.webp'), 'utf8')).toBe(
        'a-0123456789ab-480.webp',
      );
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('copies nothing a page names outside the cache folder', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'media-cache-'));
    try {
      fs.mkdirSync(path.join(cache, 'sub'));
      fs.writeFileSync(path.join(cache, 'sub', 'x-0123456789ab-480.webp'), 'x');
      write(
        'index.html',
        '<img src="/media/sub/x-0123456789ab-480.webp"><img src="/media/..%2Fy-0123456789ab-480.webp">',
      );
      expect(publishMedia(out, { cacheDir: cache })).toMatchObject({ copied: 0 });
      expect(fs.existsSync(path.join(out, 'media'))).toBe(false);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
