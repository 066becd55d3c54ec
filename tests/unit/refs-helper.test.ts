import { describe, expect, it } from 'vitest';
import { cssRefs, htmlRefs, jsonStrings, textRefs } from '../helpers/refs';

/** The base-path build test is only as good as the references it finds: these must be found. */
describe('reference extraction used by the base-path build test', () => {
  it('finds href, src, every srcset candidate and URL-like content attributes in HTML', () => {
    const html = `<link rel="stylesheet" href="/_next/a.css"/><img src="/media/x-480.png" srcSet="/media/x-480.avif 480w, /media/x-960.avif 960w"/>
      <meta property="og:image" content="https://site.fr/img/og.png"/><meta name="description" content="Un texte"/>
      <a href="/actualites/?a=1&amp;b=2">x</a><style>body{background:url('/img/bg.png')}</style>`;
    expect(htmlRefs(html)).toEqual([
      '/_next/a.css',
      '/media/x-480.png',
      '/media/x-480.avif',
      '/media/x-960.avif',
      'https://site.fr/img/og.png',
      '/actualites/?a=1&b=2',
      '/img/bg.png',
    ]);
  });

  it('finds url() in CSS, quoted or not, and skips data URLs', () => {
    expect(
      cssRefs(`a{b:url(/f.woff2)}c{d:url("/g.svg")}e{f:url(data:image/png;base64,xx)}`),
    ).toEqual(['/f.woff2', '/g.svg']);
  });

  it('finds absolute URLs and embedded HTML attributes in feeds', () => {
    const xml = `<link>https://site.fr/a/</link><content:encoded><![CDATA[<img src="/b.png">]]></content:encoded>`;
    expect(textRefs(xml)).toEqual(['https://site.fr/a/', '/b.png']);
    expect(jsonStrings({ a: ['x', { b: 'y' }], c: 1 })).toEqual(['x', 'y']);
  });
});
