import type { ContentDate } from './dates';
import type { CollectionConfig } from './criteria';
import type { EventInfo } from './events';

export type Kind = 'news' | 'publication' | 'tool' | 'page' | 'theme';
export type Format = 'md' | 'mdx';

export interface ImageRef {
  /** As written: `/img/x.png` (from a public folder) or `x.png` (next to the Markdown file). */
  path: string;
  alt: string;
  /** Absolute path of the file on disk, once found. */
  file?: string;
}

export interface TagRef {
  slug: string;
  label: string;
}

interface EntryBase {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  /** Absolute path on disk. */
  absPath: string;
  slug: string;
  /** Site path of the page, with a trailing slash and without base path: `/actualites/x/`. */
  url: string;
  title: string;
  description?: string;
  image?: ImageRef;
  draft: boolean;
  format: Format;
  /** Body with legacy `{{ key }}` interpolation done. */
  body: string;
  /** 1-based line of the file where `body` starts, to report body problems at the right line. */
  bodyLine: number;
  /** The front matter as written, unknown keys included. */
  data: Record<string, unknown>;
  keyLines: Record<string, number>;
  /** Former addresses of the page (`aliases:`): each one redirects to `url`. */
  aliases: string[];
  /** Published at its address, but in no list, tag page, feed or sitemap (`unlisted: true`). */
  unlisted: boolean;
}

export interface NewsEntry extends EntryBase {
  kind: 'news';
  date: ContentDate;
  tags: TagRef[];
  link?: string;
  linkTitle?: string;
  /** The series (podcast season, video series) the post is an episode of. */
  series?: TagRef;
  /** The event the post announces (`event:`), on the agenda and in the calendars. */
  event?: EventInfo;
}

export interface PublicationEntry extends EntryBase {
  kind: 'publication';
  date: ContentDate;
  focus: boolean;
  order?: number;
  tags: TagRef[];
  /** Slug of the publication a sub-page belongs to. */
  parent?: string;
  /** The data file whose entries get pages under this one (`collection:`). */
  collection?: CollectionConfig;
}

export interface ToolEntry extends EntryBase {
  kind: 'tool';
  date: ContentDate;
  category: string;
  scope: string;
  details: { label: string; value: string }[];
  link?: string;
  codeRepository?: string;
}


export interface PageEntry extends EntryBase {
  kind: 'page';
  date?: ContentDate;
  /** Place among the pages of its section (`order: 1` first). */
  order?: number;
  /** Slug of the section page it belongs to (`formations` for `formations/parcours-mooc`). */
  parent?: string;
}

/** A page of the site a theme lists, as written, with its line for messages. */
export interface ThemeItem {
  /** Site path as written: `/publications/guide/`. */
  path: string;
  /** Where it is written, for messages: `items.2`, `sections.0.items.1`. */
  field: string;
  line: number;
}

/** A group of a theme's items, under a heading when the theme names one. */
export interface ThemeSection {
  title?: string;
  items: ThemeItem[];
}

/**
 * A theme (`thematiques/<slug>.md`): a landing page gathering pages of the site by reference.
 * `thematiques/index.md`, if any, is the index page's own text (slug `index`, `/thematiques/`).
 */
export interface ThemeEntry extends EntryBase {
  kind: 'theme';
  date?: ContentDate;
  order?: number;
  sections: ThemeSection[];
}

export type Entry = NewsEntry | PublicationEntry | ToolEntry | PageEntry | ThemeEntry;
