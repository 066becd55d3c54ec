import { describe, expect, it } from 'vitest';
import { parseEntry, type SourceFile } from '@/lib/content/parse';
import { formatProblem } from '@/lib/content/problems';
import type { NewsEntry, ToolEntry } from '@/lib/content/types';

const news = (source: string, file = 'content/actualites/x.md'): SourceFile => ({
  kind: 'news',
  file,
  absPath: `/abs/${file}`,
  slug: 'x',
  url: '/actualites/x/',
  source,
});

const messages = (source: string) => parseEntry(news(source)).problems.map(formatProblem);

describe('parseEntry (news)', () => {
  it('parses a valid post, keeping unknown and legacy keys', () => {
    const { entry, problems } = parseEntry(
      news(
        '---\ntitle: "Un titre"\ndate: 2022-06-09\ntags: ["Événement", "Document de référence"]\nlayout: layouts/post.njk\npermalink: /x/\nautre: 1\n---\n\nCorps.\n',
      ),
    );
    expect(problems).toEqual([]);
    const post = entry as NewsEntry;
    expect(post.title).toBe('Un titre');
    expect(post.date.day).toBe('2022-06-09');
    expect(post.tags).toEqual([
      { slug: 'evenement', label: 'Événement' },
      { slug: 'document-de-reference', label: 'Document de référence' },
    ]);
    expect(post.data.layout).toBe('layouts/post.njk');
    expect(post.data.autre).toBe(1);
    expect(post.draft).toBe(false);
    expect(post.body).toBe('\nCorps.\n');
    expect(post.bodyLine).toBe(9);
  });

  it('accepts an image as a path or as { path, alt }', () => {
    const a = parseEntry(news('---\ntitle: T\ndate: 2022-06-09\nimage: /img/a.png\n---\n')).entry;
    expect(a?.image).toEqual({ path: '/img/a.png', alt: '' });
    const b = parseEntry(
      news('---\ntitle: T\ndate: 2022-06-09\nimage:\n  path: b.png\n  alt: Une vue\n---\n'),
    ).entry;
    expect(b?.image).toEqual({ path: 'b.png', alt: 'Une vue' });
  });

  it('names the file, line and field of an invalid date', () => {
    expect(messages('---\ntitle: T\ndate: 2022-13-01\n---\n')).toEqual([
      'content/actualites/x.md:3: date: « 2022-13-01 » is not a valid date (expected YYYY-MM-DD)',
    ]);
  });

  it('reports a missing title and a missing date together', () => {
    expect(messages('---\ndescription: D\n---\n')).toEqual([
      'content/actualites/x.md:1: title: is required: add a line « title: … » to the front matter',
      'content/actualites/x.md:1: date: is required (YYYY-MM-DD)',
    ]);
  });

  it('rejects an empty title', () => {
    expect(messages('---\ntitle: "  "\ndate: 2022-06-09\n---\n')).toEqual([
      'content/actualites/x.md:2: title: must not be empty (add a title)',
    ]);
  });

  it('rejects tags that are not texts and a draft that is not a boolean', () => {
    expect(messages('---\ntitle: T\ndate: 2022-06-09\ntags: [1, 2]\ndraft: oui\n---\n')).toEqual([
      'content/actualites/x.md:4: tags: must be a list of texts, e.g. [« Événement », « Outils »]',
      'content/actualites/x.md:5: draft: must be true or false',
    ]);
  });

  it('reports YAML syntax errors at their line', () => {
    expect(messages('---\ntitle: T\ndate: 2022-06-09\ntitle: U\n---\n')).toEqual([
      'content/actualites/x.md:4: YAML syntax error: Map keys must be unique',
    ]);
  });

  it('reports a file without front matter', () => {
    expect(messages('# Juste un titre\n')[0]).toMatch(
      /^content\/actualites\/x\.md:1: no front matter/,
    );
  });

  it('fails fast on a YAML alias bomb', () => {
    const bomb =
      '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: T\ndate: 2022-06-09\n---\n';
    expect(messages(bomb)[0]).toMatch(/YAML could not be read: .*aliases/);
  });

  it('interpolates front matter values in .md bodies', () => {
    const { entry } = parseEntry(
      news(
        '---\ntitle: T\ndate: 2022-06-09\nimage: /img/a.png\n---\n\n![]({{ image }}) et {{title}}\n',
      ),
    );
    expect(entry?.body).toBe('\n![](/img/a.png) et T\n');
  });

  it('reports an unknown interpolation key with its line and column', () => {
    const { problems } = parseEntry(
      news('---\ntitle: T\ndate: 2022-06-09\n---\n\nTexte\n\nUn {{ inconnu }}.\n'),
    );
    expect(problems).toMatchObject([
      { line: 8, column: 4, severity: 'error', rule: 'interpolation-unknown' },
    ]);
  });

  it('does not interpolate in .mdx bodies', () => {
    const { entry } = parseEntry(
      news('---\ntitle: T\ndate: 2022-06-09\n---\n{{ title }}\n', 'content/actualites/x.mdx'),
    );
    expect(entry?.format).toBe('mdx');
    expect(entry?.body).toBe('{{ title }}\n');
  });
});

describe('parseEntry (tool sheets)', () => {
  it('keeps the details in the order of the former sheets', () => {
    const { entry, problems } = parseEntry({
      kind: 'tool',
      file: 'content/boite-outils/s.md',
      absPath: '/abs/s.md',
      slug: 's',
      url: '/publications/boite-outils/s/',
      source:
        '---\ntitle: Scaphandre\ndate: 2021-11-09\ncategory: Mesure\nscope: Serveur\nlicence: Apache-2.0\nlink: https://example.org/\ntags: tool\n---\nCorps\n',
    });
    expect(problems).toEqual([]);
    const tool = entry as ToolEntry;
    expect(tool.details).toEqual([
      { label: 'Catégorie', value: 'Mesure' },
      { label: 'Périmètre', value: 'Serveur' },
      { label: 'Licence', value: 'Apache-2.0' },
    ]);
    expect(tool.link).toBe('https://example.org/');
  });
});
