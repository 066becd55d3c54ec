import { describe, expect, it } from 'vitest';
import type { Defaults } from '@/lib/import/cascade';
import { mapNewsPost, type NewsPostInput } from '@/lib/import/news-post';

/** The defaults of eleventy-dsfr's posts.11tydata.js. */
const POSTS_DEFAULTS: Defaults = {
  tags: ['posts'],
  values: { layout: 'layouts/post.njk' },
  permalink: {
    value: { parts: ['/actualites/', { fileSlug: true }, '/'] },
    file: 'content/actualites/posts/posts.11tydata.js',
  },
};

const SOURCE_FILES = new Set([
  'content/actualites/posts/img/a.webp',
  'content/actualites/posts/actus/x/x.webp',
  'content/img/outside.webp',
  'public/img/banner.webp',
]);

function map(sourcePath: string, source: string, defaults: Defaults = POSTS_DEFAULTS) {
  const input: NewsPostInput = {
    sourcePath,
    source,
    defaults,
    exists: (p) => SOURCE_FILES.has(p),
    copied: (p) => SOURCE_FILES.has(p) && p.startsWith('content/actualites/posts/'),
  };
  return mapNewsPost(input);
}

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;

describe('mapNewsPost', () => {
  it('copies a post whose address does not change byte for byte, with no note', () => {
    const source = `---
title: "Semaine NumEco 2026 : 2ème édition"
description: Une semaine d’événements
date: 2026-02-12
image:
    path: ../img/a.webp
    alt: ""
tags:
  - 'MiNumEco'
  - 'Formation'
layout: layouts/post.njk
---

Texte {{ title }}.
`;
    const post = map('content/actualites/posts/actus/semainenumeco2026.md', source);
    expect(post).toMatchObject({
      targetPath: 'actualites/actus/semainenumeco2026.md',
      text: source,
      newAddress: '/actualites/semainenumeco2026/',
      oldAddress: '/actualites/semainenumeco2026/',
      aliases: [],
      notes: [],
    });
  });

  it('keeps the former address as an alias when the new one differs, and points at its line', () => {
    const source = '---\ntitle: S2E2\ndate: 2025-06-01\n---\nCorps\n';
    const post = map('content/actualites/posts/podcasts/S2E2/S2E2.md', source);
    expect(post.newAddress).toBe('/actualites/s2e2/');
    expect(post.aliases).toEqual(['/actualites/S2E2/']);
    expect(post.text).toBe(
      '---\ntitle: S2E2\ndate: 2025-06-01\naliases:\n  - /actualites/S2E2/\n---\nCorps\n',
    );
    expect(post.notes).toEqual([
      {
        file: 'actualites/podcasts/S2E2/S2E2.md',
        line: 4,
        kind: 'alias',
        message:
          'alias /actualites/S2E2/ (the former address, from /actualites/${fileSlug}/ in content/actualites/posts/posts.11tydata.js); new address /actualites/s2e2/',
      },
    ]);
  });

  it("uses the post's own permalink for the old address, and keeps existing aliases", () => {
    const source =
      '---\ntitle: T\ndate: 2025-01-01\npermalink: /evenements/{{ page.fileSlug }}/index.html\naliases: [/ancienne/]\n---\n';
    const post = map('content/actualites/posts/t.md', source);
    expect(post.oldAddress).toBe('/evenements/t/');
    expect(post.aliases).toEqual(['/ancienne/', '/evenements/t/']);
  });

  it('names an index.md after its folder, so that its address stays', () => {
    const post = map(
      'content/actualites/posts/videos/icr/index.md',
      '---\ntitle: T\ndate: 2025-01-01\n---\n',
    );
    expect(post.targetPath).toBe('actualites/videos/icr/icr.md');
    expect(post.newAddress).toBe('/actualites/icr/');
    expect(post.aliases).toEqual([]);
    expect(post.notes.map((n) => n.kind)).toEqual(['address']);
  });

  it('maps eleventyExcludeFromCollections to unlisted and serie to series, in place', () => {
    const source =
      '---\ntitle: t\ndate: 2024-01-01\neleventyExcludeFromCollections: true\nserie: Parcours MOOC Numeco\n---\n';
    const post = map('content/actualites/posts/t.md', source);
    expect(post.text).toBe(
      '---\ntitle: t\ndate: 2024-01-01\nunlisted: true\nseries: Parcours MOOC Numeco\n---\n',
    );
    expect(post.notes.map((n) => [n.line, n.kind])).toEqual([
      [4, 'unlisted'],
      [5, 'series'],
    ]);
  });

  it('keeps series when serie differs, and reports the conflict', () => {
    const source = "---\ntitle: t\ndate: 2024-01-01\nseries: 'Saison 1'\nserie: Saison 2\n---\n";
    const post = map('content/actualites/posts/t.md', source);
    expect(post.text).toBe(source);
    expect(post.notes).toEqual([
      {
        file: 'actualites/t.md',
        line: 4,
        kind: 'series',
        message: 'series « Saison 1 » kept; serie « Saison 2 » differs and is ignored: review',
      },
    ]);
  });

  it('merges folder tags before the post tags, drops Eleventy’s posts collection, applies folder series and unlisted', () => {
    const defaults: Defaults = {
      tags: ['posts', 'Podcast'],
      values: { series: 'Saison 2', eleventyExcludeFromCollections: true },
      permalink: POSTS_DEFAULTS.permalink,
    };
    const source = "---\ntitle: t\ndate: 2024-01-01\ntags:\n  - 'MiNumEco'\n  - posts\n---\n";
    const post = map('content/actualites/posts/t.md', source, defaults);
    expect(post.text).toBe(
      '---\ntitle: t\ndate: 2024-01-01\ntags:\n  - Podcast\n  - MiNumEco\nseries: Saison 2\nunlisted: true\n---\n',
    );
    expect(post.notes.map((n) => n.message)).toEqual([
      "tags: « Podcast » added from the folder defaults; « posts » removed (Eleventy's own collection)",
      'series « Saison 2 » from the folder defaults',
      'unlisted: true, from eleventyExcludeFromCollections of the folder defaults',
    ]);
  });

  it('reports an empty image, a missing one, and one outside the news folder', () => {
    const post = (image: string) =>
      map(
        'content/actualites/posts/actus/x/x.md',
        `---\ntitle: t\ndate: 2024-01-01\nimage: ${image}\n---\n`,
      );
    expect(post('').notes.map((n) => n.message)).toEqual([
      'image: empty: add the path of an image beside the post, or remove the line (the line is removed)',
    ]);
    expect(post('').text).not.toMatch(/^image:/m);
    expect(post('\n  path: ./missing.svg').notes[0]?.message).toBe(
      'image: « ./missing.svg » not found beside the post in the source (the line is removed)',
    );
    expect(post('\n  path: ./missing.svg').text).not.toContain('missing.svg');
    expect(post('\n  path: ../../../../img/outside.webp').notes[0]?.message).toMatch(
      /outside the news folder/,
    );
    expect(post('/img/nothere.png').notes[0]?.message).toMatch(
      /not found in the source's public\/ folder/,
    );
    for (const ok of ['\n  path: ./x.webp', '../../img/a.webp', '/img/banner.webp'])
      expect(post(ok).notes).toEqual([]);
  });

  it('rewrites lists and reports template logic at its line in the written file', () => {
    const source = `---
title: t
date: 2024-01-01
---

{% set postslist = collections.Podcast | reverse %}{% include "postslist.njk" %}

{% include "newsletter.njk" %}
`;
    const post = map('content/actualites/posts/Podcasts.md', source);
    expect(post.text).toContain(':::posts tags="Podcast"\n:::\n');
    const lines = Object.fromEntries(post.notes.map((n) => [n.kind, n.line]));
    expect(lines).toEqual({
      alias: lineOf(post.text, 'aliases:'),
      list: lineOf(post.text, ':::posts'),
      template: lineOf(post.text, '{% include "newsletter.njk"'),
    });
  });

  it('writes no alias for a draft or a post without a page, and says why for the latter', () => {
    expect(
      map(
        'content/actualites/posts/Draft.md',
        '---\ntitle: t\ndate: 2024-01-01\ndraft: true\n---\n',
      ).aliases,
    ).toEqual([]);
    const hidden = map(
      'content/actualites/posts/Hidden.md',
      '---\ntitle: t\ndate: 2024-01-01\npermalink: false\n---\n',
    );
    expect(hidden.aliases).toEqual([]);
    expect(hidden.notes[0]).toMatchObject({ line: 4, kind: 'front-matter' });
  });

  it('copies a post with broken YAML as written and says which alias it will need', () => {
    const source = '---\ntitle: t\ndate: a: b\n---\nCorps\n';
    const post = map('content/actualites/posts/Broken.md', source);
    expect(post.text).toBe(source);
    expect(post.notes).toEqual([
      {
        file: 'actualites/Broken.md',
        line: 3,
        kind: 'front-matter',
        message:
          'front matter is not valid YAML (Nested mappings are not allowed in compact mappings): copied as written, nothing mapped; add « aliases: [/actualites/Broken/] » once fixed',
      },
    ]);
  });

  it('reports dates only Eleventy could compute, and a permalink it cannot read', () => {
    const lastModified = map(
      'content/actualites/posts/a.md',
      '---\ntitle: t\ndate: Last Modified\n---\n',
    );
    expect(lastModified.notes[0]).toMatchObject({ line: 3, kind: 'front-matter' });
    const templated = map(
      'content/actualites/posts/a.md',
      '---\ntitle: t\ndate: 2024-01-01\npermalink: "/{{ title | slugify }}/"\n---\n',
    );
    expect(templated.aliases).toEqual([]);
    expect(templated.notes[0]).toMatchObject({ line: 4, kind: 'front-matter' });
  });
});
