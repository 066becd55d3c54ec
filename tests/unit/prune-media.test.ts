import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pruneMedia } from '@/scripts/post-export/prune-media.mjs';

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

describe('pruneMedia', () => {
  it('keeps the generated images a page names and deletes the others', () => {
    write('media/a-0123456789ab-480.webp');
    write('media/b-0123456789ab-480.webp');
    write('index.html', '<img src="/media/a-0123456789ab-480.webp">');
    pruneMedia(out);
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
    pruneMedia(out);
    expect(media()).toEqual(['c-0123456789ab-480.png']);
  });
});
