import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '@/lib/content/criteria';
import { parseDataText } from '@/lib/content/data-file';
import { parseEntry } from '@/lib/content/parse';
import type { PublicationEntry } from '@/lib/content/types';
import type { SourceTree } from '@/lib/import/plan';
import { mapRgesnIndex, rgesnMapper } from '@/lib/import/rgesn';

const CORPUS = path.resolve('..', 'shared', 'corpus', 'minumeco-2026');
const present = fs.existsSync(CORPUS);
if (!present) console.warn(`SKIPPED: the 2026 corpus is not at ${CORPUS}`);

function corpusTree(): SourceTree {
  const files = [
    '_data',
    'content/ressources/documents-reference/referentiel-general-ecoconception',
  ]
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(CORPUS, dir), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) =>
          path.relative(CORPUS, path.join(d.parentPath, d.name)).split(path.sep).join('/'),
        ),
    )
    .sort();
  return { files, links: [], read: (p) => fs.readFileSync(path.join(CORPUS, p), 'utf8') };
}

/** The criteria pages of URLS.tsv: number -> title without the site's suffix. */
function formerCriteria(): Map<string, string> {
  const rows = fs.readFileSync(path.join(CORPUS, 'URLS.tsv'), 'utf8').trim().split('\n');
  const pages = new Map<string, string>();
  for (const row of rows) {
    const [url = '', , title = ''] = row.split('\t');
    const id = /^\/publications\/referentiel-general-ecoconception\/critere\/([^/]+)\/$/.exec(
      url,
    )?.[1];
    if (id) pages.set(id, title.replace(/ - Numérique écoresponsable$/, ''));
  }
  return pages;
}

describe.skipIf(!present)('the RGESN of the former site', () => {
  const result = present ? rgesnMapper().map(corpusTree()) : undefined;
  const output = (to: string) => result!.outputs.find((o) => o.to === to);

  it('copies the criteria as they are, beside a publication that declares them', () => {
    expect(output('publications/referentiel-general-ecoconception/criteres.json')).toEqual({
      to: 'publications/referentiel-general-ecoconception/criteres.json',
      copy: '_data/referentiel-ecoconception.json',
    });
    expect(result!.counts['RGESN criteria imported']).toBe(78);
  });

  it('turns the index template into a page whose collection gives the 78 former criteria pages, titles included', () => {
    const index = output('publications/referentiel-general-ecoconception/index.md');
    const text = index && 'text' in index ? index.text : '';
    expect(text).not.toMatch(/\{\{|\{%/);
    expect(text).toContain('Version : 2');
    const parsed = parseEntry({
      kind: 'publication',
      file: 'publications/referentiel-general-ecoconception/index.md',
      absPath: '/x/publications/referentiel-general-ecoconception/index.md',
      slug: 'referentiel-general-ecoconception',
      url: '/publications/referentiel-general-ecoconception/',
      source: text,
    });
    expect(parsed.problems).toEqual([]);
    const entry = parsed.entry as PublicationEntry;
    expect(entry.title).toBe(
      "Référentiel général d'écoconception de services numériques (RGESN) - 2024",
    );
    expect(entry.collection?.licence).toBe('Licence Ouverte / Etalab 2.0');
    const file = 'criteres.json';
    const doc = parseDataText(
      file,
      fs.readFileSync(path.join(CORPUS, '_data/referentiel-ecoconception.json'), 'utf8'),
      'json',
    ).doc!;
    const built = buildCollection({
      host: { slug: entry.slug, url: entry.url, title: entry.title },
      file,
      absPath: file,
      format: 'json',
      config: entry.collection!,
      configLine: 1,
      hostFile: entry.file,
      doc,
    });
    expect(built.problems).toEqual([]);
    const former = formerCriteria();
    expect(former.size).toBe(78);
    const criteria = built.collection!.criteria;
    expect(new Map(criteria.map((c) => [c.id, c.title]))).toEqual(former);
    expect(built.collection!.themes.map((t) => t.slug)).toEqual([
      'strategie',
      'specifications',
      'architecture',
      'ux-ui',
      'contenus',
      'frontend',
      'backend',
      'hebergement',
      'algorithmie',
    ]);
    expect(built.collection!.themes.every((t) => t.description)).toBe(true);
  });

  it('makes the side pages pages of the publication, their former addresses kept', () => {
    const pages = result!.outputs.filter(
      (o) => o.to.endsWith('.md') && !o.to.endsWith('/index.md'),
    );
    expect(pages.map((p) => p.to.split('/').at(-1))).toEqual([
      'a-propos.md',
      'journal-des-modifications.md',
      'numecodiag.md',
      'on-parle-du-rgesn.md',
      'retour-experience.md',
    ]);
    for (const page of pages) {
      const name = page.to.split('/').at(-1)!.replace('.md', '');
      expect('text' in page && page.text).toContain(
        `/ressources/documents-reference/referentiel-general-ecoconception/${name}/`,
      );
    }
  });

  it('says the two templates are replaced, and claims every file of the folder', () => {
    const replaced = result!.notes.filter((n) => n.kind === 'replaced').map((n) => n.file);
    expect(replaced).toEqual([
      'content/ressources/documents-reference/referentiel-general-ecoconception/index.njk',
      '_data/referentiel-ecoconception.json',
      'content/ressources/documents-reference/referentiel-general-ecoconception/critere.njk',
    ]);
    const folder = corpusTree().files.filter((f) =>
      f.includes('referentiel-general-ecoconception/'),
    );
    expect(folder.filter((f) => !result!.handled.includes(f) && !f.endsWith('index.njk'))).toEqual(
      [],
    );
  });

  it('keeps only the text above the template’s loops', () => {
    const { text } = mapRgesnIndex(
      '---\ntitle: T\n---\n<p>{{ metadata.referentielEcoconception.versionTitle }}</p>\n<nav class="fr-summary">{% for x in y %}',
      [],
      { versionTitle: '3' },
    );
    expect(text).toMatch(/---\n\n<p>3<\/p>\n$/);
  });
});
