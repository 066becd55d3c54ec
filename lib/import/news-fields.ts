import { parseContentDate } from '@/lib/content/dates';
import {
  defaultPermalink,
  describePermalink,
  type Permalink,
  permalinkFromText,
  permalinkUrl,
} from './address';
import { excerpt } from './body';
import type { Defaults } from './cascade';
import type { YamlChange } from './front-matter';
import type { NoteKind } from './report';

/**
 * Front matter fields of an eleventy-dsfr post mapped to this project's, one function each. Each
 * returns the YAML changes and the notes for an editor, tied to the key whose line they point to
 * in the written file.
 */

export interface KeyNote {
  key: string;
  kind: NoteKind;
  message: string;
}

export interface FieldMapping {
  changes: YamlChange[];
  notes: KeyNote[];
}

type Data = Record<string, unknown>;

/** Collections Eleventy makes for its own use, never shown as tags by eleventy-dsfr. */
const INTERNAL_TAGS = new Set(['posts']);

const quoted = (values: string[]) => values.map((t) => `« ${t} »`).join(', ');

/**
 * `series`: one text. `serie` (what the former cards showed) becomes `series`; if both are
 * written, `series` (what the former series pages listed) wins.
 */
export function mapSeries(data: Data, defaults: Defaults): FieldMapping {
  const out: FieldMapping = { changes: [], notes: [] };
  const note = (message: string) => out.notes.push({ key: 'series', kind: 'series', message });
  // The values Eleventy's cascade gave the page: the post's own, else its folders'.
  const series = 'series' in data ? data.series : defaults.values.series;
  const serie = 'serie' in data ? data.serie : defaults.values.serie;
  const text = (v: unknown) => (typeof v === 'number' ? String(v) : v);
  if (series !== undefined) {
    if (serie !== undefined && String(serie) !== String(series)) {
      note(
        `series « ${String(series)} » kept; serie « ${String(serie)} » differs and is ignored: review`,
      );
    }
    if (typeof text(series) !== 'string')
      note('series is not a text: write the name of the series');
    else if (!('series' in data) || typeof series === 'number') {
      out.changes.push({ op: 'set', key: 'series', value: text(series) });
      if (!('series' in data)) note(`series « ${String(series)} » from the folder defaults`);
    }
  } else if (serie !== undefined) {
    // Renamed where it stands; a number is left for an editor rather than written twice.
    if ('serie' in data) out.changes.push({ op: 'rename', from: 'serie', to: 'series' });
    else if (typeof text(serie) === 'string')
      out.changes.push({ op: 'set', key: 'series', value: text(serie) });
    if (typeof ('serie' in data ? serie : text(serie)) !== 'string') {
      note('series is not a text: write the name of the series');
    }
    note(
      `serie${'serie' in data ? '' : ' of the folder defaults'} renamed series: the post is now an episode of « ${String(serie)} »`,
    );
  }
  return out;
}

/** `eleventyExcludeFromCollections: true`: published but kept out of lists, `unlisted` here. */
export function mapUnlisted(data: Data, defaults: Defaults): FieldMapping {
  const own = 'eleventyExcludeFromCollections' in data;
  const excluded = own
    ? data.eleventyExcludeFromCollections
    : defaults.values.eleventyExcludeFromCollections;
  if (excluded !== true || 'unlisted' in data) return { changes: [], notes: [] };
  return {
    changes: [
      own
        ? { op: 'rename', from: 'eleventyExcludeFromCollections', to: 'unlisted' }
        : { op: 'set', key: 'unlisted', value: true },
    ],
    notes: [
      {
        key: 'unlisted',
        kind: 'unlisted',
        message: `unlisted: true, from eleventyExcludeFromCollections${own ? '' : ' of the folder defaults'}`,
      },
    ],
  };
}

const asTags = (v: unknown): string[] | undefined =>
  v === undefined || v === null
    ? []
    : typeof v === 'string'
      ? [v]
      : Array.isArray(v) && v.every((t) => typeof t === 'string')
        ? v
        : undefined;

/** `tags`: the folders' first, then the post's, as Eleventy merges them; its own collection out. */
export function mapTags(data: Data, defaults: Defaults): FieldMapping {
  const own = asTags(data.tags);
  if (own === undefined) {
    return {
      changes: [],
      notes: [
        {
          key: 'tags',
          kind: 'tags',
          message: 'tags is not a list of texts: not merged with the folder defaults',
        },
      ],
    };
  }
  const merged = [...new Set([...defaults.tags, ...own])].filter((t) => !INTERNAL_TAGS.has(t));
  const added = merged.filter((t) => !own.includes(t));
  const dropped = own.filter((t) => INTERNAL_TAGS.has(t));
  if (added.length === 0 && dropped.length === 0) return { changes: [], notes: [] };
  const what = [
    added.length > 0 ? `${quoted(added)} added from the folder defaults` : '',
    dropped.length > 0 ? `${quoted(dropped)} removed (Eleventy's own collection)` : '',
  ].filter(Boolean);
  return {
    changes: [{ op: 'set', key: 'tags', value: merged }],
    notes: [{ key: 'tags', kind: 'tags', message: `tags: ${what.join('; ')}` }],
  };
}

/** The folders' permalink, or Eleventy's default; unknown if a data file could not be read. */
export function cascadePermalink(defaults: Defaults, inputRel: string): Permalink | undefined {
  if (defaults.permalinkUnread) return undefined; // reported once, on the data file
  return defaults.permalink?.value ?? { parts: [defaultPermalink(inputRel)] };
}

export interface AddressInput {
  /** The post's path relative to Eleventy's input folder. */
  inputRel: string;
  /** Its Eleventy `fileSlug`. */
  slug: string;
  /** Its address in this project. */
  newAddress: string;
}

/**
 * The former address, as Eleventy computed it (the post's own permalink, else the folders', else
 * the default), kept in `aliases` when it is not the new one. A draft had no page: no alias.
 */
export function mapAddress(
  data: Data,
  defaults: Defaults,
  post: AddressInput,
): FieldMapping & { oldAddress?: string; aliases: string[] } {
  const out: FieldMapping & { oldAddress?: string; aliases: string[] } = {
    changes: [],
    notes: [],
    aliases: [],
  };
  if (data.draft === true) return out;
  const computed = (data.eleventyComputed as Data | undefined)?.permalink;
  const own = computed !== undefined ? computed : data.permalink;
  let permalink: Permalink | undefined;
  if (own === undefined) permalink = cascadePermalink(defaults, post.inputRel);
  else {
    permalink =
      own === false ? false : typeof own === 'string' ? permalinkFromText(own) : undefined;
    if (permalink === undefined) {
      out.notes.push({
        key: computed !== undefined ? 'eleventyComputed' : 'permalink',
        kind: 'front-matter',
        message: `permalink « ${excerpt(String(own), 50)} » is template logic: old address unknown, no alias written; add it to aliases by hand`,
      });
    }
  }
  if (permalink === false) {
    out.notes.push({
      key: 'permalink' in data ? 'permalink' : 'title',
      kind: 'front-matter',
      message:
        'permalink: false: the former site wrote no page for this post; it is published now: add « draft: true » to keep it offline',
    });
  }
  if (!permalink) return out;
  out.oldAddress = permalinkUrl(permalink, post.slug);
  if (out.oldAddress === post.newAddress) return out;
  const existing =
    typeof data.aliases === 'string'
      ? [data.aliases]
      : Array.isArray(data.aliases)
        ? data.aliases.filter((a): a is string => typeof a === 'string')
        : [];
  out.aliases = existing.includes(out.oldAddress) ? existing : [...existing, out.oldAddress];
  out.changes.push({ op: 'set', key: 'aliases', value: out.aliases });
  const from =
    own !== undefined
      ? 'its permalink'
      : `${describePermalink(permalink)} in ${defaults.permalink?.file ?? 'the default permalink of Eleventy'}`;
  out.notes.push({
    key: 'aliases',
    kind: 'alias',
    message: `alias ${out.oldAddress} (the former address, from ${from}); new address ${post.newAddress}`,
  });
  return out;
}

/** Dates this project reads; Eleventy's own (`Last Modified`, none) came from the file system. */
export function reviewDate(data: Data): KeyNote[] {
  if (data.date === undefined) {
    return [
      {
        key: 'title',
        kind: 'front-matter',
        message: 'no date: the former site used the file creation date; add « date: YYYY-MM-DD »',
      },
    ];
  }
  if (parseContentDate(data.date).ok) return [];
  return [
    {
      key: 'date',
      kind: 'front-matter',
      message: `date « ${String(data.date)} » is not a date of this site (YYYY-MM-DD)`,
    },
  ];
}
