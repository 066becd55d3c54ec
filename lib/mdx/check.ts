import { compile } from '@mdx-js/mdx';
import type { Entry, KnownPage, Problem } from '@/lib/content';
import { compileOptions, createContext } from './compile-options';

/**
 * Compiles a body the way the build renders it, without rendering, and returns every problem the
 * pipeline found (errors and warnings). Used by `npm run check` and before each build.
 */
export async function checkBody(
  entry: Entry,
  components: readonly string[],
  pages?: ReadonlyMap<string, KnownPage>,
): Promise<Problem[]> {
  const ctx = createContext(entry, components, pages);
  try {
    await compile(entry.body, compileOptions(ctx));
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number };
      reason?: string;
      message: string;
    };
    const line = e.place?.line ?? e.line;
    ctx.problems.push({
      file: entry.file,
      line: line ? entry.bodyLine + line - 1 : entry.bodyLine,
      column: e.place?.column ?? e.column,
      severity: 'error',
      field: entry.format === 'mdx' ? 'mdx' : 'markdown',
      rule: 'syntax',
      message: `${e.reason ?? e.message.split('\n')[0]}${entry.format === 'mdx' ? ' (in .mdx, write < and { as \\< and \\{ when they are text)' : ''}`,
    });
  }
  return ctx.problems;
}
