import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeDefaults } from '@/lib/import/cascade';
import { readJsDataFile, readJsonDataFile } from '@/lib/import/data-file';

describe('readJsDataFile: folder defaults read without running them', () => {
  it("reads eleventy-dsfr's posts.11tydata.js: literal tags and layout, the permalink function", () => {
    const source = `module.exports = {
    tags: [
        "posts"
    ],
    layout: "layouts/post.njk",
    permalink: function (data) {
        return \`/actualites/\${data.page.fileSlug}/\`;
    }
};`;
    expect(readJsDataFile(source)).toEqual({
      values: { tags: ['posts'], layout: 'layouts/post.njk' },
      permalink: { parts: ['/actualites/', { fileSlug: true }, '/'] },
      unread: [],
    });
  });

  it('reads arrow permalinks, string permalinks with {{ page.fileSlug }}, and false', () => {
    expect(
      readJsDataFile('module.exports = { permalink: (d) => `/x/${d.page.fileSlug}/` }').permalink,
    ).toEqual({
      parts: ['/x/', { fileSlug: true }, '/'],
    });
    expect(
      readJsDataFile('module.exports = { permalink: "/y/{{ page.fileSlug }}/" }').permalink,
    ).toEqual({
      parts: ['/y/', { fileSlug: true }, '/'],
    });
    expect(readJsDataFile('module.exports = { permalink: false }').permalink).toBe(false);
  });

  it('never runs a function, and reports it with its line', () => {
    const marker = path.join(os.tmpdir(), `pwned-${process.pid}-${Date.now()}`);
    const source = `module.exports = {
  tags: ['x'],
  permalink: () => { require('fs').writeFileSync(${JSON.stringify(marker)}, '') }
};`;
    const data = readJsDataFile(source);
    expect(data.values).toEqual({ tags: ['x'] });
    expect(data.permalink).toBeUndefined();
    expect(data.unread).toEqual([
      { key: 'permalink', line: 3, why: 'a function: not run, so the old addresses are unknown' },
    ]);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('does not run top-level code either, and says so', () => {
    const marker = path.join(os.tmpdir(), `pwned-top-${process.pid}-${Date.now()}`);
    const data = readJsDataFile(`require('fs').writeFileSync(${JSON.stringify(marker)}, '');
module.exports = { layout: 'a' };`);
    expect(data.values).toEqual({ layout: 'a' });
    expect(data.unread).toEqual([
      { key: '(code)', line: 1, why: 'code outside the exported object: not run' },
    ]);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('reports permalinks that only Eleventy could compute', () => {
    const source = `module.exports = {
  lang: 'fr',
  permalink: function (data) {
    if (data.slugOverride) return \`/\${data.lang}/\${this.slugify(data.slugOverride)}/\`;
  },
  title: \`x\${1}\`,
};`;
    const data = readJsDataFile(source);
    expect(data.values).toEqual({ lang: 'fr' });
    expect(data.unread.map((u) => [u.key, u.line])).toEqual([
      ['permalink', 3],
      ['title', 6],
    ]);
  });

  it('reads export default, a named constant and eleventyComputed.permalink', () => {
    expect(readJsDataFile('export default { tags: ["a"] };').values).toEqual({ tags: ['a'] });
    expect(readJsDataFile('const d = { tags: ["b"] };\nmodule.exports = d;').values).toEqual({
      tags: ['b'],
    });
    const computed = readJsDataFile(
      'module.exports = { eleventyComputed: { permalink: (data) => `/z/${data.page.fileSlug}/`, title: (d) => d.x } };',
    );
    expect(computed.permalink).toEqual({ parts: ['/z/', { fileSlug: true }, '/'] });
    expect(computed.unread.map((u) => u.key)).toEqual(['eleventyComputed.title']);
  });

  it('reads nothing from a file that exports a function or is not JavaScript', () => {
    expect(
      readJsDataFile('module.exports = function () { return { tags: ["a"] }; };'),
    ).toMatchObject({
      values: {},
      unread: [{ key: '(file)', line: 1, why: 'exports a function: not run: nothing read' }],
    });
    expect(readJsDataFile('module.exports = {').unread[0]?.why).toMatch(/^not valid JavaScript/);
  });
});

describe('readJsonDataFile', () => {
  it('reads values and a text permalink', () => {
    expect(
      readJsonDataFile('{"tags": ["Podcast"], "permalink": "/p/{{ page.fileSlug }}/"}'),
    ).toEqual({
      values: { tags: ['Podcast'] },
      permalink: { parts: ['/p/', { fileSlug: true }, '/'] },
      unread: [],
    });
    expect(readJsonDataFile('[1]').unread[0]?.why).toBe('not a JSON object: nothing read');
  });
});

describe('mergeDefaults', () => {
  it('concatenates tags without repeats and lets the nearer file win for the rest', () => {
    const merged = mergeDefaults([
      {
        file: 'a/a.11tydata.js',
        data: {
          values: { tags: ['posts'], layout: 'x' },
          permalink: { parts: ['/a/'] },
          unread: [],
        },
      },
      {
        file: 'a/b/b.json',
        data: { values: { tags: ['Podcast', 'posts'], layout: 'y' }, unread: [] },
      },
    ]);
    expect(merged).toEqual({
      tags: ['posts', 'Podcast'],
      values: { layout: 'y' },
      permalink: { value: { parts: ['/a/'] }, file: 'a/a.11tydata.js' },
    });
  });

  it('makes the old address unknown when the nearest permalink could not be read', () => {
    const merged = mergeDefaults([
      { file: 'a/a.json', data: { values: {}, permalink: { parts: ['/a/'] }, unread: [] } },
      {
        file: 'a/b/b.11tydata.js',
        data: { values: {}, unread: [{ key: 'permalink', line: 2, why: '…' }] },
      },
    ]);
    expect(merged.permalinkUnread).toBe('a/b/b.11tydata.js');
  });
});
