import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content';
import {
  adjacentCriteria,
  buildCollection,
  collectionPages,
  CollectionField,
  findCollectionPage,
  type CollectionConfig,
} from '@/lib/content/criteria';
import { criteriaCsv, criteriaJson, csvField } from '@/lib/content/criteria-export';
import { readCollections } from '@/lib/content/data-collections';
import { parseDataText, type DataFormat } from '@/lib/content/data-file';
import { lookupAsset } from '@/lib/content/load';
import { parseEntry } from '@/lib/content/parse';
import type { PublicationEntry } from '@/lib/content/types';

const FILE = 'content/publications/ref/criteres.json';
const host = { slug: 'ref', url: '/publications/ref/', title: 'Référentiel' };
const config: CollectionConfig = { file: 'criteres.json', licence: 'Licence Ouverte / Etalab 2.0' };

const criterion = (over: Record<string, unknown> = {}) => ({
  numero: '1.1',
  thematique: 'Stratégie',
  critere: 'Le service est-il utile ?',
  priorite: 'Prioritaire',
  difficulte: 'Faible',
  objectif: 'Un **objectif**.',
  ...over,
});

/** Parses a data file and builds its collection, as the content layer does. */
function collect(text: string, format: DataFormat = 'json', cfg: CollectionConfig = config) {
  const file = FILE.replace(/json$/, format);
  const parsed = parseDataText(file, text, format);
  if (!parsed.doc) return { problems: parsed.problems.map(formatProblem) };
  const built = buildCollection({
    host,
    file,
    absPath: `/abs/${file}`,
    format,
    config: cfg,
    configLine: 8,
    hostFile: 'content/publications/ref/index.md',
    doc: parsed.doc,
  });
  return { collection: built.collection, problems: built.problems.map(formatProblem) };
}

const json = (entries: unknown[]) => JSON.stringify(entries, null, 2);

describe('a data file of criteria', () => {
  it('gives each criterion a page, the filters by theme and priority, in the file’s order', () => {
    const { collection, problems } = collect(
      json([
        criterion(),
        criterion({ numero: '1.10', priorite: 'Modéré' }),
        criterion({ numero: '2.1', thematique: 'UX/UI', difficulte: 'Fort' }),
      ]),
    );
    expect(problems).toEqual([]);
    expect(collection!.criteria.map((c) => c.url)).toEqual([
      '/publications/ref/critere/1.1/',
      '/publications/ref/critere/1.10/',
      '/publications/ref/critere/2.1/',
    ]);
    expect(collection!.themes.map((t) => [t.slug, t.count])).toEqual([
      ['strategie', 2],
      ['ux-ui', 1],
    ]);
    expect(collection!.priorities.map((p) => p.slug)).toEqual(['prioritaire', 'modere']);
    expect(collectionPages(collection!).map((p) => p.url)).toContain(
      '/publications/ref/theme/ux-ui/',
    );
    const page = findCollectionPage([collection!], '/publications/ref/priorite/modere/');
    expect(page?.kind === 'filter' && page.criteria.map((c) => c.id)).toEqual(['1.10']);
    expect(findCollectionPage([collection!], '/publications/ref/critere/9.9/')).toBeUndefined();
    const { previous, next } = adjacentCriteria(collection!, '1.10');
    expect([previous?.id, next?.id]).toEqual(['1.1', '2.1']);
  });

  it('names the file, the line, the entry and the field of a priority it does not know', () => {
    const text = json([criterion(), criterion({ numero: '1.2', priorite: 'urgente' })]);
    const line = text.split('\n').findIndex((l) => l.includes('urgente')) + 1;
    expect(collect(text).problems).toEqual([
      `${FILE}:${line}: criteres[1].priorite: « urgente » n’est pas une priorité connue (Prioritaire, Recommandé ou Modéré)`,
    ]);
  });

  it('refuses a field of the wrong type, at its line', () => {
    const text = json([criterion({ numero: 1.1 }), criterion({ numero: '1.2', objectif: ['a'] })]);
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(collect(text).problems).toEqual([
      `${FILE}:${at('"numero": 1.1')}: criteres[0].numero: doit être écrit entre guillemets (« "1.10" ») : un nombre perd ses zéros, 1.10 se lirait 1.1`,
      `${FILE}:${at('"objectif": [')}: criteres[1].objectif: doit être du texte`,
    ]);
  });

  it('refuses a number used twice, naming the first one', () => {
    const text = json([criterion(), criterion({ critere: 'Autre ?' })]);
    const second = text.split('\n').findIndex((l, i) => i > 2 && l.includes('"numero"')) + 1;
    expect(collect(text).problems).toEqual([
      `${FILE}:${second}: criteres[1].numero: « 1.1 » est déjà le numéro de criteres[0] (ligne 2) : chaque critère a le sien`,
    ]);
  });

  it('reports a missing field at the line of its entry', () => {
    const entry: Record<string, unknown> = criterion({ numero: '1.2' });
    delete entry.critere;
    const text = json([criterion(), entry]);
    const line = text.split('\n').findIndex((l, i) => i > 2 && l.trim() === '{') + 1;
    expect(collect(text).problems).toEqual([
      `${FILE}:${line}: criteres[1].critere: manque : chaque critère a son intitulé (la question, titre de sa page)`,
    ]);
  });

  it('refuses an unknown field, a theme not declared and a file that is not a list', () => {
    expect(collect(json([criterion({ priorté: 'x' })])).problems[0]).toMatch(
      /criteres\[0\]: champ inconnu « priorté »/,
    );
    const declared = { ...config, themes: [{ name: 'Architecture' }] };
    expect(collect(json([criterion()]), 'json', declared).problems).toEqual([
      `${FILE}:4: criteres[0].thematique: « Stratégie » n’est pas une thématique déclarée (collection.themes de content/publications/ref/index.md : Architecture)`,
    ]);
    expect(collect('{"criteres": []}').problems).toEqual([
      `${FILE}:1: données: doit être une liste de critères ([ { "numero": "1.1", … }, … ])`,
    ]);
  });

  it('reports JSON and YAML syntax errors and keys written twice at their line', () => {
    expect(collect('[\n  {"numero": "1.1",}\n]').problems[0]).toMatch(
      /^content\/publications\/ref\/criteres\.json:2: données: JSON illisible/,
    );
    expect(collect('[\n {"numero": "1.1",\n  "numero": "1.2"}\n]').problems).toEqual([
      `${FILE}:3: données: la même clé est écrite deux fois dans un objet : gardez-en une`,
    ]);
    expect(collect('- numero: "1.1"\n  critere: [oops\n', 'yaml').problems[0]).toMatch(
      /criteres\.yaml:\d: données: YAML illisible/,
    );
  });

  it('counts a YAML block text from the line below its « | »', () => {
    const yaml =
      '- numero: "1.1"\n  thematique: A\n  critere: Q ?\n  priorite: Modéré\n  difficulte: Moyen\n  objectif: |\n    Texte.\n';
    const { collection } = collect(yaml, 'yaml');
    expect(collection!.criteria[0]!.objective).toEqual({ markdown: 'Texte.', line: 7 });
  });

  it('reads CSV as RFC 4180 writes it: quotes, commas and line breaks inside a field', () => {
    const csv =
      '\uFEFFnumero,thematique,critere,priorite,difficulte,objectif\r\n' +
      '1.1,Stratégie,"Utile, vraiment ?",Prioritaire,Faible,"Un ""objectif""\r\nsur deux lignes"\r\n' +
      '1.2,Stratégie,Autre ?,urgente,Faible,Texte\r\n';
    expect(collect(csv, 'csv').problems).toEqual([
      'content/publications/ref/criteres.csv:4: criteres[1].priorite: « urgente » n’est pas une priorité connue (Prioritaire, Recommandé ou Modéré)',
    ]);
    const ok = collect(csv.replace('urgente', 'Modéré'), 'csv').collection!;
    expect(ok.criteria[0]!.title).toBe('Utile, vraiment ?');
    expect(ok.criteria[0]!.objective.markdown).toBe('Un "objectif"\r\nsur deux lignes');
  });

  it('reads a CSV written with semicolons, and refuses a line with a column too many', () => {
    const csv =
      'numero;thematique;critere;priorite;difficulte;objectif\n1.1;A;Q ?;Modéré;Fort;T\n1.2;A;Q;?;Modéré;Fort;T\n';
    expect(collect(csv, 'csv').problems).toEqual([
      'content/publications/ref/criteres.csv:3: données: cette ligne a 7 colonnes, l’en-tête en a 6 : une virgule de trop ou un guillemet manquant ?',
    ]);
    expect(collect('numero\n"1.1\n', 'csv').problems[0]).toMatch(
      /criteres\.csv:2: données: un guillemet « " » ouvert/,
    );
  });
});

describe('the downloads of a collection', () => {
  const { collection } = collect(
    json([
      criterion({ critere: 'Des "guillemets", une virgule ?', miseEnOeuvre: 'Ligne 1\nLigne 2' }),
      criterion({ numero: '2.1', thematique: 'Contenus', priorite: 'Recommandé' }),
    ]),
  );

  it('writes RFC 4180 CSV with a BOM and CRLF, which reads back to the same criteria', () => {
    const csv = criteriaCsv(collection!);
    expect(csv.startsWith('\uFEFFnumero,thematique,critere,difficulte,priorite,')).toBe(true);
    expect(csv).toContain('"Des ""guillemets"", une virgule ?"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = parseDataText('x.csv', csv, 'csv').doc!.value as Record<string, string>[];
    expect(back.map((r) => r.numero)).toEqual(['1.1', '2.1']);
    expect(back[0]!.miseEnOeuvre).toBe('Ligne 1\nLigne 2');
    expect(back[1]!.url).toBe(
      'https://ecoresponsable.numerique.gouv.fr/publications/ref/critere/2.1/',
    );
  });

  it('keeps a spreadsheet from running a text as a formula, and Markdown lists as they are', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('- un élément')).toBe('- un élément');
  });

  it('writes JSON with the licence, the themes and every criterion', () => {
    const data = JSON.parse(criteriaJson(collection!));
    expect(data.licence).toEqual({ nom: 'Licence Ouverte / Etalab 2.0' });
    expect(data.thematiques.map((t: { nom: string }) => t.nom)).toEqual(['Stratégie', 'Contenus']);
    expect(data.criteres.map((c: { numero: string }) => c.numero)).toEqual(['1.1', '2.1']);
    expect(data.criteres[0].critere).toBe('Des "guillemets", une virgule ?');
  });
});

describe('a publication that declares a collection', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rgesn-unit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const publication = (collection: string) => {
    const absPath = path.join(dir, 'publications', 'ref', 'index.md');
    const result = parseEntry({
      kind: 'publication',
      file: 'content/publications/ref/index.md',
      absPath,
      slug: 'ref',
      url: '/publications/ref/',
      source: `---\ntitle: Réf\ndate: 2026-01-01\n${collection}---\nTexte.\n`,
    });
    return result;
  };
  const read = (entry: PublicationEntry) =>
    readCollections([entry], (ref, from) => lookupAsset(ref, from, dir));

  it('validates the declaration like any front matter', () => {
    expect(publication('collection:\n  file: x.json\n').problems.map(formatProblem)).toEqual([
      'content/publications/ref/index.md:4: collection.licence: manque : la licence des données (« Licence Ouverte / Etalab 2.0 »), affichée près des téléchargements',
    ]);
    expect(CollectionField.safeParse({ file: '../../etc/passwd', licence: 'x' }).success).toBe(
      false,
    );
  });

  it('reads only a file inside the content source, and of a bounded size', () => {
    fs.mkdirSync(path.join(dir, 'publications', 'ref'), { recursive: true });
    const outside = publication('collection:\n  file: ../../../secret.json\n  licence: L\n')
      .entry as PublicationEntry;
    expect(read(outside).problems[0]?.message).toMatch(/outside the content source/);
    fs.writeFileSync(
      path.join(dir, 'publications', 'ref', 'big.json'),
      `[${' '.repeat(1_100_000)}]`,
    );
    const big = publication('collection:\n  file: big.json\n  licence: L\n')
      .entry as PublicationEntry;
    expect(read(big).problems[0]?.rule).toBe('limit-data-size');
    fs.writeFileSync(path.join(dir, 'publications', 'ref', 'ok.json'), json([criterion()]));
    const ok = publication('collection:\n  file: ok.json\n  licence: L\n')
      .entry as PublicationEntry;
    expect(read(ok).collections[0]?.criteria).toHaveLength(1);
  });
});

describe('npm run check on a content source with a data collection', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rgesn-check-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('stops on a bad entry and on a text’s broken link or script, at their lines in the data file', async () => {
    const { checkContent } = await import('@/lib/content/check');
    const dir = path.join(root, 'publications', 'ref');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: Réf\ndate: 2026-01-01\ncollection:\n  file: criteres.json\n  licence: L\n---\nVoir [le critère 1.1](/publications/ref/critere/1.1/).\n',
    );
    const text = json([
      criterion({ miseEnOeuvre: 'Voir [ailleurs](/nulle-part/).\n\n<script>alert(1)</script>' }),
    ]);
    fs.writeFileSync(path.join(dir, 'criteres.json'), text);
    const file = path
      .relative(process.cwd(), path.join(dir, 'criteres.json'))
      .split(path.sep)
      .join('/');
    const line = text.split('\n').findIndex((l) => l.includes('miseEnOeuvre')) + 1;
    const shown = (await checkContent(root, 1)).problems.map(
      (p) => `${p.file}:${p.line}: ${p.message}`,
    );
    expect(shown).toEqual([
      `${file}:${line}: <script> is not allowed: content cannot run code (remove it)`,
      `${file}:${line}: link « /nulle-part/ » leads to no page`,
    ]);
    fs.writeFileSync(path.join(dir, 'criteres.json'), json([criterion({ priorite: 'urgente' })]));
    expect((await checkContent(root, 1)).problems.map(formatProblem)).toEqual([
      `${file}:6: criteres[0].priorite: « urgente » n’est pas une priorité connue (Prioritaire, Recommandé ou Modéré)`,
      // The criterion has no page while its entry is wrong: the link to it is reported too.
      expect.stringMatching(
        /index\.md:8: link « \/publications\/ref\/critere\/1\.1\/ » leads to no page$/,
      ),
    ]);
  });
});
