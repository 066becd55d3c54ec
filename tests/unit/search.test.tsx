import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SearchData } from '@/components/search/search-data';
import { parseContentDate } from '@/lib/content/dates';
import { searchBody, searchFields, searchIgnore } from '@/lib/search';
import { PAGES_WITH_JS } from '@/lib/pages-with-js.mjs';
import { isSearchable, splitElisions } from '@/scripts/post-export/pagefind.mjs';

function day(value: string) {
  const parsed = parseContentDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('search fields of a page', () => {
  it('gives a news post its type, tags and year as filters, its type and day as metadata', () => {
    const fields = searchFields({
      kind: 'news',
      date: day('2022-06-09'),
      tags: ['Événement', 'Document de référence'],
    });
    expect(fields.filters).toEqual([
      { name: 'type', value: 'Actualité' },
      { name: 'tag', value: 'Événement' },
      { name: 'tag', value: 'Document de référence' },
      { name: 'year', value: '2022' },
    ]);
    expect(fields.meta).toEqual([
      { name: 'type', value: 'Actualité' },
      { name: 'date', value: '2022-06-09' },
    ]);
    expect(fields.sort).toEqual([{ name: 'date', value: '2022-06-09' }]);
  });

  it('names publications and tool sheets in French and drops blank or repeated tags', () => {
    expect(searchFields({ kind: 'publication', tags: ['A', ' A ', ''] }).filters).toEqual([
      { name: 'type', value: 'Publication' },
      { name: 'tag', value: 'A' },
    ]);
    expect(searchFields({ kind: 'tool' }).meta).toEqual([{ name: 'type', value: 'Outil' }]);
  });

  it('takes the year and day in Paris, not in UTC', () => {
    const fields = searchFields({ kind: 'news', date: day('2022-12-31T23:30:00Z') });
    expect(fields.filters).toContainEqual({ name: 'year', value: '2023' });
    expect(fields.meta).toContainEqual({ name: 'date', value: '2023-01-01' });
  });

  it('renders hidden, unsearchable markup that Pagefind reads filters and metadata from', () => {
    const html = renderToStaticMarkup(
      <SearchData kind="news" date={day('2022-06-09')} tags={['Événement']} />,
    );
    expect(html).toBe(
      '<div hidden="" data-pagefind-ignore="">' +
        '<span data-pagefind-filter="type">Actualité</span>' +
        '<span data-pagefind-filter="tag">Événement</span>' +
        '<span data-pagefind-filter="year">2022</span>' +
        '<span data-pagefind-meta="type">Actualité</span>' +
        '<span data-pagefind-meta="date">2022-06-09</span>' +
        '<span data-pagefind-sort="date">2022-06-09</span></div>',
    );
    expect(searchBody()).toEqual({ 'data-pagefind-body': '' });
    expect(searchIgnore()).toEqual({ 'data-pagefind-ignore': '' });
  });
});

describe('indexing step helpers', () => {
  it('splits French elisions with a typographic apostrophe so each word is found', () => {
    expect(splitElisions('<p>contre l’obsolescence d’un objet</p>')).toBe(
      "<p>contre l'obsolescence d'un objet</p>",
    );
    expect(splitElisions('aujourd’hui ’cité’ l’')).toBe("aujourd'hui ’cité’ l’");
  });

  it('indexes only pages whose main content asks for it', () => {
    expect(isSearchable('<article class="a" data-pagefind-body="">x</article>')).toBe(true);
    expect(isSearchable('<article data-pagefind-body>x</article>')).toBe(true);
    expect(isSearchable('<p>data-pagefind-body is an attribute</p>')).toBe(false);
    expect(isSearchable('<div data-pagefind-body-x="">')).toBe(false);
  });
});

describe('pages with JavaScript', () => {
  it('declares the search page and its one script', () => {
    expect(PAGES_WITH_JS['/recherche/']).toEqual(['/recherche/recherche.js']);
  });
});
