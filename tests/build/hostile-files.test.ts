import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES_WITH_JS } from '@/lib/pages-with-js.mjs';
import { svgActiveContent } from '@/lib/media/public-files.mjs';
import { imageFormatOf, readHead } from '@/lib/media/sniff.mjs';
import { readPage, type BuildResult } from '../helpers/build';
import { HOSTILE_SOURCES, siteBuild } from '../helpers/builds';

/** The images and documents of this fixture, built with the rest of the hostile content. */
const SOURCE = HOSTILE_SOURCES.files;

/** Every entry of the export, links included (not followed), as paths relative to out/. */
function entries(outDir: string): { rel: string; link: boolean; file: boolean }[] {
  return fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).map((d) => ({
    rel: path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'),
    link: d.isSymbolicLink(),
    file: d.isFile(),
  }));
}

const RASTER_EXT: Record<string, string> = {
  avif: 'avif',
  webp: 'webp',
  png: 'png',
  jpg: 'jpeg',
  gif: 'gif',
};

let built: BuildResult;
beforeAll(() => {
  built = siteBuild('hostile');
});

describe('a build of content whose images are also code (SVG with scripts, a GIF/JS polyglot)', () => {
  it('succeeds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('publishes no link, and no script but the site’s own', () => {
    const all = entries(built.outDir);
    expect(all.filter((e) => e.link)).toEqual([]);
    const ownScripts = Object.values(PAGES_WITH_JS)
      .flat()
      .map((url) => url.slice(1));
    const scripts = all
      .filter((e) => e.file && /\.[mc]?js$/i.test(e.rel))
      .map((e) => e.rel)
      .filter((rel) => !/^(?:_next|pagefind)\//.test(rel) && !ownScripts.includes(rel));
    expect(scripts).toEqual([]);
  });

  it('publishes no SVG that could run code or load another file', () => {
    const svgs = entries(built.outDir).filter((e) => e.file && e.rel.endsWith('.svg'));
    // The site's icon (and Next's copy of it) and the content's own clean logo: nothing else,
    // nothing from a page image.
    const outsideNext = svgs.map((e) => e.rel).filter((rel) => !rel.startsWith('_next/'));
    expect(outsideNext.sort()).toEqual(['icon.svg', 'img/logo.svg']);
    for (const { rel } of svgs) {
      expect(svgActiveContent(fs.readFileSync(path.join(built.outDir, rel))), rel).toBeUndefined();
    }
  });

  it('names every optimised image after the format its bytes are', () => {
    const media = entries(built.outDir).filter((e) => e.file && e.rel.startsWith('media/'));
    expect(media.length).toBeGreaterThan(0);
    for (const { rel } of media) {
      const ext = path.extname(rel).slice(1);
      expect(Object.keys(RASTER_EXT), rel).toContain(ext);
      expect(imageFormatOf(readHead(path.join(built.outDir, rel))), rel).toBe(RASTER_EXT[ext]);
    }
  });

  it('shows the SVG, the polyglot and the animation as images of /media/, and the thumbnail as a raster', () => {
    const html = readPage(built.outDir, '/actualites/images-piegees/');
    const urls = [...html.matchAll(/\b(?:src|srcSet)="([^"]+)"/g)].flatMap(([, value]) =>
      (value ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? ''),
    );
    const images = urls.filter((url) => url.startsWith('/media/'));
    for (const stem of ['pic', 'poly', 'animation', 'vignette', 'photo']) {
      expect(
        images.some((url) => url.startsWith(`/media/${stem}-`)),
        stem,
      ).toBe(true);
    }
    expect(urls.filter((url) => /\.(?:svg|js)$/.test(url))).toEqual([]);
    expect(images.some((url) => /^\/media\/vignette-[0-9a-f]{12}-780\.avif$/.test(url))).toBe(true);
    expect(html).not.toContain('alert(');
  });

  it('copies the content’s documents and clean SVG as they are', () => {
    for (const file of [
      'docs/rapport.pdf',
      'docs/donnees.csv',
      'docs/donnees.json',
      'img/logo.svg',
    ]) {
      const published = fs.readFileSync(path.join(built.outDir, file));
      expect(published.equals(fs.readFileSync(path.join(SOURCE, 'public', file))), file).toBe(true);
    }
  });
});

describe('a build of content whose public/ folder holds code', () => {
  it('stops at the check, naming each file, and writes no site', () => {
    const failed = siteBuild('hostile-files-public');
    expect(failed.status).toBe(1);
    for (const line of [
      'public-script/public/evil.js:1: public: .js files are not published',
      'public-script/public/img/evil.svg:1: public: the SVG contains <script>',
      'public-script/public/redirect.html:1: public: .html files are not published',
    ]) {
      expect(failed.output).toContain(`tests/fixtures/hostile-files/${line}`);
    }
    expect(failed.output).toContain('Build stopped');
    expect(fs.existsSync(failed.outDir)).toBe(false);
  });
});
