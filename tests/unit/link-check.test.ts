import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '@/lib/config.mjs';
import { findBrokenLinks, formatBrokenLink, linkCheck } from '@/scripts/post-export/link-check.mjs';

/** Writes a small exported site: `{ 'a/index.html': '<a href=...>' }`. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="fr"><body>${body}</body></html>`;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the link check of the exported site', () => {
  it('accepts links to pages, files, folders, ids and external sites', () => {
    const dir = site({
      'index.html': page(
        '<a href="/actualites/">a</a><a href="/actualites/x/#suite">b</a><a href="#haut">c</a>' +
          '<a href="https://example.org/absent/">d</a><a href="mailto:x@example.org">e</a>' +
          '<img src="/img/a.png" srcset="/img/a.png 1x, /img/b%20c.png 2x" alt=""><a href="actualites/x">f</a>' +
          '<link rel="preconnect" href="/nowhere/"><h1 id="haut">t</h1>',
      ),
      'actualites/index.html': page(
        '<a href="x/">x</a><a href="../">up</a><a href="?page=2">q</a>',
      ),
      'actualites/x/index.html': page(
        '<h2 id="suite">s</h2><a href="/docs/guide.pdf#page=2">pdf</a>',
      ),
      'docs/guide.pdf': '%PDF',
      'img/a.png': 'png',
      'img/b c.png': 'png',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing id, with the pages they are on', () => {
    const dir = site({
      'index.html': page(
        '<a href="/plan-du-site/">p</a><img src="/img/absente.png" alt=""><a href="/a/#nulle-part">f</a>',
      ),
      'a/index.html': page('<a href="/plan-du-site/">p</a><a href="#ici">i</a><p id="la">x</p>'),
    });
    const broken = findBrokenLinks(dir);
    expect(broken.map(formatBrokenLink)).toEqual([
      '« #ici » (href): no id « ici » on this page; on page /a/',
      '« /a/#nulle-part » (href): no id « nulle-part » on /a/; on page /',
      '« /img/absente.png » (src): no file /img/absente.png; on page /',
      '« /plan-du-site/ » (href): no page /plan-du-site/; on 2 pages /, /a/',
    ]);
  });

  it('checks links under the base path, and refuses site links outside it', () => {
    const dir = site({
      'index.html': page(
        '<a href="/sous/actualites/">ok</a><a href="/actualites/">hors</a><img src="/sous/img/a.png" alt="">',
      ),
      'actualites/index.html': page(''),
      'img/a.png': 'png',
    });
    expect(findBrokenLinks(dir, { basePath: '/sous' }).map(formatBrokenLink)).toEqual([
      '« /actualites/ » (href): outside the base path /sous; on page /',
    ]);
  });

  it('fails the build step, listing page and link, unless LINKS=warn', () => {
    const dir = site({ 'index.html': page('<a href="/absente/">x</a>') });
    expect(() => linkCheck(dir, { settings: readConfig({}) })).toThrow(
      /1 broken internal link in the exported site:\n {2}« \/absente\/ » \(href\): no page \/absente\/; on page \//,
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => linkCheck(dir, { settings: readConfig({ LINKS: 'warn' }) })).not.toThrow();
    expect(warn.mock.calls[0]?.[0]).toContain('« /absente/ »');
  });
});
