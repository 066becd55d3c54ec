import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '@/lib/config.mjs';
import { ExportSite } from '@/scripts/post-export/export-site.mjs';
import { leanHtml, parsePage } from '@/scripts/post-export/lean-html.mjs';
import { findBrokenLinks, pageLinks } from '@/scripts/post-export/link-check.mjs';
import { lean } from '@/scripts/post-export/lean.mjs';
import { removePlaceholders } from '@/scripts/post-export/remove-placeholders.mjs';

const dirs: string[] = [];
function exportOf(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-site-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** A page as Next exports it: the runtime's scripts and preloads, and a hidden Suspense marker. */
const NEXT_PAGE =
  '<!doctype html><html lang="fr"><head><link rel="preload" as="script" href="/_next/a.js">' +
  '<script src="/_next/a.js" async></script><link rel="stylesheet" href="/s.css"></head><body>' +
  '<div hidden id="S:0"><!--$--></div><h1 id="titre">T</h1><a href="/b/#haut">b</a>' +
  '<script>self.__next_f.push([1,"<a href=\\"/nulle-part/\\">"])</script>' +
  '<template><a id="dans-modele" href="/c/">c</a></template></body></html>';

const sorted = (links: { ids: Set<string>; links: { attribute: string; url: string }[] }) => ({
  ids: [...links.ids].sort(),
  links: links.links,
});

describe('one parse of a page for the lean step and the link check', () => {
  it('reads the same ids and links from the tree the lean step cut as from the lean page parsed again', () => {
    const parsed = parsePage(NEXT_PAGE);
    const { html, dropped } = leanHtml(NEXT_PAGE, { parsed });
    expect(dropped.size).toBeGreaterThan(0);
    const fromSameTree = pageLinks(parsed.document, dropped);
    const fromLeanPage = pageLinks(parse(html));
    expect(sorted(fromSameTree)).toEqual(sorted(fromLeanPage));
    expect(fromSameTree.ids.has('S:0')).toBe(false);
    expect(fromSameTree.links.map((l) => l.url)).toEqual(['/s.css', '/b/#haut', '/c/']);
  });

  it('reads links the lean step left and no link from what it cut', () => {
    const all = pageLinks(parse(NEXT_PAGE));
    expect(all.links.map((l) => l.url)).toContain('/_next/a.js');
    const parsed = parsePage(NEXT_PAGE);
    const { dropped } = leanHtml(NEXT_PAGE, { parsed });
    expect(pageLinks(parsed.document, dropped).links.map((l) => l.url)).not.toContain(
      '/_next/a.js',
    );
  });
});

describe('ExportSite: one list of the export, kept true by the steps', () => {
  it('lists the files once, in code-unit order, and follows what steps add and delete', () => {
    const dir = exportOf({ 'b/index.html': 'b', 'a.html': 'a', 'a/x.txt': 'x', 'Z.css': 'z' });
    const site = new ExportSite(dir);
    const rel = () => site.files().map((f) => path.relative(dir, f));
    expect(rel()).toEqual(['Z.css', 'a.html', 'a/x.txt', 'b/index.html']);
    site.write(path.join(dir, 'c', 'index.html'), '<p>c</p>');
    site.removeDir(path.join(dir, 'a'));
    site.remove(path.join(dir, 'Z.css'));
    expect(rel()).toEqual(['a.html', 'b/index.html', 'c/index.html']);
    expect(site.pages().map((f) => path.relative(dir, f))).toEqual([
      'a.html',
      'b/index.html',
      'c/index.html',
    ]);
    // The list agrees with the disk.
    expect(fs.existsSync(path.join(dir, 'a', 'x.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'c', 'index.html'), 'utf8')).toBe('<p>c</p>');
  });

  it('hands a written page on: the next step reads it from memory, not from disk', () => {
    const dir = exportOf({ 'index.html': 'avant' });
    const site = new ExportSite(dir);
    const file = path.join(dir, 'index.html');
    site.write(file, 'après');
    const read = vi.spyOn(fs, 'readFileSync');
    expect(site.read(file)).toBe('après');
    expect(read).not.toHaveBeenCalled();
  });

  it('lets the texts go before Pagefind, the pages then read from disk as written', () => {
    const dir = exportOf({ 'index.html': 'avant' });
    const site = new ExportSite(dir);
    const file = path.join(dir, 'index.html');
    site.write(file, 'après');
    site.releaseTexts();
    expect(site.texts.size).toBe(0);
    const read = vi.spyOn(fs, 'readFileSync');
    expect(site.read(file)).toBe('après');
    expect(read).toHaveBeenCalledWith(file, 'utf8');
  });

  it('parses a page for the link check once, and again only after it was rewritten', () => {
    const dir = exportOf({ 'index.html': '<a id="a"></a>' });
    const site = new ExportSite(dir);
    const file = path.join(dir, 'index.html');
    const parseLinks = vi.fn((html: string) => pageLinks(parse(html)));
    expect([...site.links(file, parseLinks).ids]).toEqual(['a']);
    expect([...site.links(file, parseLinks).ids]).toEqual(['a']);
    expect(parseLinks).toHaveBeenCalledTimes(1);
    site.write(file, '<a id="b"></a>');
    expect([...site.links(file, parseLinks).ids]).toEqual(['b']);
    expect(parseLinks).toHaveBeenCalledTimes(2);
  });
});

describe('the steps on one shared list', () => {
  it('the link check sees the files the steps before deleted as missing, without walking out/ again', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = exportOf({
      'index.html': NEXT_PAGE.replace('/b/#haut', '/actualites/tags/__vide__/'),
      'actualites/tags/__vide__/index.html': '<p></p>',
      'b/index.html': '<p id="haut"></p>',
      'c/index.html': '<p></p>',
      's.css': '',
      '_next/a.js': '',
    });
    const site = new ExportSite(dir);
    removePlaceholders(dir, { site });
    await lean(dir, { site, settings: readConfig({}), pagesWithJs: {}, log: () => {} });
    const readdir = vi.spyOn(fs, 'readdirSync');
    const broken = findBrokenLinks(dir, { site });
    expect(readdir).not.toHaveBeenCalled();
    expect(broken.map((b) => [b.url, b.reason])).toEqual([
      ['/actualites/tags/__vide__/', 'no page /actualites/tags/__vide__/'],
    ]);
    // The lean step deleted the chunk no page uses any more, from the disk and from the list.
    expect(fs.existsSync(path.join(dir, '_next', 'a.js'))).toBe(false);
    expect(site.has(path.join(dir, '_next', 'a.js'))).toBe(false);
  });
});

describe('the lean step on page threads', () => {
  it('writes the same pages and hands on the same links with threads as without', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const files: Record<string, string> = { 's.css': '', '_next/a.js': '' };
    for (let i = 0; i < 12; i++)
      files[`p${i}/index.html`] = NEXT_PAGE.replace('/b/#haut', `/p${(i + 1) % 12}/#titre`);
    const run = async (threads: number) => {
      const dir = exportOf(files);
      const site = new ExportSite(dir);
      const stats = await lean(dir, {
        site,
        settings: readConfig({}),
        pagesWithJs: {},
        log: () => {},
        threads,
      });
      const pages = site.pages().map((f) => ({
        page: path.relative(dir, f),
        html: fs.readFileSync(f, 'utf8'),
        handedOn: site.read(f),
        links: sorted(site.links(f, () => ({ ids: new Set(), links: [] }))),
      }));
      return { stats, pages };
    };
    const one = await run(1);
    const two = await run(2);
    expect(two).toEqual(one);
    expect(one.pages[0]!.html).not.toContain('__next_f');
    expect(one.pages[0]!.handedOn).toBe(one.pages[0]!.html);
    expect(one.pages[0]!.links.ids).toEqual(['dans-modele', 'titre']);
  });
});
