import type { Entry, KnownPage, Problem } from '@/lib/content';

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
  /** The content source the entry belongs to, where its `public/` folder is looked up. */
  root: string;
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

/** Reports a problem at a node, translating its body line into a file line. */
export function report(
  ctx: CompileContext,
  node: Positioned | undefined,
  problem: Omit<Problem, 'file' | 'line' | 'column'>,
): void {
  const start = node?.position?.start;
  ctx.problems.push({
    file: ctx.entry.file,
    line: start ? ctx.entry.bodyLine + start.line - 1 : ctx.entry.bodyLine,
    column: start?.column,
    ...problem,
  });
}
