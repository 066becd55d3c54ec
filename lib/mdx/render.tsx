import type { MDXComponents } from 'mdx/types';
import { compileMDX } from 'next-mdx-remote/rsc';
import { getPageIndex, type Entry } from '@/lib/content';
import { compileOptions, createContext, throwOnErrors } from './compile-options';

/**
 * The only module that imports the MDX renderer (next-mdx-remote, archived upstream): swapping it
 * for another means changing this file alone.
 */
/** The rendered body, and its sections as compiled (for a table of contents). */
export async function renderBody(entry: Entry, components: MDXComponents) {
  const ctx = createContext(
    entry,
    Object.keys(components).filter((name) => /^[A-Z]/.test(name)),
    getPageIndex(),
  );
  const { content } = await compileMDX({
    source: entry.body,
    components,
    options: {
      parseFrontmatter: false,
      // JavaScript in content never runs; remarkMdxGuard reports what this drops.
      blockJS: true,
      blockDangerousJS: true,
      mdxOptions: compileOptions(ctx),
    },
  });
  throwOnErrors(ctx);
  return { content, headings: ctx.headings };
}
