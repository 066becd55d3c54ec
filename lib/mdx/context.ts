import type { Entry, Problem } from '@/lib/content';

/** What every plugin of one compilation shares: the entry, and where to report problems. */
export interface CompileContext {
  entry: Entry;
  problems: Problem[];
  /** Names of the registered components an `.mdx` file may use. */
  components: ReadonlySet<string>;
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
