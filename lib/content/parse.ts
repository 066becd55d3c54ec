import type { z } from 'zod';
import { parseFrontMatter } from './front-matter';
import { interpolate } from './interpolate';
import { checkBodyLimits } from './limits';
import { prepareContainers } from '@/lib/mdx/dialect/source';
import type { Problem } from './problems';
import { NewsSchema, PageSchema, PublicationSchema, ThemeSchema, ToolSchema } from './schema';
import { slugify } from './slug';
import type { Entry, Format, Kind, TagRef } from './types';

export interface SourceFile {
  kind: Kind;
  /** Display path, relative to the working directory. */
  file: string;
  absPath: string;
  slug: string;
  url: string;
  source: string;
  parent?: string;
}

const SCHEMAS = { news: NewsSchema, publication: PublicationSchema, tool: ToolSchema, page: PageSchema, theme: ThemeSchema };

function toTags(labels: string[]): TagRef[] {
  const seen = new Set<string>();
  const tags: TagRef[] = [];
  for (const label of labels) {
    const slug = slugify(label);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    tags.push({ slug, label });
  }
  return tags;
}

/** Tool sheet fields shown as a definition list, in the order of the former site's sheets. */
const TOOL_DETAILS: [key: string, label: string][] = [
  ['category', 'Catégorie'],
  ['scope', 'Périmètre'],
  ['target', 'Public'],
  ['toolType', 'Type d’outil'],
  ['environnementalIndicators', 'Indicateurs environnementaux'],
  ['measuredIndicators', 'Indicateurs mesurés'],
  ['mainTechnology', 'Technologie principale'],
  ['author', 'Auteur'],
  ['licence', 'Licence'],
];

/** The line of `path` (`sections.0.title`), or of the nearest enclosing value written in the file. */
function nearestLine(keyLines: Record<string, number>, path: string[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const line = keyLines[path.slice(0, depth).join('.')];
    if (line !== undefined) return line;
  }
  return 1;
}

/**
 * Parses one content file: front matter, validation, interpolation. Pure: takes the source text,
 * touches no file. Returns the entry, or the problems that prevent it, each with its line.
 */
export function parseEntry(input: SourceFile): { entry?: Entry; problems: Problem[] } {
  const { file, kind } = input;
  const fm = parseFrontMatter(file, input.source);
  if (!fm.value) return { problems: fm.problems };
  const { data, keyLines, bodyLine } = fm.value;
  const format: Format = file.endsWith('.mdx') ? 'mdx' : 'md';

  const schema = SCHEMAS[kind] as z.ZodType<Record<string, unknown>>;
  const result = schema.safeParse(data);
  const problems: Problem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      problems.push({
        file,
        // The line of the value at fault when it is nested (`items.2`), else of the nearest
        // block that holds it (a missing `sections.0.title`: the section's line).
        line: nearestLine(keyLines, issue.path.map(String)),
        severity: 'error',
        field: field || undefined,
        message: issue.message,
        rule: `field-${top || 'front-matter'}`,
      });
    }
    return { problems: problems.sort((a, b) => a.line - b.line) };
  }
  const valid = result.data as Record<string, unknown> & z.output<typeof NewsSchema>;

  // The former site's containers, in the directive syntax the pipeline parses (line for line).
  let body = prepareContainers(fm.value.body);
  if (format === 'md') {
    const interpolated = interpolate(file, body, bodyLine, data);
    body = interpolated.body;
    problems.push(...interpolated.problems);
  }
  const limits = checkBodyLimits(file, body, bodyLine);
  if (limits.length > 0) {
    problems.push(...limits);
    // The entry stays (its page exists for links to it), but no pipeline ever sees the text.
    body = '';
  }

  const base = {
    file,
    absPath: input.absPath,
    slug: input.slug,
    url: input.url,
    title: valid.title,
    description: valid.description || undefined,
    image: valid.image,
    draft: valid.draft,
    unlisted: valid.unlisted,
    aliases: valid.aliases,
    format,
    body,
    bodyLine,
    data,
    keyLines,
  };
  const text = (key: string) => {
    const v = (valid as Record<string, unknown>)[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  let entry: Entry;
  switch (kind) {
    case 'news':
      entry = {
        ...base,
        kind,
        date: valid.date,
        tags: toTags(valid.tags),
        link: valid.link,
        linkTitle: valid.linkTitle || undefined,
        series: valid.series ? toTags([valid.series])[0] : undefined,
        event: valid.event,
      };
      break;
    case 'publication': {
      const v = result.data as z.output<typeof PublicationSchema>;
      entry = { ...base, kind, date: v.date, focus: v.focus, order: v.order, tags: toTags(v.tags), parent: input.parent, collection: v.collection };
      break;
    }
    case 'tool': {
      const v = result.data as z.output<typeof ToolSchema>;
      entry = {
        ...base,
        kind,
        date: v.date,
        category: v.category,
        scope: v.scope,
        link: v.link,
        codeRepository: v.codeRepository,
        // The usual characteristics, then the sheet's own (`details:`), in the order written.
        details: [
          ...TOOL_DETAILS.flatMap(([key, label]) => {
            const value = text(key);
            return value ? [{ label, value }] : [];
          }),
          ...Object.entries(v.details ?? {})
            .filter(([, value]) => value !== '')
            .map(([label, value]) => ({ label, value })),
        ],
      };
      break;
    }
    case 'page': {
      const v = result.data as z.output<typeof PageSchema>;
      entry = { ...base, kind, date: v.date, order: v.order, parent: input.parent };
      break;
    }
    case 'theme': {
      const v = result.data as z.output<typeof ThemeSchema>;
      const items = (paths: string[], at: string) =>
        paths.map((path, i) => ({
          path,
          field: `${at}.${i}`,
          line: keyLines[`${at}.${i}`] ?? keyLines[at.split('.')[0]!] ?? 1,
        }));
      const sections = [
        ...(v.items.length > 0 ? [{ items: items(v.items, 'items') }] : []),
        ...v.sections.map((s, i) => ({ title: s.title, items: items(s.items, `sections.${i}.items`) })),
      ];
      entry = { ...base, kind, date: v.date, order: v.order, sections };
      break;
    }
  }
  return { entry, problems };
}
