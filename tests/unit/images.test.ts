import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { MEDIA_DIR, optimizeImage, type OptimizedImage } from '@/lib/media/images';
import { imageFormatOf } from '@/lib/media/sniff.mjs';

const FIXTURE = 'tests/fixtures/hostile-files/image-polyglot';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'images-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every URL an optimised image gives the page: fallback, fallback srcset, sources. */
function urls(image: OptimizedImage): string[] {
  const sets = [image.srcset ?? '', ...image.sources.map((s) => s.srcset)];
  const fromSets = sets.flatMap((set) =>
    set
      .split(', ')
      .filter(Boolean)
      .map((c) => c.split(' ')[0]!),
  );
  return [...new Set([image.src, ...fromSets])];
}

const fileOf = (url: string) => path.join(MEDIA_DIR, url.replace(/^\/media\//, ''));
const EXT_FORMAT: Record<string, string> = {
  avif: 'avif',
  webp: 'webp',
  png: 'png',
  jpg: 'jpeg',
  gif: 'gif',
};

/** Each file is named after the format its bytes are, and that format is a raster one. */
function expectNamedByBytes(image: OptimizedImage) {
  for (const url of urls(image)) {
    const ext = path.extname(url).slice(1);
    expect(Object.keys(EXT_FORMAT), url).toContain(ext);
    expect(imageFormatOf(fs.readFileSync(fileOf(url))), url).toBe(EXT_FORMAT[ext]);
  }
}

describe('optimizeImage on content that is hostile', () => {
  it('publishes a GIF/JavaScript polyglot named .js as images named after their format, never .js', async () => {
    const image = await optimizeImage(path.resolve(FIXTURE, 'actualites/poly.js'));
    expect(image.src).toMatch(/^\/media\/poly-[0-9a-f]{12}-4\.png$/);
    expect(image.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(urls(image).some((url) => url.endsWith('.js'))).toBe(false);
    expectNamedByBytes(image);
  });

  it('draws an SVG holding scripts into bitmaps at twice its size, shown at its own size', async () => {
    const image = await optimizeImage(path.resolve(FIXTURE, 'actualites/pic.svg'));
    expect(image).toMatchObject({ width: 120, height: 60 });
    expect(image.src).toMatch(/^\/media\/pic-[0-9a-f]{12}-240\.png$/);
    expect(urls(image).some((url) => url.endsWith('.svg'))).toBe(false);
    expectNamedByBytes(image);
    const drawn = await sharp(fileOf(image.src)).metadata();
    expect([drawn.format, drawn.width, drawn.height]).toEqual(['png', 240, 120]);
  });

  it('draws an SVG that wraps a bitmap (the mission’s video thumbnails) as AVIF and WebP', async () => {
    const image = await optimizeImage(path.resolve(FIXTURE, 'actualites/vignette.svg'));
    expect(image).toMatchObject({ width: 390, height: 220 });
    expect(image.sources.map((s) => s.srcset)).toEqual([
      expect.stringMatching(
        /^\/media\/vignette-[0-9a-f]{12}-480\.avif 480w, \/media\/vignette-[0-9a-f]{12}-780\.avif 780w$/,
      ),
      expect.stringMatching(
        /^\/media\/vignette-[0-9a-f]{12}-480\.webp 480w, \/media\/vignette-[0-9a-f]{12}-780\.webp 780w$/,
      ),
    ]);
    expectNamedByBytes(image);
  });

  it('keeps an animated GIF animated: animated WebP, and a GIF re-encoded by sharp', async () => {
    const image = await optimizeImage(path.resolve(FIXTURE, 'actualites/animation.gif'));
    expect(image.src).toMatch(/^\/media\/animation-[0-9a-f]{12}-8\.gif$/);
    expect(image).toMatchObject({ width: 8, height: 6, srcset: undefined });
    expect(image.sources.map((s) => s.type)).toEqual(['image/webp']);
    expectNamedByBytes(image);
    const webp = fileOf(image.sources[0]!.srcset.split(' ')[0]!);
    expect((await sharp(webp, { animated: true }).metadata()).pages).toBe(2);
    // The source carries a script after its last frame; the published GIF is sharp's, without it.
    const gif = fs.readFileSync(fileOf(image.src));
    expect(
      fs.readFileSync(path.resolve(FIXTURE, 'actualites/animation.gif')).includes('<script>'),
    ).toBe(true);
    expect(gif.includes('<script>')).toBe(false);
    expect((await sharp(gif, { animated: true }).metadata()).pages).toBe(2);
  });

  it('stops on a file that is no image with its path, not a stack trace from sharp', async () => {
    const file = path.resolve('tests/fixtures/hostile-files/not-an-image/actualites/script.js');
    await expect(optimizeImage(file)).rejects.toThrow(
      'tests/fixtures/hostile-files/not-an-image/actualites/script.js:1: image: is not an image (its bytes are not JPEG, PNG, WebP, GIF, AVIF or SVG): use an image file',
    );
  });

  it('stops on an SVG that sharp refuses (an entity bomb), naming the file', async () => {
    let entities = '<!ENTITY a0 "lollollollol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const file = path.join(tmp, 'bombe.svg');
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?><!DOCTYPE svg [${entities}]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&a9;</text></svg>`,
    );
    await expect(optimizeImage(file)).rejects.toThrow(
      new RegExp(
        `${path.relative(process.cwd(), file)}:1: image: could not be read as an image \\(.*entity.*\\): replace it`,
      ),
    );
  });
});

describe('imageFormatOf agrees with sharp', () => {
  const create = () => sharp({ create: { width: 4, height: 3, channels: 3, background: '#36c' } });
  const samples: [string, () => Promise<Buffer>, string | undefined][] = [
    ['jpeg', () => create().jpeg().toBuffer(), 'jpeg'],
    ['png', () => create().png().toBuffer(), 'png'],
    ['webp', () => create().webp().toBuffer(), 'webp'],
    ['gif', () => create().gif().toBuffer(), 'gif'],
    ['avif', () => create().avif().toBuffer(), 'heif'],
    ['tiff', () => create().tiff().toBuffer(), 'tiff'],
    [
      'svg',
      async () =>
        Buffer.from(
          '<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>',
        ),
      'svg',
    ],
  ];
  for (const [name, make, sharpFormat] of samples) {
    it(`recognises ${name} as sharp does`, async () => {
      const bytes = await make();
      expect((await sharp(bytes).metadata()).format).toBe(sharpFormat);
      expect(imageFormatOf(bytes)).toBe(name === 'tiff' ? undefined : name);
    });
  }

  it('does not take HTML, JavaScript or a text that merely mentions <svg> for an image', () => {
    for (const text of [
      '<!doctype html><svg></svg>',
      'alert(1)//<svg xmlns="http://www.w3.org/2000/svg"/>',
      `<!-- ${'x'.repeat(1200)} --><svg xmlns="http://www.w3.org/2000/svg"/>`,
    ]) {
      expect(imageFormatOf(Buffer.from(text)), text.slice(0, 30)).toBeUndefined();
    }
  });
});
