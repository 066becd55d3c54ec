import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  guideOf,
  guideTree,
  parentSlug,
  publicationSlug,
  reachablePublications,
  readingOrder,
} from '@/lib/content/guides';
import { readContent } from '@/lib/content/load';
import { parseEntry } from '@/lib/content/parse';
import type { PublicationEntry } from '@/lib/content';
import { compileBody } from '@/lib/mdx/compile';
import { tableOfContents } from '@/lib/mdx/plugins/headings';

function publication(slug: string, fm = '', parent?: string, body = 'Corps.'): PublicationEntry {
  const { entry, problems } = parseEntry({
    kind: 'publication',
    absPath: path.resolve(`content/publications/${slug}.md`),
    file: `content/publications/${slug}.md`,
    slug,
    url: `/publications/${slug}/`,
    parent,
    source: `---\ntitle: Titre ${slug}\ndate: 2025-01-01\n${fm}\n---\n${body}\n`,
  });
  expect(problems).toEqual([]);
  return entry as PublicationEntry;
}

describe('where a publication file is published, at any depth', () => {
  it('makes a folder’s index the folder’s page, and any other file a page below it', () => {
    expect(publicationSlug(['guide', 'index'])).toBe('guide');
    expect(publicationSlug(['guide', 'chapitre', 'index'])).toBe('guide/chapitre');
    expect(publicationSlug(['guide', 'chapitre', 'section'])).toBe('guide/chapitre/section');
    expect(publicationSlug(['seul'])).toBe('seul');
  });

  it('gives a page the nearest folder page above it as parent', () => {
    const pages = new Set(['guide', 'guide/chapitre']);
    expect(parentSlug('guide/chapitre/section', pages)).toBe('guide/chapitre');
    expect(parentSlug('guide/sans-index/section', pages)).toBe('guide');
    expect(parentSlug('guide', pages)).toBeUndefined();
  });

  let dir: string;
  const write = (rel: string, title: string) => {
    const file = path.join(dir, 'publications', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `---\ntitle: "${title}"\ndate: 2025-01-01\n---\n\nTexte.\n`);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a guide three levels deep, with ASCII addresses and parents', () => {
    write('Guide Été/index.md', 'Guide');
    write('Guide Été/Chapitre 1/index.md', 'Chapitre');
    write('Guide Été/Chapitre 1/Sous-chapitre.md', 'Sous-chapitre');
    write('Guide Été/Sans page/Section.md', 'Section');
    write('Guide Été/annexe.md', 'Annexe');
    const { entries, problems } = readContent(dir);
    expect(problems).toEqual([]);
    const found = entries.map((e) => [e.url, e.kind === 'publication' ? e.parent : undefined]);
    expect(found.toSorted()).toEqual(
      [
        ['/publications/guide-ete/', undefined],
        ['/publications/guide-ete/annexe/', 'guide-ete'],
        ['/publications/guide-ete/chapitre-1/', 'guide-ete'],
        ['/publications/guide-ete/chapitre-1/sous-chapitre/', 'guide-ete/chapitre-1'],
        ['/publications/guide-ete/sans-page/section/', 'guide-ete'],
      ].toSorted(),
    );
  });
});

describe('a guide', () => {
  const guide = publication('guide');
  const second = publication('guide/b', 'order: 2', 'guide');
  const first = publication('guide/a', 'order: 1', 'guide');
  const unordered = publication('guide/c', '', 'guide');
  const deep = publication('guide/a/x', 'order: 2', 'guide/a');
  const deeper = publication('guide/a/x/z', '', 'guide/a/x');
  const deepFirst = publication('guide/a/w', 'order: 1', 'guide/a');
  const orphan = publication('autre/page', '', 'autre');
  const alone = publication('seule');
  const all = [deeper, unordered, second, deep, guide, first, deepFirst, orphan, alone];

  it('nests its chapters in the editors’ order, unordered ones last', () => {
    const tree = guideTree(all, 'guide');
    expect(tree.map((n) => n.entry.slug)).toEqual(['guide/a', 'guide/b', 'guide/c']);
    expect(tree[0]!.children.map((n) => n.entry.slug)).toEqual(['guide/a/w', 'guide/a/x']);
    expect(tree[0]!.children[1]!.children.map((n) => n.entry.slug)).toEqual(['guide/a/x/z']);
  });

  it('is read depth-first: a chapter, then its sections, then the next chapter', () => {
    expect(readingOrder(guide, guideTree(all, 'guide')).map((e) => e.slug)).toEqual([
      'guide',
      'guide/a',
      'guide/a/w',
      'guide/a/x',
      'guide/a/x/z',
      'guide/b',
      'guide/c',
    ]);
  });

  it('links each page to the previous and next ones in reading order', () => {
    expect(guideOf(all, guide)).toMatchObject({ previous: undefined, next: first });
    expect(guideOf(all, deeper)).toMatchObject({ previous: deep, next: second });
    expect(guideOf(all, unordered)).toMatchObject({ previous: second, next: undefined });
  });

  it('knows the pages above one, from the guide down', () => {
    expect(ancestorsOf(all, deeper).map((e) => e.slug)).toEqual(['guide', 'guide/a', 'guide/a/x']);
    expect(guideOf(all, deeper)?.root).toBe(guide);
  });

  it('is no guide when a publication has no sub-page', () => {
    expect(guideOf(all, alone)).toBeUndefined();
  });

  it('publishes no page whose parent, or an ancestor, is missing', () => {
    const withoutA = all.filter((e) => e !== first);
    expect(
      reachablePublications(withoutA)
        .map((e) => e.slug)
        .sort(),
    ).toEqual(['guide', 'guide/b', 'guide/c', 'seule']);
  });
});

describe('the table of contents « Sur cette page »', () => {
  /** The h2 sections the one pipeline records while compiling a body. */
  async function sections(body: string) {
    return compileBody(publication('toc', '', undefined, body)).headings;
  }

  it('lists the h2 sections with the ids the page gives them', async () => {
    const headings = await sections(
      'Texte.\n\n## Été *chaud*\n\n### Détail\n\n## Été chaud\n\n## Fin {#la-fin}\n\n## Dernière',
    );
    expect(headings).toEqual([
      { id: 'été-chaud', text: 'Été chaud' },
      { id: 'été-chaud-1', text: 'Été chaud' },
      { id: 'la-fin', text: 'Fin' },
      { id: 'dernière', text: 'Dernière' },
    ]);
    expect(tableOfContents(headings)).toHaveLength(4);
  });

  it('lists the sections of a body written with « # », as they are shown (h1 become h2)', async () => {
    const headings = await sections('# Un\n\n## Sous un\n\n# Deux\n\n# Trois');
    expect(headings.map((h) => h.text)).toEqual(['Un', 'Deux', 'Trois']);
  });

  it('is left out below three sections', async () => {
    const headings = await sections('## Un\n\nTexte.\n\n## Deux\n\n### Trois, mais plus bas');
    expect(headings).toHaveLength(2);
    expect(tableOfContents(headings)).toEqual([]);
  });
});
