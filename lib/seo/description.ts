import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Entry } from '@/lib/content';
import { compileBody } from '@/lib/mdx/compile';
import { firstParagraphOf } from '@/lib/mdx/plugins/first-paragraph';

export const DESCRIPTION_LENGTH = 160;

/** Cuts text at the last word boundary that fits in `max` characters, with an ellipsis. */
export function truncateAtWord(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
/**
 * The first paragraph of a Markdown body that has words in it (not an image alone, not a raw
 * HTML block), as plain text: what a page says first, used when the front matter has no
 * description.
 */
export function firstParagraph(markdown: string): string {
  return firstParagraphOf(parser.parse(markdown) as Root);
}

/** The description of a page: the editor's, or the beginning of its first paragraph. */
export function describe(entry: Entry | { description?: string; body: string }): string {
  if (entry.description?.trim()) return entry.description.trim();
  // A content file's body is compiled once per build: its first paragraph comes with it.
  const first = 'absPath' in entry ? compileBody(entry).firstParagraph : firstParagraph(entry.body);
  return truncateAtWord(first);
}
