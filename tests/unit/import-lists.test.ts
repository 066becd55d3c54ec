import { describe, expect, it } from 'vitest';
import { rewriteLists } from '@/lib/import/posts-lists';
import { postsContainer } from '@/lib/import/posts-query';

describe('rewriteLists: lists of posts become :::posts containers', () => {
  it('rewrites the one-line Semaine NumEco loop on its own lines', () => {
    const body = [
      '## Semaine NumEco',
      '',
      "{% set postslist = [] %} {% for item in collections['Semaine NumEco'] %} {% if item.data.tags and 'Événement' in item.data.tags and item.data.date | isFutureDate %} {% set postslist = postslist.concat(item) %} {% endif %} {% endfor %} {% include \"postslist-2cols.njk\" %}",
      '',
      'Fin.',
    ].join('\n');
    const { body: out, rewrites } = rewriteLists(body);
    expect(out).toBe(
      [
        '## Semaine NumEco',
        '',
        ':::posts tags="Semaine NumEco, Événement" upcoming',
        ':::',
        '',
        'Fin.',
      ].join('\n'),
    );
    expect(rewrites).toHaveLength(1);
    expect(out.slice(rewrites[0]?.offset)).toMatch(/^:::posts tags=/);
    expect(rewrites[0]?.replaced).toMatch(
      /^\{% set postslist = \[\] %\}.*postslist-2cols\.njk" %\}$/,
    );
  });

  it('rewrites the same loop written over several indented lines', () => {
    const body = `Intro

{% set postslist = [] %}
{% for item in collections['Formation'] %}
    {% if item.data.tags and 'Événement' in item.data.tags and item.data.date | isFutureDate %}
      {% set postslist = postslist.concat(item) %}
    {% endif %}
{% endfor %}
{% include "postslist-2cols.njk" %}
`;
    expect(rewriteLists(body).body).toBe(
      'Intro\n\n:::posts tags="Formation, Événement" upcoming\n:::\n',
    );
  });

  it('rewrites a filtered collection with a series named by an earlier set, and a limit', () => {
    const body = `{% set seriesName = "Paroles d'experts saison 2" %}
<h2>Série {{seriesName}}</h2>
{% set postslist = collections['Vidéo'] | series(seriesName) | limit(3) %}
{% include "postslist.njk" %}
`;
    const { body: out } = rewriteLists(body);
    // The earlier set stays: it is not part of the list, and {{seriesName}} still reads it.
    expect(out).toBe(`{% set seriesName = "Paroles d'experts saison 2" %}
<h2>Série {{seriesName}}</h2>
:::posts tags="Vidéo" series="Paroles d'experts saison 2" limit="3"
:::
`);
  });

  it('keeps the order information: a reversed collection shows the newest first', () => {
    const { rewrites, body } = rewriteLists(
      '{% set postslist = collections.Podcast | reverse %}\n{% include "postslist.njk" %}\n',
    );
    expect(body).toBe(':::posts tags="Podcast"\n:::\n');
    expect(rewrites[0]?.query).toEqual({ tags: ['Podcast'], newestFirst: true });
  });

  it('maps a past-events loop to the past flag', () => {
    const body =
      '{% set postslist = [] %}{% for post in collections[\'Événement\'] %}{% if not (post.data.date | isFutureDate) %}{% set postslist = postslist.concat(post) %}{% endif %}{% endfor %}{% include "postslist.njk" %}';
    expect(rewriteLists(body).body).toBe(':::posts tags="Événement" past\n:::');
  });

  it('puts the container on its own lines when text shares the line', () => {
    const body =
      'Voir : {% set postslist = collections.Podcast %}{% include "postslist.njk" %} et plus.';
    expect(rewriteLists(body).body).toBe('Voir : \n\n:::posts tags="Podcast"\n:::\n\n et plus.');
  });

  it('keeps the line breaks of a CRLF file', () => {
    const body =
      'A\r\n{% set postslist = collections.Podcast %}\r\n{% include "postslist.njk" %}\r\nB\r\n';
    expect(rewriteLists(body).body).toBe('A\r\n:::posts tags="Podcast"\r\n:::\r\nB\r\n');
  });

  it('leaves loops without an equivalent as written', () => {
    const byLayout = `{% set postslist = [] %}
{% for item in collections['Document de référence'] %}
	{% if item.data.layout and 'layouts/post.njk' in item.data.layout %}
		{% set postslist = postslist.concat(item) %}
	{% endif %}
{% endfor %}
{% set postslist = postslist | reverse %}
{% include "postslist.njk" %}`;
    const byYear = `{%- set allPosts = collections["Lettre d'information"] | reverse -%}
{%- set years = allPosts | getYears -%}
{% for year in years %}{%- set postslist = allPosts | getPostsForYear(year) -%}{% include "postslist.njk" %}{% endfor %}`;
    const noSeries =
      '{% set postslist = collections[\'Vidéo\'] | noSeries | limit(3) %}{% include "postslist.njk" %}';
    const otherInclude = '{% set postslist = collections.Podcast %}{% include "card.njk" %}';
    const textBetween =
      '{% set postslist = collections.Podcast %}\nTexte\n{% include "postslist.njk" %}';
    for (const body of [byLayout, byYear, otherInclude, textBetween]) {
      expect(rewriteLists(body)).toEqual({ body, rewrites: [] });
    }
    // `noSeries` has one now: the posts that are no episode of a series.
    expect(rewriteLists(noSeries).body).toBe(':::posts tags="Vidéo" limit="3" no-series\n:::');
  });
});

describe('postsContainer', () => {
  it('writes attributes in a fixed order', () => {
    expect(
      postsContainer({
        tags: ['A', 'B'],
        series: 'S',
        when: 'upcoming',
        limit: 2,
        newestFirst: false,
      }),
    ).toBe(':::posts tags="A, B" series="S" upcoming limit="2"\n:::');
  });

  it('refuses values the attribute syntax cannot hold', () => {
    expect(postsContainer({ tags: ['A, B'], newestFirst: false })).toBeUndefined();
    expect(
      postsContainer({ tags: [], series: 'Le "grand" débat', newestFirst: false }),
    ).toBeUndefined();
  });
});
