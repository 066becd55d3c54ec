import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dropEmptyImages } from '@/lib/import/body';
import { rewriteCards } from '@/lib/import/cards';
import type { MapperResult, SourceTree } from '@/lib/import/plan';
import { SITE_PAGE_FOLDERS, sitePagesMapper } from '@/lib/import/site-pages';
import { staticHtml } from '@/lib/import/static-html';
import { TOOLBOX_DIR, toolboxMapper } from '@/lib/import/toolbox';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
const present = fs.existsSync(path.join(CORPUS, 'URLS.tsv'));
if (!present) console.warn(`SKIPPED: the 2026 corpus is not at ${CORPUS}`);

/** A source tree held in memory: path -> text. */
const memoryTree = (files: Record<string, string>): SourceTree => ({
  files: Object.keys(files).sort(),
  links: [],
  read: (p) => files[p] ?? '',
});

/** The corpus's files under some folders, as the import command lists them: only read. */
function corpusTree(folders: string[]): SourceTree {
  const files = folders
    .flatMap((folder) =>
      fs
        .readdirSync(path.join(CORPUS, folder), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) =>
          path.relative(CORPUS, path.join(d.parentPath, d.name)).split(path.sep).join('/'),
        ),
    )
    .sort();
  return { files, links: [], read: (p) => fs.readFileSync(path.join(CORPUS, p), 'utf8') };
}

const frontMatter = (text: string) =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Record<string, unknown>;
const written = (result: MapperResult, to: string) => {
  const output = result.outputs.find((o) => o.to === to);
  if (!output || !('text' in output)) throw new Error(`${to} not written`);
  return output.text;
};

/** URLS.tsv lines whose source file is under `prefix`: address, source, title without suffix. */
function urlLines(prefix: string) {
  return fs
    .readFileSync(path.join(CORPUS, 'URLS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([, source]) => source!.startsWith(prefix))
    .map(([url, source, title]) => ({
      url: url!,
      source: source!,
      title: title!.replace(/ - Numérique écoresponsable$/, ''),
    }));
}

describe('the site’s pages and sections', () => {
  const tree = memoryTree({
    'content/legal/index.md':
      '---\ntitle: Mentions légales\nslugOverride: mentions legales\nshowBreadcrumb: true\npermalink: /mentions-legales/\n---\nTexte.\n',
    'content/formations/index.md': '---\ntitle: Formations\n---\n',
    'content/formations/parcours.md':
      '---\ntitle: Parcours\neleventyNavigation:\n  parent: formations\n  order: 3\n---\n![]({{ image }})\n\nTexte.\n',
    'content/barometre/Chiffres.md': '---\ntitle: Chiffres\npermalink: /Barometre/Chiffres/\n---\n',
    'content/barometre/index.md': '---\ntitle: Baromètre\npermalink: /barometre/\n---\n',
    'content/contact/plan.pdf': '%PDF',
    'content/actualites/posts/x.md': '---\ntitle: Pas une page du site\n---\n',
  });
  const result = sitePagesMapper().map(tree);

  it('writes each page at the address it had, a section’s own page as its folder’s index', () => {
    expect(result.outputs.map((o) => o.to).toSorted()).toEqual([
      'pages/barometre/chiffres.md',
      'pages/barometre/index.md',
      'pages/formations/index.md',
      'pages/formations/parcours.md',
      'pages/mentions-legales.md',
    ]);
  });

  it('keeps an address written differently as an alias, and the menu’s order', () => {
    expect(frontMatter(written(result, 'pages/barometre/chiffres.md')).aliases).toEqual([
      '/Barometre/Chiffres/',
    ]);
    expect(frontMatter(written(result, 'pages/formations/parcours.md')).order).toBe(3);
    expect(frontMatter(written(result, 'pages/mentions-legales.md')).aliases).toBeUndefined();
  });

  it('drops the layout’s keys and an image of a value the page does not have, saying so', () => {
    const legal = frontMatter(written(result, 'pages/mentions-legales.md'));
    expect(legal).not.toHaveProperty('slugOverride');
    expect(legal).not.toHaveProperty('showBreadcrumb');
    expect(written(result, 'pages/formations/parcours.md')).not.toContain('{{');
    expect(result.notes.map((n) => n.message).join('\n')).toMatch(
      /« image ».*empty image: removed/,
    );
  });

  it('handles every file of its folders, reports what it does not write, and leaves the others', () => {
    expect(result.handled).not.toContain('content/actualites/posts/x.md');
    expect(result.handled).toContain('content/contact/plan.pdf');
    expect(result.notes).toContainEqual(
      expect.objectContaining({ file: 'content/contact/plan.pdf', kind: 'skipped' }),
    );
    expect(result.counts).toEqual({ 'site pages written': 5, 'files not imported': 1 });
  });

  it.skipIf(!present)('maps every page of the corpus’s folders to its URLS.tsv address', () => {
    const corpus = sitePagesMapper().map(corpusTree(SITE_PAGE_FOLDERS.map((f) => `content/${f}`)));
    const lines = SITE_PAGE_FOLDERS.flatMap((f) => urlLines(`content/${f}/`));
    expect(lines).toHaveLength(16);
    expect(corpus.outputs).toHaveLength(16);
    for (const line of lines) {
      const output = corpus.outputs.find((o) => 'from' in o && o.from === line.source)!;
      expect(output, line.source).toBeDefined();
      const slug = output.to.replace(/^pages\//, '').replace(/(\/index)?\.md$/, '');
      expect(`/${slug}/`, line.source).toBe(line.url);
      expect(frontMatter(written(corpus, output.to)).title, line.url).toBe(line.title);
    }
    const training = written(corpus, 'pages/formations/prochaines-formations.md');
    expect(training).toContain(':::posts tags="Formation, Événement" upcoming');
    const mooc = written(corpus, 'pages/formations/parcours-mooc.md');
    expect(mooc).not.toMatch(/component\(|\{% from/);
    expect(mooc.match(/<h3>/g)).toHaveLength(3);
  });
});

describe('the toolbox', () => {
  const sheet = (extra = '') =>
    `---\nlayout: layouts/outil.njk\ntitle: Outil\ndescription: Mesure\ntags: tool\ndate: 2021-11-09\ncategory: Mesure\nscope: Web\nlicence: MIT\n${extra}permalink: /publications/boite-outils/fiches/outil-ancien/\n---\nTexte.\n`;
  const tree = memoryTree({
    [`${TOOLBOX_DIR}/fiches/Outil.md`]: sheet('hebergeur: Scaleway\n'),
    [`${TOOLBOX_DIR}/index.njk`]:
      '---\ntitle: Boite à outils\ndate: 2023-07-18\ntype: publication\ncategory: autres\npermalink: /publications/boite-outils/\n---\n<p class="x">Mis à jour le <time>{{ date | readableDate }}</time></p>\n<div class="fr-grid-row"><div class="fr-col-8"><p>Une sélection.</p></div><div class="fr-col-4"><img src="{{ image }}" alt=""></div></div>\n<div class="fr-grid-row">\n{% for tool in collections.tool %}<h2>{{ tool.data.title }}</h2>{% endfor %}\n</div>\n',
    [`${TOOLBOX_DIR}/fiches/notes.txt`]: 'brouillon',
  });
  const result = toolboxMapper().map(tree);

  it('makes each sheet a tool at /publications/boite-outils/<name>/, its former address an alias', () => {
    const data = frontMatter(written(result, 'boite-outils/outil.md'));
    expect(data).toMatchObject({
      title: 'Outil',
      category: 'Mesure',
      scope: 'Web',
      licence: 'MIT',
      aliases: ['/publications/boite-outils/fiches/outil-ancien/'],
    });
    expect(data).not.toHaveProperty('tags');
  });

  it('keeps a field the tool schema does not know as a characteristic under details', () => {
    const data = frontMatter(written(result, 'boite-outils/outil.md'));
    expect(data.details).toEqual({ hebergeur: 'Scaleway' });
    expect(data).not.toHaveProperty('hebergeur');
  });

  it('makes the toolbox’s page the listing’s introduction, without its template parts', () => {
    const text = written(result, 'publications/boite-outils.md');
    const data = frontMatter(text);
    expect(data).toMatchObject({ title: 'Boite à outils', date: '2023-07-18' });
    expect(data).not.toHaveProperty('category');
    expect(data).not.toHaveProperty('type');
    expect(text.slice(text.indexOf('\n---\n') + 5).trim()).toBe('<p>Une sélection.</p>');
  });

  it('reports what is neither a sheet nor the toolbox’s page', () => {
    expect(result.notes).toContainEqual(
      expect.objectContaining({ file: `${TOOLBOX_DIR}/fiches/notes.txt`, kind: 'skipped' }),
    );
    expect(result.handled).toHaveLength(3);
  });

  it.skipIf(!present)(
    'maps the corpus’s 14 sheets with their URLS.tsv titles and former addresses',
    () => {
      const corpus = toolboxMapper().map(corpusTree([TOOLBOX_DIR]));
      const lines = urlLines(`${TOOLBOX_DIR}/`);
      expect(lines).toHaveLength(15);
      for (const line of lines) {
        const output = corpus.outputs.find((o) => 'from' in o && o.from === line.source)!;
        const data = frontMatter(written(corpus, output.to));
        expect(data.title, line.source).toBe(line.title);
        if (line.url === '/publications/boite-outils/') {
          expect(output.to).toBe('publications/boite-outils.md');
          expect(data.aliases).toBeUndefined();
        } else expect(data.aliases, line.source).toEqual([line.url]);
      }
      // numecoeval.md had the address /fiches/numecoval/: the file name is the new one.
      expect(corpus.outputs.map((o) => o.to)).toContain('boite-outils/numecoeval.md');
      expect(corpus.counts).toEqual({ 'tool sheets written': 14, 'files not imported': 0 });
    },
  );
});

describe('template parts with an equivalent', () => {
  it('writes out an eleventy-dsfr card as HTML, and drops the import of the component', () => {
    const body =
      '<div>\n  {% from "components/component.njk" import component with context %}\n  {{ component("card", { url: "/x/", title: "Module <1>", image: { src: "/img/m.webp", alt: "Module" }, badges: ["Bientôt"] }) }}\n</div>\n';
    const { body: out, cards } = rewriteCards(body);
    expect(out).toBe(
      '<div>\n  <h3><a href="/x/">Module &lt;1&gt;</a></h3><p><img src="/img/m.webp" alt="Module"></p><p>Bientôt</p>\n</div>\n',
    );
    expect(cards).toEqual([{ offset: 8, title: 'Module <1>' }]);
  });

  it('leaves a component call it cannot read as written', () => {
    const body = '{{ component("card", { title: data.title }) }}';
    expect(rewriteCards(body).body).toBe(body);
  });

  it('removes an image whose address is a value the page does not have, and only that one', () => {
    const body = 'A ![]({{ image }}) B ![x]({{ cover }})';
    expect(dropEmptyImages(body, new Set(['cover'])).body).toBe('A  B ![x]({{ cover }})');
  });

  it('keeps the HTML of a template page that holds no template logic, grid unwrapped', () => {
    const { html, removed } = staticHtml(
      '<div class="fr-grid-row"><div class="fr-col-12"><p>Texte <a href="/x">lien</a>.</p></div><div class="fr-col-4"><img src="{{ image }}"></div></div><p>Le {{ date }}</p>',
    );
    expect(html).toBe('<p>Texte <a href="/x">lien</a>.</p>');
    expect(removed).toBe(2);
  });
});
