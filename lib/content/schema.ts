import { z } from 'zod';
import { CollectionField } from './criteria';
import { parseContentDate } from './dates';
import { parseEventTime } from './events';
import { LIMITS } from './limits';

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

/** `image:` left empty (`image:` or `image: ""`), as the former site's templates wrote it: no image. */
const isEmpty = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');

export const ImageField = z
  .union(
    [
      z.string().trim().min(1),
      z.object({ path: z.string().trim().min(1), alt: z.string().trim().default('') }),
    ],
    { error: 'must be a path (/img/x.png) or « path » and « alt » lines' },
  )
  .transform((v) => (typeof v === 'string' ? { path: v, alt: '' } : v));

const OptionalImage = z.preprocess((v) => (isEmpty(v) ? undefined : v), ImageField.optional());

/**
 * Where a call to action may lead: a page of the site (`/publications/x/`) or a web page
 * (`https://…`). Anything else (`javascript:`, `data:`, `https://` alone) would be a dead or
 * dangerous link in the page and in the feeds.
 */
export function linkProblem(value: string): string | undefined {
  if (value.startsWith('/') && !value.startsWith('//')) {
    return /[\s\u0000-\u001f<>"\\]/.test(value) ? 'a site path has no spaces, quotes or < >' : undefined;
  }
  if (!/^https?:\/\//i.test(value))
    return 'must be a site path (/publications/…) or a web address (https://…)';
  try {
    const url = new URL(value);
    if (!url.hostname || /\s/.test(value)) throw new Error('no host');
    return undefined;
  } catch {
    return `« ${value.slice(0, 80)} » is not a valid web address`;
  }
}

const LinkField = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .superRefine((value, ctx) => {
    const message = linkProblem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** A list of strings; a single string is taken as a list of one, as the former site wrote it. */
const StringList = z
  .union([z.string().trim().min(1).transform((s) => [s]), z.array(z.string().trim().min(1))], {
    error: 'must be a list of texts, e.g. [« Événement », « Outils »]',
  })
  .default([]);

/** Tags: each one makes pages and a feed, so a post has a few, not thousands. */
const TagList = StringList.refine((tags) => tags.length <= LIMITS.tags, {
  error: `at most ${LIMITS.tags} tags a post (each makes pages and a feed): keep the main ones`,
});

/**
 * A former address of a page, as a site path: `/actualites/APNR2025/`. Case is kept (the old site
 * wrote some addresses in capitals); a path without an extension gets its trailing slash.
 */
const SitePath = z
  .string({ error: 'must be a site path such as /actualites/ancienne-adresse/' })
  .trim()
  .superRefine((value, ctx) => {
    if (!value.startsWith('/') || value.startsWith('//') || /[\s?#<>"\\\u0000-\u001f]/.test(value))
      ctx.addIssue({ code: 'custom', message: `« ${value.slice(0, 80)} » is not a site path (/actualites/ancienne-adresse/)` });
    else if (value.split('/').some((part) => part === '..' || part === '.'))
      ctx.addIssue({ code: 'custom', message: `« ${value.slice(0, 80)} » holds « . » or « .. » segments` });
  })
  .transform((value) => (/\/$|\.[a-z0-9]{1,5}$/i.test(value) ? value : `${value}/`));

const Aliases = z
  .union([SitePath.transform((p) => [p]), z.array(SitePath)], {
    error: 'must be a list of site paths, e.g. [/actualites/ancienne-adresse/]',
  })
  .default([])
  .refine((list) => list.length <= 50, { error: 'at most 50 former addresses a page' });

const EventTimeField = z.unknown().transform((value, ctx) => {
  const result = parseEventTime(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  }
  return result.value;
});

/** A web address a visitor opens (a meeting room, a registration form): http(s) only. */
const WebAddress = LinkField.superRefine((value, ctx) => {
  if (value.startsWith('/')) ctx.addIssue({ code: 'custom', message: 'must be a web address (https://…), not a site path' });
});

/** `event:` of a news post: when and where the event it announces takes place. */
const EventField = z
  .strictObject(
    {
      start: z
        .unknown()
        .refine((v) => v !== undefined && v !== null && v !== '', {
          error: 'is required: add « start: YYYY-MM-DDTHH:MM » (Paris time) under « event: »',
        })
        .pipe(EventTimeField),
      end: EventTimeField.optional(),
      place: optionalText,
      online: WebAddress.optional(),
      registration: WebAddress.optional(),
    },
    {
      // Strict: a misspelt key (« lieu: ») would otherwise vanish from the agenda without a word.
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown key « ${issue.keys.join(', ')} »: an event has start, end, place, online, registration`
          : 'must be a block with « start: », and optionally « end: », « place: », « online: », « registration: »',
    },
  )
  .superRefine((event, ctx) => {
    const { start, end } = event;
    if (!end) return;
    if ((start.time === undefined) !== (end.time === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'must have the same form as start (both with a time, or both whole days)',
      });
    } else if (end.timestamp < start.timestamp) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `is before start (${start.day}): fix one of them` });
    }
  });

const Base = {
  title: requiredText('title'),
  description: optionalText,
  date: DateField,
  image: OptionalImage,
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  unlisted: z.boolean({ error: 'must be true or false' }).default(false),
  aliases: Aliases,
};

export const NewsSchema = z.looseObject({
  ...Base,
  type: z.string().default('news'),
  tags: TagList,
  link: LinkField.optional(),
  linkTitle: optionalText,
  series: z.string({ error: 'must be the name of the series, as text' }).trim().min(1).optional(),
  event: EventField.optional(),
});

export const PublicationSchema = z.looseObject({
  ...Base,
  focus: z.boolean({ error: 'must be true or false' }).default(false),
  order: z.number({ error: 'must be a number' }).optional(),
  tags: TagList,
  /** A data file whose entries get pages under this one (lib/content/data-collections.ts). */
  collection: CollectionField.optional(),
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
  link: LinkField.optional(),
  codeRepository: LinkField.optional(),
  licence: toolText,
  details: z
    .record(
      z.string().trim().min(1),
      z.union([z.string(), z.number()]).transform((v) => String(v).trim()),
      { error: 'must be « Label: valeur » lines, one a characteristic of the tool' },
    )
    .optional(),
});

export const PageSchema = z.looseObject({
  title: requiredText('title'),
  description: optionalText,
  date: DateField.optional(),
  order: z.number({ error: 'must be a number' }).optional(),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  unlisted: z.boolean({ error: 'must be true or false' }).default(false),
  aliases: Aliases,
});

/** A theme's list of pages: site paths, each a page of the site (checked like links). */
const ThemeItems = z.array(SitePath, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required: add « items: » and the pages, one a line: « - /publications/guide/ »'
      : 'must be a list of site paths, one a line: « - /publications/guide/ »',
});

/**
 * A theme (`thematiques/<slug>.md`): `items:` lists pages of the site, `sections:` groups more of
 * them under headings (each with `title:` and `items:`). Titles and descriptions shown come from
 * the pages themselves.
 */
export const ThemeSchema = z
  .looseObject({
    title: requiredText('title'),
    description: optionalText,
    date: DateField.optional(),
    image: OptionalImage,
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    unlisted: z.boolean({ error: 'must be true or false' }).default(false),
    aliases: Aliases,
    order: z.number({ error: 'must be a number' }).optional(),
    items: ThemeItems.default([]),
    sections: z
      .array(
        z.strictObject(
          { title: requiredText('title'), items: ThemeItems.min(1, 'must list at least one page') },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? `unknown key « ${issue.keys.join(', ')} »: a section has « title: » and « items: »`
                : 'must be a block with « title: » and « items: »',
          },
        ),
        { error: 'must be a list of sections, each with « title: » and « items: »' },
      )
      .default([]),
  });

export type NewsData = z.output<typeof NewsSchema>;
export type PublicationData = z.output<typeof PublicationSchema>;
export type ToolData = z.output<typeof ToolSchema>;
export type PageData = z.output<typeof PageSchema>;
export type ThemeData = z.output<typeof ThemeSchema>;

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
