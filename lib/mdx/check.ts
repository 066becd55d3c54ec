import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Entry, Problem } from '@/lib/content';
import { compileOptions, createContext, MDX_NODES } from './compile-options';
import type { CompileContext, SiteLink } from './context';

/**
 * One processor per thread for `.md` bodies, reused from entry to entry: its context is swapped
 * before each run (the plugins read it when they transform, not when they are attached).
 */
let markdown: { processor: Processor; ctx: CompileContext } | undefined;

function markdownProcessor(entry: Entry) {
  if (!markdown) {
    const ctx = createContext(entry, []);
    const { remarkPlugins, rehypePlugins } = compileOptions(ctx);
    // What @mdx-js/mdx runs for `format: 'md'`, minus turning the tree into JavaScript: the check
    // needs the plugins' findings, not the code.
    const plugins: PluggableList = [
      ...remarkPlugins,
      [remarkRehype, { allowDangerousHtml: true, passThrough: MDX_NODES }],
      ...rehypePlugins,
    ];
    const processor = unified().use(remarkParse).use(plugins).freeze() as unknown as Processor;
    markdown = { processor, ctx };
  }
  return markdown;
}

/**
 * Compiles a body the way the build renders it, without rendering, and returns every problem the
 * pipeline found (errors and warnings). Used by `npm run check` and before each build.
 * `.md` bodies go through the same remark and rehype plugins as the pages, without generating
 * code; `.mdx` bodies are compiled whole, as MDX parses them differently.
 * Internal links are added to `links`, for the caller to resolve once it knows every page
 * (`brokenLinks`): bodies are checked while the rest of the site is still being read.
 */
export async function checkBody(
  entry: Entry,
  components: readonly string[],
  root: string,
  links: SiteLink[],
): Promise<Problem[]> {
  let ctx: CompileContext = { ...createContext(entry, components, undefined, root), links };
  try {
    if (entry.format === 'md') {
      const { processor, ctx: shared } = markdownProcessor(entry);
      Object.assign(shared, ctx);
      ctx = shared;
      // The file carries the source, from which rehype-raw positions the HTML it parses.
      const file = new VFile(entry.body);
      await processor.run(processor.parse(file), file);
    } else {
      // Loaded on first use: half a second that a source without `.mdx` files does not pay.
      const { compile } = await import('@mdx-js/mdx');
      await compile(entry.body, compileOptions(ctx));
    }
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
