import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '@/scripts/measure/page-weight.mjs';

const page = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>T</title>
<link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="icon" href="/icon.svg" type="image/svg+xml">
<script type="application/ld+json">{}</script></head><body>
<svg viewBox="0 0 2 2"><circle r="1"/><path d="M0 0"/></svg>
<picture><source type="image/avif" srcset="/media/x-480.avif 480w, /media/x-960.avif 960w">
<source type="image/webp" srcset="/media/x-480.webp 480w"><img src="/media/x-960.png" srcset="/media/x-480.png 480w" alt=""></picture>
<img src="/media/y.svg" alt=""><script>self.__next_f=[]</script></body></html>`;

describe('analyzeHtml', () => {
  const result = analyzeHtml(page);

  it('counts elements as EcoIndex does, without the inside of inline SVG', () => {
    // html head meta title link link script body svg picture source source img img script
    expect(result.dom).toBe(15);
  });

  it('finds the stylesheet, the icon, and code but not structured data', () => {
    expect(result.stylesheets).toEqual(['/_next/static/chunks/a.css']);
    expect(result.icons).toEqual(['/icon.svg']);
    expect(result.scripts).toEqual([]);
    expect(result.inlineScripts).toHaveLength(1);
    expect(result.inlineRsc).toBe(true);
  });

  it('takes the largest AVIF candidate of a picture, the src of a plain image', () => {
    expect(result.images).toEqual(['/media/x-960.avif', '/media/y.svg']);
  });

  it('tells the page’s own content (inside <main>) and its tables from the rest', () => {
    const doc = `<html><head><title>T</title></head><body><header><a href="/">S</a></header>
<main><h1>T</h1><table><tr><td>1</td><td>2</td></tr></table><p>x</p></main><footer><p>f</p></footer></body></html>`;
    const { dom, mainDom, tableDom } = analyzeHtml(doc);
    // html head title body header a main h1 table tbody tr td td p footer p
    expect(dom).toBe(16);
    // main h1 table tbody tr td td p
    expect(mainDom).toBe(8);
    // table tbody tr td td
    expect(tableDom).toBe(5);
  });
});
