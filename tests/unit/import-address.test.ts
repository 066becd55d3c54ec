import { describe, expect, it } from 'vitest';
import {
  defaultPermalink,
  fileSlug,
  newsAddress,
  permalinkFromText,
  permalinkUrl,
} from '@/lib/import/address';
import { newsTargetPath } from '@/lib/import/layout';

describe('Eleventy addresses', () => {
  it('computes fileSlug as Eleventy does: no extension, no date prefix, index takes its folder', () => {
    expect(fileSlug('actualites/posts/actus/APNR2025.md')).toBe('APNR2025');
    expect(fileSlug('actualites/posts/2024-03-01-lancement.md')).toBe('lancement');
    expect(fileSlug('actualites/posts/videos/ICR/index.md')).toBe('ICR');
  });

  it('computes the default address: the path, x/x.md and x/index.md as x/', () => {
    expect(defaultPermalink('actualites/posts/a.md')).toBe('/actualites/posts/a/');
    expect(defaultPermalink('actualites/posts/a/a.md')).toBe('/actualites/posts/a/');
    expect(defaultPermalink('actualites/posts/a/index.md')).toBe('/actualites/posts/a/');
  });

  it('reads text permalinks with {{ page.fileSlug }} and normalises the address', () => {
    const permalink = permalinkFromText('actualites/{{ page.fileSlug }}/index.html');
    expect(permalink && permalinkUrl(permalink, 'S2E2')).toBe('/actualites/S2E2/');
    expect(permalinkFromText('/a/{{ title | slugify }}/')).toBeUndefined();
    expect(permalinkFromText('/a/{% if x %}b{% endif %}/')).toBeUndefined();
  });
});

describe('news addresses in this project', () => {
  it('is /actualites/ and the ASCII lower-case slug of the file name', () => {
    expect(newsAddress('actualites/podcasts/S2E2.md')).toBe('/actualites/s2e2/');
    expect(newsAddress('actualites/vieux/docref_pcr_datacenter.md')).toBe(
      '/actualites/docref-pcr-datacenter/',
    );
  });

  it('keeps the layout under posts/, and names an index.md after its folder', () => {
    expect(newsTargetPath('content/actualites/posts/actus/x/x.md')).toBe('actualites/actus/x/x.md');
    expect(newsTargetPath('content/actualites/posts/videos/ICR/index.md')).toBe(
      'actualites/videos/ICR/ICR.md',
    );
    expect(newsTargetPath('content/actualites/posts/index.md')).toBe('actualites/posts.md');
  });
});
