import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResourceList } from '@/components/mdx/resource-list';
import type { Entry, KnownPage } from '@/lib/content';
import { parseEntry } from '@/lib/content/parse';
import { renderCompiled } from '@/lib/mdx/render';
import { importWithEnv } from '../helpers/env';

const PAGES = new Map<string, KnownPage>([
  ['/publications/', { title: 'Publications', description: 'Toutes les publications.' }],
  [
    '/publications/guide/',
    { title: 'Guide pratique des achats', description: 'Un guide pour les acheteurs publics.' },
  ],
  ['/actualites/une-actualite/', { title: 'Une actualité' }],
]);

let contentDir: string;
beforeAll(() => {
  // A content source with a public folder, so that local documents have a size.
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resource-lists-'));
  fs.mkdirSync(path.join(contentDir, 'public', 'docs'), { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'public', 'docs', 'rapport.pdf'), Buffer.alloc(1_234_567));
  fs.writeFileSync(path.join(contentDir, 'public', 'docs', 'tableau.ods'), Buffer.alloc(4_200));
});
afterAll(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});
afterEach(() => vi.unstubAllEnvs());

function entryOf(body: string, format: 'md' | 'mdx' = 'md'): Entry {
  const file = `content/actualites/x.${format}`;
  const { entry, problems } = parseEntry({
    kind: 'news',
    file,
    absPath: path.resolve(file),
    slug: 'x',
    url: '/actualites/x/',
    source: `---\ntitle: Essai\ndate: 2024-01-01\n---\n${body}`,
  });
  expect(problems).toEqual([]);
  return entry!;
}

/** Compiles a body through the site's pipeline and renders it with the resource list component. */
async function render(
  body: string,
  format: 'md' | 'mdx' = 'md',
  pages = PAGES,
  renderer = renderCompiled,
) {
  const entry = entryOf(body, format);
  const { content, problems } = renderer(entry, { ResourceList }, pages, contentDir);
  const html = renderToStaticMarkup(<>{content}</>);
  return { html, problems };
}

describe('resource lists', () => {
  it('turns a Markdown list whose every item begins with a link into a resource list', async () => {
    const { html } = await render(
      '- [Un](https://example.org/a)\n- [Deux](https://example.org/b)\n',
    );
    expect(html).toContain('class="resource-list');
    expect(html.match(/<li/g)).toHaveLength(2);
  });

  it('leaves a list alone when one item does not begin with a link', async () => {
    const { html } = await render(
      '- [Un](https://example.org/a)\n- du texte [lien](https://example.org/b)\n',
    );
    expect(html).not.toContain('resource-list');
    expect(html).toContain('<ul>');
  });

  it('leaves a table of contents (links to anchors) alone', async () => {
    const { html } = await render('- [Partie 1](#partie-1)\n- [Partie 2](#partie-2)\n');
    expect(html).not.toContain('resource-list');
  });

  it('shows the title and description of an internal target when the item has no text of its own', async () => {
    const { html } = await render('- [**Le guide**](/publications/guide/).\n');
    expect(html).toContain('href="/publications/guide/"');
    expect(html).toContain('Guide pratique des achats');
    expect(html).toContain('Un guide pour les acheteurs publics.');
    expect(html).not.toContain('Le guide');
  });

  it('keeps the item’s own text instead of the target’s description, without the separator', async () => {
    const { html } = await render(
      '- [**Guide pratique des achats**](/publications/guide/) : pour bien acheter.\n',
    );
    expect(html).toContain('Guide pratique des achats');
    expect(html).toContain(
      '<div class="mt-1 [&amp;_a]:relative [&amp;_a]:z-10">pour bien acheter.</div>',
    );
    expect(html).not.toContain('Un guide pour les acheteurs publics.');
  });

  it('keeps the editor’s link text at the head of the item’s text when it differs from the title', async () => {
    const { html } = await render(
      '- [**Des restitutions d’ateliers**](/publications/) avec des experts.\n',
    );
    expect(html).toMatch(/>Publications</);
    expect(html).toContain('Des restitutions d’ateliers avec des experts.');
  });

  it('shows the domain of an external link and the source in parentheses', async () => {
    const { html } = await render(
      '- [Quizz](https://www.halteobsolescence.org/quizz) (HOP)\n- [Conseils](https://www.produitsdurables.fr/x/) (Produits Durables/HOP)\n',
    );
    expect(html).toContain('<span>halteobsolescence.org</span>');
    expect(html).toContain('<span>Source : HOP</span>');
    expect(html).toContain('<span>Source : Produits Durables/HOP</span>');
    expect(html).not.toContain('(HOP)');
  });

  it('shows the format and the size of a local document, the French way', async () => {
    const { html, problems } = await render(
      '- [Le rapport](/docs/rapport.pdf)\n- [Les chiffres](/docs/tableau.ods)\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<span>PDF, 1,2 Mo</span>');
    expect(html).toContain('<span>ODS, 4,2 ko</span>');
    expect(html).toContain('<span class="sr-only"> (PDF, 1,2 Mo)</span>');
  });

  it('shows the format of a remote document with its domain, without a size', async () => {
    const { html } = await render(
      '- [Un rapport](https://www.ecologie.gouv.fr/files/rapport.PDF)\n',
    );
    expect(html).toContain('<span>ecologie.gouv.fr</span><span>PDF</span>');
  });

  it('opens every link in the same window', async () => {
    const { html } = await render(
      '- [Quizz](https://example.org/) (HOP)\n- [Guide](/publications/guide/)\n',
    );
    expect(html).not.toContain('target=');
  });

  it('reports a broken internal link in a list as an error at its line', async () => {
    const { problems } = await render('Texte.\n\n- [Rien](/publications/nope/)\n');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/actualites/x.md',
        line: 7,
        severity: 'error',
        rule: 'link-broken',
        message: 'link « /publications/nope/ » leads to no page',
      }),
    ]);
  });

  it('reports broken plain links and missing local documents too', async () => {
    const { problems } = await render(
      'Voir [ce texte](/posts/ancien/) et [ce fichier](/docs/absent.pdf).\n',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'link « /posts/ancien/ » leads to no page',
      'link « /docs/absent.pdf » leads to no page',
    ]);
  });

  it('resolves links written without the trailing slash or with an anchor', async () => {
    const { problems } = await render(
      '[a](/publications/guide) [b](/actualites/une-actualite/#suite)\n',
    );
    expect(problems).toEqual([]);
  });

  it('reports broken links as warnings with LINKS=warn', async () => {
    const imported = await importWithEnv({ LINKS: 'warn' }, () => import('@/lib/mdx/render'));
    const { problems } = await render(
      '- [Rien](/publications/nope/)\n',
      'md',
      PAGES,
      imported.renderCompiled,
    );
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('keeps the text of plain links outside lists', async () => {
    const { html } = await render('Lire [le guide des achats](/publications/guide/).\n');
    expect(html).toContain('<a href="/publications/guide/">le guide des achats</a>');
  });

  it('in .mdx, renders only lists wrapped in <ResourceList>', async () => {
    const { html, problems } = await render(
      '- [Libre](https://example.org/)\n\n<ResourceList>\n\n- [Guide](/publications/guide/)\n\n</ResourceList>\n',
      'mdx',
    );
    expect(problems).toEqual([]);
    expect(html.match(/resource-list/g)).toHaveLength(1);
    expect(html).toContain('Guide pratique des achats');
    expect(html).toContain('<li><a href="https://example.org/">Libre</a></li>');
  });

  it('in .mdx, reports an item of <ResourceList> that does not begin with a link', async () => {
    const { problems } = await render('<ResourceList>\n\n- du texte\n\n</ResourceList>\n', 'mdx');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'resource-list-item', line: 7 }),
    ]);
  });
});
