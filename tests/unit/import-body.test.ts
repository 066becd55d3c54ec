import { describe, expect, it } from 'vitest';
import { mapBody } from '@/lib/import/body';

const keys = new Set(['title', 'image']);

describe('mapBody', () => {
  it('leaves the dialect as written and reports nothing', () => {
    const body = `:::callout Titre
Texte {.fr-text--lead #intro}
:::

{%- dailymotion "x9ym97q" -%}
{% dailymotion "x97j818" %}

{% transcription "Virginie ROZIÈRE" %}
Bonjour.
{% endtranscription %}

![]({{ image }}) {{ title }}
`;
    expect(mapBody(body, keys)).toEqual({ body, notes: [] });
  });

  it('reports each construct without an equivalent with its line, and keeps it', () => {
    const body = `Intro
{% include "newsletter.njk" %}
{{ collections.all | length }}
{{ metadata.guide.url }}
{{ author }}
{% image "x.png", "alt" %}
{% transcription %}
{# note #}`;
    const { body: out, notes } = mapBody(body, keys);
    expect(out).toBe(body);
    expect(notes.map((n) => [n.line, n.kind])).toEqual([
      [2, 'template'],
      [3, 'template'],
      [4, 'template'],
      [5, 'template'],
      [6, 'template'],
      [7, 'template'],
      [8, 'template'],
    ]);
    expect(notes[0]?.message).toBe(
      '{% include "newsletter.njk" %}: template include: no equivalent',
    );
    expect(notes[2]?.message).toContain("the former site's global data");
    expect(notes[3]?.message).toContain('« author » is not a front matter key of this post');
    expect(notes[4]?.message).toContain('unknown shortcode or tag « image »');
    expect(notes[5]?.message).toContain('transcription without its one quoted argument');
  });

  it('gives the line of a rewritten list in the rewritten body, and reports what follows it there', () => {
    const body = `A
{% set postslist = collections.Podcast | reverse %} {% include "postslist.njk" %} suite
{% include "x.njk" %}`;
    const { body: out, notes } = mapBody(body, keys);
    expect(out).toBe('A\n:::posts tags="Podcast"\n:::\n\n suite\n{% include "x.njk" %}');
    expect(notes).toEqual([
      {
        line: 2,
        kind: 'list',
        message: expect.stringMatching(
          /^\{% set postslist = collections\.Podcast \| reverse %\} \{% include .*… rewritten as :::posts tags="Podcast" \(the former list showed the newest first\)$/,
        ),
      },
      {
        line: 6,
        kind: 'template',
        message: '{% include "x.njk" %}: template include: no equivalent',
      },
    ]);
  });
});
