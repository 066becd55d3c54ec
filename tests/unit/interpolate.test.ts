import { describe, expect, it } from 'vitest';
import { interpolate } from '@/lib/content/interpolate';

describe('interpolate', () => {
  it('replaces keys with or without spaces, and {path, alt} images by their path', () => {
    const data = { image: { path: '/img/a.png', alt: 'A' }, link: 'https://x.org/', n: 3 };
    expect(interpolate('f.md', '![]({{ image }}) [l]({{link}}) {{ n }}', 10, data)).toEqual({
      body: '![](/img/a.png) [l](https://x.org/) 3',
      problems: [],
    });
  });

  it('reads dotted keys in the front matter', () => {
    expect(
      interpolate('f.md', '{{ image.alt }}', 1, { image: { path: 'p', alt: 'Texte' } }).body,
    ).toBe('Texte');
  });

  it('removes the former site’s global data with a warning', () => {
    const result = interpolate('f.md', 'a\n<a href="{{ metadata.x.url }}">b</a>', 20, {});
    expect(result.body).toBe('a\n<a href="">b</a>');
    expect(result.problems).toMatchObject([
      { file: 'f.md', line: 21, column: 10, severity: 'warning', rule: 'interpolation-legacy' },
    ]);
  });

  it('reports unknown keys and non-text values as errors, leaving the text', () => {
    const result = interpolate('f.md', '{{ nope }} {{ tags }}', 5, { tags: ['a'] });
    expect(result.body).toBe('{{ nope }} {{ tags }}');
    expect(result.problems.map((p) => p.message)).toEqual([
      '« {{ nope }} »: no front matter field « nope » (add it, or write the value itself)',
      '« {{ tags }} »: the field « tags » is not a text',
    ]);
  });
});
