import { z } from 'zod';
import { lineOfPath, pathLabel, textLineOf, type DataDocument, type DataFormat } from './data-file';
import { LIMITS } from './limits';
import type { Problem } from './problems';
import { slugify } from './slug';

/**
 * A framework of criteria (the RGESN is one): a list of criteria in a data file, each a question
 * with its theme, priority, difficulty and Markdown texts, presented by a publication that names
 * the file in its front matter (`collection:`). The schema of an entry, and the pages it makes.
 * Pure: takes what the data file held (lib/content/data-file.ts), touches no file.
 */

export const PRIORITIES = ['Prioritaire', 'Recommandé', 'Modéré'] as const;
export const DIFFICULTIES = ['Faible', 'Moyen', 'Fort'] as const;

/** Path segments of the pages a collection makes under its publication's address. */
export const SEGMENTS = { criterion: 'critere', theme: 'theme', priority: 'priorite' } as const;

const orList = (values: readonly string[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} ou ${values.at(-1)}` : (values[0] ?? '');

const required = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `manque : chaque critère a ${what}`
          : 'doit être du texte',
    })
    .trim()
    .min(1, `est vide : écrivez ${what}`);

const optionalText = z
  .union([z.string(), z.number()], { error: 'doit être du texte' })
  .transform((v) => String(v).trim())
  .optional();

const oneOf = (values: readonly string[], what: string) =>
  required(what).superRefine((value, ctx) => {
    if (!values.includes(value))
      ctx.addIssue({ code: 'custom', message: `« ${value.slice(0, 60)} » n’est pas ${what} connue (${orList(values)})` });
  });

/** A criterion's number is its address (`critere/1.10/`): text, so that 1.10 stays 1.10. */
const CriterionId = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'manque : chaque critère a un numéro (« 1.1 »)'
        : typeof issue.input === 'number'
          ? 'doit être écrit entre guillemets (« "1.10" ») : un nombre perd ses zéros, 1.10 se lirait 1.1'
          : 'doit être du texte',
  })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, {
    error: 'ne peut contenir que des lettres sans accent, des chiffres, « . », « - » et « _ » (il fait l’adresse de la page)',
  });

const FIELDS = ['numero', 'thematique', 'critere', 'priorite', 'difficulte', 'cible', 'metiers', 'objectif', 'miseEnOeuvre', 'controle'] as const;

export const CriterionSchema = z.strictObject(
  {
    numero: CriterionId,
    thematique: required('une thématique'),
    critere: required('son intitulé (la question, titre de sa page)'),
    priorite: oneOf(PRIORITIES, 'une priorité'),
    difficulte: oneOf(DIFFICULTIES, 'une difficulté'),
    cible: optionalText,
    metiers: optionalText,
    objectif: required('un objectif'),
    miseEnOeuvre: optionalText,
    controle: optionalText,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `champ inconnu « ${issue.keys.join(', ')} » : un critère a ${FIELDS.join(', ')}`
        : 'doit être un critère : un objet { "numero": …, "thematique": …, … }',
  },
);

const https = z
  .string({ error: 'doit être une adresse web (https://…)' })
  .trim()
  .regex(/^https:\/\/[^\s<>"]+$/, { error: 'doit être une adresse web (https://…)' });

/** `collection:` in a publication's front matter: the data file its criteria come from. */
export const CollectionField = z.strictObject(
  {
    file: z
      .string({ error: 'doit être le nom du fichier de données (criteres.json, .yaml ou .csv)' })
      .trim()
      .regex(/^[^/\\].*\.(json|ya?ml|csv)$/i, {
        error: 'doit être un fichier .json, .yaml ou .csv à côté de cette page (chemin relatif)',
      }),
    licence: z
      .string({ error: 'manque : la licence des données (« Licence Ouverte / Etalab 2.0 »), affichée près des téléchargements' })
      .trim()
      .min(1, 'est vide : écrivez la licence des données'),
    licenceUrl: https.optional(),
    /** Name of the downloads (`rgesn` -> rgesn.csv and rgesn.json); the data file's by default. */
    download: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'doit être un nom en minuscules sans accent (« rgesn »)' })
      .optional(),
    themes: z
      .array(
        z.strictObject(
          { name: z.string().trim().min(1), description: optionalText },
          { error: 'chaque thématique a « name » et, si besoin, « description »' },
        ),
        { error: 'doit être une liste de thématiques (« - name: … »)' },
      )
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `clé inconnue « ${issue.keys.join(', ')} » : collection a file, licence, licenceUrl, download, themes`
        : 'doit être un bloc avec « file: » et « licence: »',
  },
);

export type CollectionConfig = z.output<typeof CollectionField>;

/** A Markdown text of a criterion, and the line of the data file where it is written. */
export interface DataText {
  markdown: string;
  line: number;
}

export interface Facet {
  slug: string;
  label: string;
  description?: string;
  count: number;
}

export interface Criterion {
  id: string;
  url: string;
  /** The question: the title of its page. */
  title: string;
  theme: Facet;
  priority: Facet;
  difficulty: string;
  target?: string;
  jobs?: string;
  objective: DataText;
  implementation?: DataText;
  test?: DataText;
  /** Line of the entry in the data file. */
  line: number;
  /** The entry's fields as validated, for the downloads. */
  fields: Record<(typeof FIELDS)[number], string | undefined>;
}

export interface CriteriaCollection {
  /** The publication whose page is the collection's index. */
  host: { slug: string; url: string; title: string };
  /** The data file, as shown in messages, and on disk. */
  file: string;
  absPath: string;
  format: DataFormat;
  licence: string;
  licenceUrl?: string;
  download: string;
  /** Themes in the framework's order (as declared, or as they come). */
  themes: Facet[];
  priorities: Facet[];
  criteria: Criterion[];
}

export interface CollectionInput {
  host: CriteriaCollection['host'];
  file: string;
  absPath: string;
  format: DataFormat;
  config: CollectionConfig;
  /** Line of `collection:` in the publication, for problems of the declaration. */
  configLine: number;
  hostFile: string;
  doc: DataDocument;
}

/**
 * Validates every entry of a data file against {@link CriterionSchema} and the rules across
 * entries (a number used twice, a theme not declared), each problem at its line with the path of
 * the field (`criteres[17].priorite`). The collection is built only from a file without error.
 */
export function buildCollection(input: CollectionInput): { collection?: CriteriaCollection; problems: Problem[] } {
  const { file, doc, config } = input;
  const stem = file.split('/').at(-1)!.replace(/\.[^.]+$/, '');
  const problems: Problem[] = [];
  const problem = (path: PropertyKey[], message: string, rule: string) =>
    problems.push({ file, line: lineOfPath(doc, path), severity: 'error', field: `${stem}${pathLabel(path)}`, message, rule });
  if (!Array.isArray(doc.value)) {
    problems.push({ file, line: 1, severity: 'error', field: 'données', rule: 'data-shape', message: 'doit être une liste de critères ([ { "numero": "1.1", … }, … ])' });
    return { problems };
  }
  if (doc.value.length > LIMITS.dataEntries) {
    problems.push({ file, line: 1, severity: 'error', field: 'données', rule: 'limit-data-entries', message: `${doc.value.length} critères (au plus ${LIMITS.dataEntries}, chacun fait une page) : scindez le référentiel` });
    return { problems };
  }
  const declared = config.themes?.map((t) => t.name);
  const valid: { index: number; data: z.output<typeof CriterionSchema> }[] = [];
  const byId = new Map<string, number>();
  doc.value.forEach((raw, index) => {
    const result = CriterionSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problem([index, ...issue.path], issue.message, 'data-field');
      return;
    }
    const data = result.data;
    const twice = byId.get(data.numero.toLowerCase());
    if (twice !== undefined)
      problem([index, 'numero'], `« ${data.numero} » est déjà le numéro de ${stem}[${twice}] (ligne ${lineOfPath(doc, [twice])}) : chaque critère a le sien`, 'data-duplicate');
    else byId.set(data.numero.toLowerCase(), index);
    if (declared && !declared.includes(data.thematique))
      problem([index, 'thematique'], `« ${data.thematique} » n’est pas une thématique déclarée (collection.themes de ${input.hostFile} : ${orList(declared)})`, 'data-theme');
    valid.push({ index, data });
  });
  if (problems.length > 0) return { problems };

  const base = input.host.url;
  const themes = facets(declared ?? valid.map((v) => v.data.thematique), valid.map((v) => v.data.thematique));
  for (const theme of themes) theme.description = config.themes?.find((t) => t.name === theme.label)?.description;
  const priorities = facets(PRIORITIES, valid.map((v) => v.data.priorite));
  const text = (index: number, key: string, value: string | undefined): DataText | undefined =>
    value ? { markdown: value, line: textLineOf(doc, [index, key]) } : undefined;
  const criteria = valid.map(({ index, data }): Criterion => ({
    id: data.numero,
    url: `${base}${SEGMENTS.criterion}/${data.numero}/`,
    title: data.critere,
    theme: themes.find((t) => t.label === data.thematique)!,
    priority: priorities.find((p) => p.label === data.priorite)!,
    difficulty: data.difficulte,
    target: data.cible || undefined,
    jobs: data.metiers || undefined,
    objective: text(index, 'objectif', data.objectif)!,
    implementation: text(index, 'miseEnOeuvre', data.miseEnOeuvre),
    test: text(index, 'controle', data.controle),
    line: lineOfPath(doc, [index]),
    fields: Object.fromEntries(FIELDS.map((key) => [key, data[key] || undefined])) as Criterion['fields'],
  }));
  // A slug two labels share (« UX/UI » and « UX-UI ») would give two filters one address.
  const slugs = new Set<string>();
  for (const facet of [...themes]) {
    if (!facet.slug || slugs.has(facet.slug))
      problems.push({ file: input.hostFile, line: input.configLine, severity: 'error', field: 'collection.themes', rule: 'data-theme', message: `la thématique « ${facet.label} » n’a pas d’adresse propre (« ${facet.slug} ») : renommez-la` });
    slugs.add(facet.slug);
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    collection: {
      host: input.host,
      file,
      absPath: input.absPath,
      format: input.format,
      licence: config.licence,
      licenceUrl: config.licenceUrl,
      download: config.download ?? (slugify(stem) || 'donnees'),
      themes: themes.filter((t) => t.count > 0),
      priorities: priorities.filter((p) => p.count > 0),
      criteria,
    },
  };
}

/** Facets in the given order, each with its count among `values`. */
function facets(order: readonly string[], values: readonly string[]): Facet[] {
  const labels = [...new Set([...order, ...values])];
  return labels.map((label) => ({ slug: slugify(label), label, count: values.filter((v) => v === label).length }));
}

export type FacetKind = 'theme' | 'priority';

export const facetUrl = (c: CriteriaCollection, kind: FacetKind, slug: string) =>
  `${c.host.url}${SEGMENTS[kind]}/${slug}/`;

export const downloadUrl = (c: CriteriaCollection, ext: 'csv' | 'json') => `${c.host.url}${c.download}.${ext}`;

export function filterCriteria(c: CriteriaCollection, kind: FacetKind, slug: string): Criterion[] {
  return c.criteria.filter((cr) => (kind === 'theme' ? cr.theme : cr.priority).slug === slug);
}

/** Title of a filtered index: « Critères de priorité « Prioritaire » – RGESN ». */
export function facetTitle(c: CriteriaCollection, kind: FacetKind, facet: Facet): string {
  return `${kind === 'theme' ? 'Thématique' : 'Priorité'} «\u00a0${facet.label}\u00a0» – ${c.host.title}`;
}

/** Every page a collection makes besides its publication's: criteria, then filtered indexes. */
export function collectionPages(c: CriteriaCollection): { url: string; title: string }[] {
  return [
    ...c.criteria.map((cr) => ({ url: cr.url, title: cr.title })),
    ...c.themes.map((t) => ({ url: facetUrl(c, 'theme', t.slug), title: facetTitle(c, 'theme', t) })),
    ...c.priorities.map((p) => ({ url: facetUrl(c, 'priority', p.slug), title: facetTitle(c, 'priority', p) })),
  ];
}

/** The criteria before and after one, in the framework's order. */
export function adjacentCriteria(c: CriteriaCollection, id: string) {
  const i = c.criteria.findIndex((cr) => cr.id === id);
  return { previous: i > 0 ? c.criteria[i - 1] : undefined, next: i >= 0 ? c.criteria[i + 1] : undefined };
}

/** What a page of a collection is, from its path under the publication (`critere/1.1`). */
export type CollectionPage =
  | { kind: 'criterion'; collection: CriteriaCollection; criterion: Criterion }
  | { kind: 'filter'; collection: CriteriaCollection; facet: FacetKind; value: Facet; criteria: Criterion[] };

export function findCollectionPage(collections: readonly CriteriaCollection[], url: string): CollectionPage | undefined {
  for (const c of collections) {
    if (!url.startsWith(c.host.url)) continue;
    const [segment, value, ...rest] = url.slice(c.host.url.length).split('/').filter(Boolean);
    if (!value || rest.length > 0) continue;
    if (segment === SEGMENTS.criterion) {
      const criterion = c.criteria.find((cr) => cr.id === value);
      if (criterion) return { kind: 'criterion', collection: c, criterion };
    }
    for (const kind of ['theme', 'priority'] as const) {
      if (segment !== SEGMENTS[kind]) continue;
      const facet = (kind === 'theme' ? c.themes : c.priorities).find((f) => f.slug === value);
      if (facet) return { kind: 'filter', collection: c, facet: kind, value: facet, criteria: filterCriteria(c, kind, value) };
    }
  }
  return undefined;
}
