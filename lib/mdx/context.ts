import type { Entry, KnownPage, Problem } from '@/lib/content';
import type { OutlineHeading } from './plugins/headings';

/** What every plugin of one compilation shares: the entry, and where to report problems. */
export interface CompileContext {
  entry: Entry;
  problems: Problem[];
  /** Names of the registered components an `.mdx` file may use. */
  components: ReadonlySet<string>;
  /**
   * Every page of the site by path, to resolve and check internal links. Without it (a body
   * compiled on its own), internal links are neither resolved nor checked.
   */
  pages?: ReadonlyMap<string, KnownPage>;
  /**
   * Without `pages`, where the internal links are collected instead, to be resolved once every
   * page is known (`npm run check` compiles bodies while the site is still being read).
   */
  links?: SiteLink[];
  /** The content source the entry belongs to, where its `public/` folder is looked up. */
  root: string;
  /** The body's `h2` sections, as compiled (recorded by rehypeHeadings). */
  headings: OutlineHeading[];
}

/** An internal link of a body, at its place in the file, resolved by `brokenLinks`. */
export interface SiteLink {
  href: string;
  file: string;
  /** The Markdown file, which relative links start from. */
  absPath: string;
  line: number;
  column?: number;
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

/** Where a node is in its file: its body line translated into a file line. */
export function placeOf(ctx: CompileContext, node: Positioned | undefined) {
  const start = node?.position?.start;
  return {
    file: ctx.entry.file,
    line: start ? ctx.entry.bodyLine + start.line - 1 : ctx.entry.bodyLine,
    column: start?.column,
  };
}

/** Reports a problem at a node. */
export function report(
  ctx: CompileContext,
  node: Positioned | undefined,
  problem: Omit<Problem, 'file' | 'line' | 'column'>,
): void {
  ctx.problems.push({ ...placeOf(ctx, node), ...problem });
}
