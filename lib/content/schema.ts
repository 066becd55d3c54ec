import { z } from 'zod';
import { parseContentDate } from './dates';

/**
 * Front matter schemas. Unknown keys are kept (`looseObject`) and ignored, so that legacy keys of
 * the former Eleventy site (`layout`, `permalink`, `eleventyNavigation`, ...) never block a build.
 */

const requiredText = (field: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: add a line « ${field}: … » to the front matter`
          : `must be text`,
    })
    .trim()
    .min(1, `must not be empty (add a ${field})`);

const optionalText = z
  .union([z.string(), z.number()], { error: 'must be text' })
  .transform((v) => String(v).trim())
  .optional();

export const DateField = z
  .unknown()
  .refine((v) => v !== undefined && v !== null && v !== '', { error: 'is required (YYYY-MM-DD)' })
  .transform((value, ctx) => {
    const result = parseContentDate(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });

export const ImageField = z
  .union(
    [
      z.string().trim().min(1),
      z.object({ path: z.string().trim().min(1), alt: z.string().trim().default('') }),
    ],
    { error: 'must be a path (/img/x.png) or « path » and « alt » lines' },
  )
  .transform((v) => (typeof v === 'string' ? { path: v, alt: '' } : v));

/** A list of strings; a single string is taken as a list of one, as the former site wrote it. */
const StringList = z
  .union([z.string().trim().min(1).transform((s) => [s]), z.array(z.string().trim().min(1))], {
    error: 'must be a list of texts, e.g. [« Événement », « Outils »]',
  })
  .default([]);

const Base = {
  title: requiredText('title'),
  description: optionalText,
  date: DateField,
  image: ImageField.optional(),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
};

export const NewsSchema = z.looseObject({
  ...Base,
  type: z.string().default('news'),
  tags: StringList,
  link: z.string().trim().min(1, 'must not be empty').optional(),
  linkTitle: optionalText,
});

export const PublicationSchema = z.looseObject({
  ...Base,
  focus: z.boolean({ error: 'must be true or false' }).default(false),
  order: z.number({ error: 'must be a number' }).optional(),
  tags: StringList,
});

const toolText = optionalText;
export const ToolSchema = z.looseObject({
  ...Base,
  category: requiredText('category'),
  scope: requiredText('scope'),
  target: toolText,
  toolType: toolText,
  environnementalIndicators: toolText,
  measuredIndicators: toolText,
  mainTechnology: toolText,
  author: toolText,
  link: z.url({ error: 'must be a full web address (https://...)' }).optional(),
  codeRepository: z.url({ error: 'must be a full web address (https://...)' }).optional(),
  licence: toolText,
});

export const PageSchema = z.looseObject({
  title: requiredText('title'),
  description: optionalText,
  date: DateField.optional(),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

export type NewsData = z.output<typeof NewsSchema>;
export type PublicationData = z.output<typeof PublicationSchema>;
export type ToolData = z.output<typeof ToolSchema>;
export type PageData = z.output<typeof PageSchema>;

/** Keys of the former Eleventy site: accepted, ignored, never warned about. */
export const LEGACY_KEYS = new Set([
  'layout',
  'permalink',
  'eleventyNavigation',
  'eleventyExcludeFromCollections',
  'eleventyComputed',
  'tags',
  'type',
]);
