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
});
