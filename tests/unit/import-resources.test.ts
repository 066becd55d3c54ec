import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveGlobals } from '@/lib/import/guide-page';
import { guidesMapper } from '@/lib/import/guides';
import { fieldsMarkdown, layoutFields } from '@/lib/import/layout-fields';
import { formerPageCount, listRedirects } from '@/lib/import/list-redirects';
import { planImport, type ImportPlan, type Mapper, type SourceTree } from '@/lib/import/plan';
import { resourceRedirects, resourcesMapper } from '@/lib/import/resources';
import { type ListablePage, mapTemplateBody } from '@/lib/import/template-page';
import { newsMapper } from '@/lib/import/news';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
const present = fs.existsSync(path.join(CORPUS, 'URLS.tsv'));
if (!present) console.warn(`SKIPPED: the 2026 corpus is not at ${CORPUS}`);

const tree = (files: Record<string, string>): SourceTree => ({
  files: Object.keys(files).sort(),
  links: [],
  read: (p) => files[p] ?? '',
});
const frontMatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('the former list pages', () => {
  it('are answered up to twice as many pages as the posts here fill, since removed posts numbered them too', () => {
    expect(formerPageCount(94, 6)).toBe(32);
    expect(formerPageCount(5, 6)).toBe(2);
    expect(formerPageCount(0, 6)).toBe(0);
    const posts = Array.from({ length: 7 }, (_, i) => ({
      tags: i < 2 ? ['Vidéo'] : [],
      unlisted: i === 6,
    }));
    const yaml = listRedirects(posts, 6);
    // 6 listed posts: 1 page here, so pages 2 of both lists; an unlisted post counts in none.
    expect(yaml).toContain('/actualites/page-2/: /actualites/\n');
    expect(yaml).not.toContain('/actualites/page-3/');
    expect(yaml).toContain('/actualites/tags/video/page-2/: /actualites/tags/video/');
  });

  it('share redirects.yaml with the other mappers’ former addresses', () => {
    const writes = (text: string): Mapper => ({
      name: text,
      map: () => ({
        outputs: [{ to: 'redirects.yaml', text, from: text }],
        notes: [],
        handled: [],
        counts: {},
      }),
    });
    const plan = planImport(tree({}), [writes('/a/: /b/\n'), writes('/c/: /d/\n')]);
    expect(plan.outputs).toEqual([
      { to: 'redirects.yaml', text: '/a/: /b/\n\n/c/: /d/\n', from: '/a/: /b/\n' },
    ]);
    expect(plan.notes.filter((n) => n.kind === 'address')).toEqual([]);
  });
});

const page = (title: string, url: string, data: Record<string, unknown>): ListablePage => ({
  title,
  url,
  data: { title, ...data },
});
const PAGES = [
  page('Outil B', '/publications/g/outils/b/', {
    tags: 'lesOutils',
    auteur: 'Bea',
    date: '2023-07-14',
  }),
  page('Outil A', '/publications/g/outils/a/', { tags: ['lesOutils'], auteur: 'Alix' }),
  page('Chapitre 2', '/publications/g/deux/', {
    eleventyNavigation: { parent: 'guideG', order: 2 },
  }),
  page('Chapitre 1', '/publications/g/un/', { eleventyNavigation: { parent: 'guideG', order: 1 } }),
];

describe('a page the former site built with a template', () => {
  it('lists the pages of a collection, sorted as asked, with the fields its loop showed', () => {
    const { body, notes } = mapTemplateBody(
      '<div class="grid">\n{% for tool in collections.lesOutils | sort(attribute="data.title") %}\n  <p>{{ tool.data.auteur }}</p>\n  <a href="{{ tool.url }}">{{ tool.data.title }}</a>\n{% endfor %}\n</div>\n',
      { data: {}, pages: PAGES },
    );
    expect(body).toContain(
      '- [Outil A](/publications/g/outils/a/) — Alix\n- [Outil B](/publications/g/outils/b/) — Bea\n',
    );
    expect(body).not.toMatch(/\{[%{]/);
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/the 2 pages it listed, written as links$/),
    ]);
  });

  it('writes a menu’s children in order, as items of the template’s own list', () => {
    const { body } = mapTemplateBody(
      '<ul>\n{% for item in collections.all | eleventyNavigation("guideG") %}\n  <li><a href="{{ item.url }}">{{ item.title }}</a></li>\n{% endfor %}\n</ul>\n',
      { data: {}, pages: PAGES },
    );
    expect(body).toContain(
      '<ul>\n\n<li><a href="/publications/g/un/">Chapitre 1</a></li>\n<li><a href="/publications/g/deux/">Chapitre 2</a></li>\n\n</ul>',
    );
  });

  it('keeps a field written before the title in the same element before it', () => {
    const { body } = mapTemplateBody(
      '{% for t in collections.all | eleventyNavigation("guideG") %}<p>{{ t.data.num }} {{ t.title }}</p>{% endfor %}',
      {
        data: {},
        pages: PAGES.map((p) => ({ ...p, data: { ...p.data, num: `${p.title.slice(-1)}.` } })),
      },
    );
    expect(body.trim()).toBe(
      '- 1. [Chapitre 1](/publications/g/un/)\n- 2. [Chapitre 2](/publications/g/deux/)',
    );
  });

  it('writes lists of posts as :::posts, by year for an archive, without series for « other videos »', () => {
    const archive = mapTemplateBody(
      `{%- if collections["Lettre d'information"] -%}\n{%- set all = collections["Lettre d'information"] | reverse -%}\n{%- set years = all | getYears -%}\n{% for year in years %}\n<h2>{{ year }}</h2>\n{%- set postslist = all | getPostsForYear(year) -%}\n{% include "postslist.njk" %}\n{% endfor %}\n{%- endif -%}\n`,
      { data: {}, pages: [], postTags: new Set(["Lettre d'information"]) },
    );
    expect(archive.body.trim()).toBe(`:::posts tags="Lettre d'information" by-year\n:::`);
    const others = mapTemplateBody(
      `{% set postslist = collections['Vidéo'] | noSeries %}\n{% include "postslist.njk" %}\n`,
      { data: {}, pages: [] },
    );
    expect(others.body.trim()).toBe(':::posts tags="Vidéo" no-series\n:::');
  });

  it('removes a list of a collection nothing is in, and says so', () => {
    const { body, notes } = mapTemplateBody(
      '{% set postslist = collections.lettreLinkedin %}\n{% for post in postslist %}<a href="{{ post.url }}">{{ post.data.title }}</a>{% endfor %}\n',
      { data: {}, pages: PAGES, postTags: new Set(['Vidéo']) },
    );
    expect(body.trim()).toBe('');
    expect(notes[0]?.message).toMatch(/no page and no post of the source is in « lettreLinkedin »/);
  });

  it('shows the values it knows, drops the layout’s parts, the title and description the site shows, and the card macros', () => {
    const { body } = mapTemplateBody(
      '{% include "components/breadcrumb.njk" %}\n<h1>{{ title }}</h1>\n<p>{{ description }}</p>\n{% set name = "Saison 2" %}\n<a href="/serie/{{ name | slugify }}/">{{ name }}</a>\n{% from "components/component.njk" import component with context %}\n    {{ component("card", { url: "/publications/g/", title: "Le guide", image: { src: "/x.png" } }) }}\n',
      { data: { title: 'Titre', description: 'Le résumé.' }, pages: [] },
    );
    expect(body.trim().split(/\n+/)).toEqual([
      '<a href="/serie/saison-2/">Saison 2</a>',
      '- [Le guide](/publications/g/)',
    ]);
  });
});

describe('the former site’s global data in a page', () => {
  it('is written as its value when it is text or a number, and left for review otherwise', () => {
    const data = { metadata: { guide: { version: 'v1', poids: 3.6, liste: ['a'] } } };
    expect(
      resolveGlobals(
        'PDF {{ metadata.guide.version }} ({{metadata.guide.poids}} Mo) {{ metadata.guide.liste }} {{ metadata.absent }}',
        data,
      ),
    ).toEqual({
      body: 'PDF v1 (3.6 Mo) {{ metadata.guide.liste }} {{ metadata.absent }}',
      resolved: ['metadata.guide.version', 'metadata.guide.poids'],
    });
  });
});

describe('the fields a former layout showed', () => {
  const LAYOUT =
    '<h1>{{ title }}</h1>{{ content | safe }}<p><b>Auteur</b> : {{ auteur }}</p><a class="fr-btn" href="{{ url }}" target="_blank">Voir l\'outil</a><div class="fr-tile"><h2 class="fr-tile__title">Périmètre</h2><p class="fr-tile__desc">{{ perimetre }}</p></div>';

  it('are read with their labels, in the layout’s order', () => {
    expect(layoutFields(LAYOUT)).toEqual([
      { key: 'auteur', label: 'Auteur', link: false },
      { key: 'url', label: "Voir l'outil", link: true },
      { key: 'perimetre', label: 'Périmètre', link: false },
    ]);
  });

  it('are written as a table and links, a missing one left out', () => {
    expect(
      fieldsMarkdown(layoutFields(LAYOUT), { auteur: 'A | B', url: 'https://exemple.fr/' }),
    ).toBe(
      "| Caractéristique | Description |\n| --- | --- |\n| Auteur | A \\| B |\n\n[Voir l'outil](https://exemple.fr/)",
    );
  });
});

describe('the resources mapper', () => {
  const SOURCE = {
    'content/actualites/posts/a.md':
      '---\ntitle: A\ndate: 2024-01-01\ntags: ["Vidéo"]\nseries: Saison 1\n---\nTexte.\n',
    'content/publications/podcast/index.njk':
      '---\ntitle: "Le podcast"\ndescription: Des épisodes.\ndate: 2024-09-15\n---\n{% set postslist = collections.podcastEpisodes %}\n<div>\n{% for post in postslist %}<a href="{{ post.url }}">{{ post.data.title }}</a> {{ post.date }}{% endfor %}\n</div>\n',
    'content/publications/podcast/episode-1-FAQ.md':
      '---\ntitle: "Épisode 1"\ndate: 2024-07-16\ntags: ["podcastEpisodes"]\n---\nÉcouter.\n',
    'content/publications/index.md': '---\ntitle: Ressources\n---\n',
    'content/ressources/lettres-information.md':
      "---\ntitle: Lettres d'information\neleventyNavigation:\n  parent: ressources\n  order: 4\n---\nLes lettres.\n",
    'content/ressources/videos/serie.njk': '---\ntitle: x\n---\n',
    'content/search-results.njk': '---\ntitle: Résultats de la recherche\n---\n',
  };
  let result: ReturnType<Mapper['map']>;
  beforeAll(() => {
    result = resourcesMapper().map(tree(SOURCE));
  });
  const text = (to: string) => {
    const output = result.outputs.find((o) => o.to === to);
    return output && 'text' in output ? output.text : '';
  };

  it('writes the publications where they were, a template as the Markdown it showed', () => {
    expect(text('publications/podcast/index.md')).toContain(
      '- [Épisode 1](/publications/podcast/episode-1-faq/) — 16 juillet 2024',
    );
    expect(
      frontMatter(text('publications/podcast/episode-1-faq.md'.replace('faq', 'FAQ'))),
    ).toMatchObject({
      aliases: ['/publications/podcast/episode-1-FAQ/'],
    });
    expect(result.outputs.some((o) => o.to === 'publications/index.md')).toBe(false);
  });

  it('writes the section’s pages as pages of the site, at the addresses they had', () => {
    const data = frontMatter(text('pages/ressources/lettres-information.md'));
    expect(data).toMatchObject({ title: "Lettres d'information", order: 4 });
    expect(data).not.toHaveProperty('aliases');
  });

  it('leads the series pages of both former lists, and the search results, to this site’s', () => {
    expect(text('redirects.yaml')).toBe(resourceRedirects(['Saison 1'], true));
    expect(resourceRedirects(['Saison 1'], true)).toBe(
      '# Former series pages (podcasts and videos) and the former search page.\n/ressources/podcasts/serie/saison-1/: /actualites/series/saison-1/\n/ressources/videos/serie/saison-1/: /actualites/series/saison-1/\n/search-results/: /recherche/\n',
    );
    expect(result.handled).toEqual(
      expect.arrayContaining(['content/ressources/videos/serie.njk', 'content/search-results.njk']),
    );
  });
});

describe.runIf(present)('the resources and guides of the 2026 corpus', () => {
  let plan: ImportPlan;
  const written = (to: string) => {
    const output = plan.outputs.find((o) => o.to === to);
    return output && 'text' in output ? output.text : '';
  };
  beforeAll(() => {
    const files = fs
      .readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(CORPUS, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .sort();
    const source: SourceTree = {
      files,
      links: [],
      read: (p) => fs.readFileSync(path.join(CORPUS, p), 'utf8'),
    };
    plan = planImport(source, [newsMapper(), guidesMapper(), resourcesMapper()]);
  }, 120_000);

  it('writes the podcast’s page with its four episodes, newest published first as listed', () => {
    const body = written('publications/podcast-minumechos/index.md');
    expect(body.match(/^- \[Épisode #\d/gm)).toHaveLength(4);
    expect(body).not.toMatch(/\{[%{]/);
  });

  it('writes the catalogue of the collectivités’ tools, and each sheet’s fields as a table', () => {
    expect(
      written(
        'publications/strategie-numerique-responsable-des-collectivites/catalogue-outils.md',
      ).match(/^- \[/gm),
    ).toHaveLength(7);
    const sheet = written(
      'publications/strategie-numerique-responsable-des-collectivites/outils/ecoclic.md',
    );
    expect(sheet).toContain('| Auteur | Déclic |');
    expect(sheet).toContain("[Voir l'outil](https://ecoclic.fr/)");
    expect(frontMatter(sheet)).not.toHaveProperty('auteur');
  });

  it('gives the collectivités’ guide its own page, so that its chapters are published', () => {
    const index = written(
      'publications/strategie-numerique-responsable-des-collectivites/index.md',
    );
    expect(
      index.match(
        /<li><a href="\/publications\/strategie-numerique-responsable-des-collectivites\/\d-/g,
      ),
    ).toHaveLength(6);
  });

  it('writes the newsletters’ archive, by year', () => {
    expect(written('pages/ressources/lettres-information.md')).toContain(
      `:::posts tags="Lettre d'information" by-year`,
    );
  });
});
