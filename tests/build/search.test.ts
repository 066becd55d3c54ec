import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES_WITH_JS } from '@/lib/pages-with-js.mjs';
import { htmlPages, readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/** The site built from the default content/, shared with the browser tests. */
let build: BuildResult;

beforeAll(() => {
  build = siteBuild('site');
});

/** Attributes of the first `<tag>` of some HTML. */
function attributes(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\b([^>]*)>`, 'i').exec(html)?.[1] ?? '';
  return Object.fromEntries([...open.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Every script a page references: `src` of external ones, `inline` for inline ones. */
function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\btype="application\/(ld\+)?json"/i.test(attributes)) continue;
    const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
    scripts.push(src ?? 'inline');
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi)) {
    if (/\bas="script"|modulepreload/i.test(match[0])) scripts.push(match[0]);
  }
  return scripts;
}

describe('search index and search page in out/', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes the Pagefind index in French, without the ready-made interfaces', () => {
    const dir = path.join(build.outDir, 'pagefind');
    expect(fs.existsSync(path.join(dir, 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = htmlPages(build.outDir);
    const marked = pages.filter((p) =>
      /<[a-z][^>]*\sdata-pagefind-body/.test(readPage(build.outDir, p)),
    );
    const newsPages = pages.filter((p) =>
      /^\/actualites\/(?!page\/|tags\/|series\/)[^/]+\/$/.test(p),
    );
    expect(newsPages.length).toBeGreaterThan(10);
    expect(marked).toEqual(expect.arrayContaining(newsPages));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr?.page_count).toBe(marked.length);
    const files = fs.readdirSync(dir);
    expect(files.some((f) => f.startsWith('wasm.fr'))).toBe(true);
    expect(
      files.filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)),
    ).toEqual([]);
  });

  it('marks only the main content of news posts for indexing, with type, tags and year', () => {
    const html = readPage(build.outDir, '/actualites/hop-mois-numerique-durable/');
    expect(html.match(/<[a-z][^>]*\sdata-pagefind-body/g)).toHaveLength(1);
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body.indexOf('data-pagefind-body')).toBeLessThan(body.indexOf('<h1'));
    expect(html.indexOf('<header')).toBeLessThan(html.indexOf('data-pagefind-body'));
    expect(html).toContain('<span data-pagefind-filter="type">Actualité</span>');
    expect(html).toContain('<span data-pagefind-filter="year">2022</span>');
    expect(html).toContain('<span data-pagefind-meta="date">2022-06-09</span>');
    expect(html).toMatch(/<nav aria-label="Fil d’Ariane"[^>]*data-pagefind-ignore/);
    for (const page of ['/', '/actualites/', '/actualites/tags/', '/recherche/', '/404.html']) {
      expect(readPage(build.outDir, page), page).not.toContain('data-pagefind-body');
    }
  });

  it('serves a search page with a labelled GET form, a live status and a no-JavaScript message', () => {
    const html = readPage(build.outDir, '/recherche/');
    expect(html).toMatch(/<form role="search"[^>]*action="\/recherche\/" method="get"/);
    expect(html).toMatch(/<label for="recherche-q"[^>]*>Rechercher dans/);
    expect(html).toMatch(/<input id="recherche-q" type="search"[^>]*name="q"/);
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toContain('La recherche a besoin de JavaScript');
    expect(html).toContain('href="/plan-du-site/"');
    expect(html).toContain('href="/actualites/tags/"');
    expect(html).toContain('<script type="module" src="/recherche/recherche.js"></script>');
    expect(fs.existsSync(path.join(build.outDir, 'recherche', 'recherche.js'))).toBe(true);
  });

  it('puts a plain search form to /recherche/ in the header of every page', () => {
    for (const page of htmlPages(build.outDir)) {
      const html = readPage(build.outDir, page);
      const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      const form = attributes(header, 'form');
      expect(form, page).toMatchObject({ role: 'search', action: '/recherche/', method: 'get' });
      expect(header, page).toContain('>Rechercher dans le site</label>');
      expect(attributes(header, 'input'), page).toMatchObject({
        id: 'recherche-entete',
        type: 'search',
        name: 'q',
      });
    }
  });

  // Holds once the lean step (which strips the Next runtime) is in the build.
  it('references no script on any page but /recherche/, which keeps only its own', () => {
    const offenders: string[] = [];
    for (const page of htmlPages(build.outDir)) {
      const scripts = scriptsOf(readPage(build.outDir, page));
      const allowed = PAGES_WITH_JS[page] ?? [];
      const extra = scripts.filter((s) => !allowed.includes(s));
      if (extra.length) offenders.push(`${page}: ${extra.slice(0, 3).join(', ')}`);
    }
    expect(offenders).toEqual([]);
    expect(scriptsOf(readPage(build.outDir, '/recherche/'))).toEqual(['/recherche/recherche.js']);
  });
});
