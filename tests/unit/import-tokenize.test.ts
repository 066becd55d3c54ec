import { describe, expect, it } from 'vitest';
import { parseExpr, parseStatement } from '@/lib/import/njk-expr';
import { type ConstructToken, lineIndex, tagName, tokenizeTemplate } from '@/lib/import/tokenize';

const constructs = (text: string) =>
  tokenizeTemplate(text).filter((t): t is ConstructToken => t.type !== 'text');

describe('tokenizeTemplate', () => {
  it('splits text, tags, outputs and comments with their offsets', () => {
    const text = 'a {% set x = 1 %} b {{ title }} c {# note #} d';
    const tokens = tokenizeTemplate(text);
    expect(tokens.map((t) => [t.type, text.slice(t.start, t.end)])).toEqual([
      ['text', 'a '],
      ['tag', '{% set x = 1 %}'],
      ['text', ' b '],
      ['output', '{{ title }}'],
      ['text', ' c '],
      ['comment', '{# note #}'],
      ['text', ' d'],
    ]);
  });

  it('removes whitespace-control dashes from the body and keeps them in the raw text', () => {
    const [token] = constructs('{%- dailymotion "x9ym97q" -%}');
    expect(token?.raw).toBe('{%- dailymotion "x9ym97q" -%}');
    expect(token?.body).toBe('dailymotion "x9ym97q"');
    expect(token && tagName(token)).toBe('dailymotion');
  });

  it('does not close a tag on a delimiter inside a quoted string', () => {
    const [token] = constructs(`{% transcription "50 %} d'économie" %} after`);
    expect(token?.body).toBe(`transcription "50 %} d'économie"`);
  });

  it('keeps {% raw %} blocks as text', () => {
    const text = '{% raw %}{{ not.a.tag }}{% endraw %}';
    expect(tokenizeTemplate(text).map((t) => t.type)).toEqual(['tag', 'text', 'tag']);
  });

  it('marks an unclosed construct instead of throwing, and keeps reading after it', () => {
    const tokens = constructs('a {% oops\nb {{ title }}');
    expect(tokens[0]).toMatchObject({ type: 'tag', closed: false, raw: '{%' });
    // The unclosed opener swallows nothing: the output after it is still a construct.
    expect(tokens.map((t) => t.type)).toEqual(['tag', 'output']);
  });

  it('leaves markdown-it attributes and single braces alone', () => {
    expect(constructs('## Title {.fr-h3 #anchor}\n{ a }')).toEqual([]);
  });
});

describe('lineIndex', () => {
  it('gives the 1-based line of an offset', () => {
    const lineOf = lineIndex('a\nbb\n\nc');
    expect([0, 2, 3, 5, 6].map(lineOf)).toEqual([1, 2, 2, 3, 4]);
  });
});

describe('Nunjucks expressions', () => {
  it('binds filters tighter than in and and, as Nunjucks does', () => {
    expect(parseExpr("'É' in item.data.tags and item.data.date | isFutureDate")).toEqual({
      t: 'and',
      a: {
        t: 'in',
        needle: { t: 'str', v: 'É' },
        hay: {
          t: 'member',
          obj: { t: 'member', obj: { t: 'name', v: 'item' }, prop: { t: 'str', v: 'data' } },
          prop: { t: 'str', v: 'tags' },
        },
      },
      b: {
        t: 'filter',
        name: 'isFutureDate',
        args: [],
        target: {
          t: 'member',
          obj: { t: 'member', obj: { t: 'name', v: 'item' }, prop: { t: 'str', v: 'data' } },
          prop: { t: 'str', v: 'date' },
        },
      },
    });
  });

  it('reads set, for, if, include and end tags, and nothing else', () => {
    expect(parseStatement("set postslist = collections['Vidéo'] | limit(3)")).toMatchObject({
      kind: 'set',
      name: 'postslist',
      value: { t: 'filter', name: 'limit', args: [{ t: 'num', v: 3 }] },
    });
    expect(parseStatement('for item in collections.Podcast')).toMatchObject({
      kind: 'for',
      item: 'item',
    });
    expect(parseStatement('include "postslist.njk"')).toEqual({
      kind: 'include',
      template: 'postslist.njk',
    });
    expect(parseStatement('endfor')).toEqual({ kind: 'end', name: 'endfor' });
    expect(parseStatement('from "components/component.njk" import component')).toBeUndefined();
    expect(parseStatement('set x = component("card", { a: 1 })')).toBeUndefined();
    expect(parseStatement('set x = "unclosed')).toBeUndefined();
  });
});
