import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { leanHtml, parsePage, referencedUrls } from '@/scripts/post-export/lean-html.mjs';
import { withoutBasePath } from '@/lib/config.mjs';

/** A page exactly as Next 16 exported it (the site's 404 page, before the lean step). */
const NEXT_PAGE = fs.readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'lean', 'next16-export-404.html'),
  'utf8',
);

const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end) + end.length);

describe('leanHtml on a page exported by Next 16', () => {
  const { html, removed } = leanHtml(NEXT_PAGE);

  it('the fixture really holds the Next runtime (else this suite proves nothing)', () => {
    expect(NEXT_PAGE).toContain('self.__next_f');
    expect(NEXT_PAGE).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
    expect(NEXT_PAGE).toMatch(/<link rel="preload" as="script"/);
  });

  it('removes every script: chunks, the nomodule polyfill, the inline RSC payload and bootstrap', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(removed.scripts).toBeGreaterThanOrEqual(5);
    expect(removed.inlineScripts).toBeGreaterThanOrEqual(2);
  });

  it('removes script preloads and keeps the stylesheet', () => {
    expect(html).not.toMatch(/as="script"/);
    expect(removed.preloads).toBe(1);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"/);
  });

  it('removes the empty hidden div Next leaves for its Suspense markers', () => {
    expect(NEXT_PAGE).toContain('<div hidden="">');
    expect(html).not.toContain('<div hidden="">');
  });

  it('leaves the rest of the page byte for byte', () => {
    const main = between(NEXT_PAGE, '<main', '</main>');
    expect(main.length).toBeGreaterThan(200);
    expect(html).toContain(main);
    expect(html).toContain(between(NEXT_PAGE, '<header', '</header>'));
    expect(html).toContain(between(NEXT_PAGE, '<title>', '</title>'));
    expect(html.startsWith('<!DOCTYPE html><html lang="fr">')).toBe(true);
    expect(html.endsWith('</body></html>')).toBe(true);
  });

  it('is idempotent', () => {
    expect(leanHtml(html).html).toBe(html);
  });
});

describe('leanHtml with declared scripts', () => {
  const page = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/base/_next/static/a.css"/>
<link rel="preload" as="script" href="/base/recherche.js"/><link rel="modulepreload" href="/base/_next/x.js"/>
<script src="/base/_next/static/chunks/main.js" async=""></script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
<body><main>Recherche</main><script src="/base/recherche.js?v=2" defer></script>
<script>self.__next_f.push([1,"x"])</script><script src="/base/pagefind/pagefind-ui.js"></script></body></html>`;

  it('keeps the scripts the page declares, under the base path, and their preloads', () => {
    const { html, kept, urls } = leanHtml(page, {
      keep: ['/recherche.js', '/pagefind/pagefind-ui.js'],
      basePath: '/base',
    });
    expect(kept).toEqual(['/recherche.js', '/pagefind/pagefind-ui.js']);
    expect(html).toContain('<script src="/base/recherche.js?v=2" defer></script>');
    expect(html).toContain('<script src="/base/pagefind/pagefind-ui.js"></script>');
    expect(html).toContain('<link rel="preload" as="script" href="/base/recherche.js"/>');
    expect(urls).toEqual(
      expect.arrayContaining(['/base/_next/static/a.css', '/base/recherche.js?v=2']),
    );
    expect(urls).not.toContain('/base/_next/static/chunks/main.js');
    expect(html).not.toContain('main.js');
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('__next_f');
  });

  it('keeps structured data, which is not code', () => {
    expect(leanHtml(page).html).toContain('<script type="application/ld+json">');
  });

  it('removes declared scripts on pages that do not declare them', () => {
    const { html } = leanHtml(page, { basePath: '/base' });
    expect(html).not.toContain('recherche.js');
    expect(html).not.toContain('pagefind-ui.js');
  });

  it('is not fooled by script-like text in content', () => {
    const text =
      '<p>Le code &lt;script src="/_next/x.js"&gt; est retiré.</p><pre>self.__next_f</pre>';
    const { html } = leanHtml(`<!DOCTYPE html><html><head></head><body>${text}</body></html>`);
    expect(html).toContain(text);
  });
});

describe('withoutBasePath and referencedUrls', () => {
  it('strips the base path and the query, ignores other origins', () => {
    expect(withoutBasePath('/base/_next/a.js?x=1', '/base')).toBe('/_next/a.js');
    expect(withoutBasePath('/basement/a.js', '/base')).toBe('/basement/a.js');
    expect(withoutBasePath('https://example.org/a.js', '')).toBeUndefined();
    expect(withoutBasePath('//cdn.example.org/a.js', '')).toBeUndefined();
  });

  it('lists every srcset candidate of a picture', () => {
    const urls = referencedUrls(
      '<picture><source srcset="/media/a-480.avif 480w, /media/a-960.avif 960w"/><img src="/media/a.png" alt=""></picture>',
    );
    expect(urls).toEqual(['/media/a-480.avif', '/media/a-960.avif', '/media/a.png']);
  });
});

describe('parsePage: inline scripts parsed empty, offsets mapped back', () => {
  const wholeParse = (html: string) => ({
    document: parse(html, { sourceCodeLocationInfo: true }),
    sourceOffset: (o: number) => o,
  });
  const same = (html: string) => {
    const fast = leanHtml(html, { parsed: parsePage(html) });
    const slow = leanHtml(html, { parsed: wholeParse(html) });
    expect(fast.html).toBe(slow.html);
    expect(fast.removed).toEqual(slow.removed);
    expect(fast.urls).toEqual(slow.urls);
    return fast.html;
  };

  it('gives the lean page of the whole parse on a page exported by Next 16', () => {
    expect(NEXT_PAGE.match(/<script>/g)?.length).toBeGreaterThan(1);
    expect(same(NEXT_PAGE)).not.toContain('__next_f');
  });

  it('is not fooled by script tags that are not scripts: text of a textarea, a comment, an attribute, noscript', () => {
    const body = (inner: string) =>
      `<!doctype html><html><head><title>t</title></head><body>${inner}<script>self.__next_f.push([1,"x"])</script></body></html>`;
    for (const inner of [
      '<textarea><script>a()</script></textarea>',
      '<!-- <script>a()</script> -->',
      '<p title="<script>a()</script>">p</p>',
      '<noscript><script>a()</script></noscript>',
      '<svg><script>a()</script></svg>',
      '<script>var s = "<!--"; </script><p>apres</p>',
      '<script>a("</SCRIPT>")</script><p>apres</p>',
      '<template><script>a()</script></template>',
    ]) {
      const lean = same(body(inner));
      expect(lean, inner).not.toContain('__next_f');
    }
  });
});
