import type { Pluggable } from 'unified';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { ContentError, type Entry, type KnownPage } from '@/lib/content';
import { contentRoot } from '@/lib/content/config';
import type { CompileContext } from './context';
import { rehypeShiftHeadings } from './dialect/headings';
import { remarkDialect } from './dialect/remark-dialect';
import { rehypeHeadings } from './plugins/headings';
import { rehypeRawWhenPresent } from './plugins/raw';
import { rehypeCheckLinks } from './plugins/links';
import { remarkMdxGuard } from './plugins/mdx-guard';
import { rehypeLegacyHtml } from './plugins/legacy-html';
import { remarkRemoveHero } from './plugins/remove-hero';
import { rehypeResourceLists } from './plugins/resource-lists';
import { rehypeSafeHtml } from './plugins/safe-html';
import { rehypeTables } from './plugins/tables';

/** MDX node types rehype-raw must leave alone in `.mdx` files. */
export const MDX_NODES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

export function createContext(
  entry: Entry,
  components: Iterable<string>,
  pages?: ReadonlyMap<string, KnownPage>,
  root = contentRoot(),
): CompileContext {
  return { entry, problems: [], components: new Set(components), pages, root, headings: [] };
}

/**
 * The one Markdown pipeline, shared by rendering and by `npm run check`, so that what the check
 * accepts is exactly what the build renders.
 */
export function compileOptions(ctx: CompileContext) {
  const { entry } = ctx;
  const remarkPlugins: Pluggable[] = [
    remarkGfm,
    remarkDirective,
    [remarkDialect, ctx],
    [remarkRemoveHero, ctx],
    ...(entry.format === 'mdx' ? [[remarkMdxGuard, ctx] as Pluggable] : []),
  ];
  const rehypePlugins: Pluggable[] = [
    [rehypeRawWhenPresent, { passThrough: MDX_NODES }],
    [rehypeShiftHeadings, ctx],
    [rehypeLegacyHtml, ctx],
    [rehypeSafeHtml, ctx],
    rehypeTables,
    // After the sanitizer: they add the site's own components, which it would remove.
    [rehypeCheckLinks, ctx],
    [rehypeResourceLists, ctx],
    [rehypeHeadings, ctx],
  ];
  return { format: entry.format, remarkPlugins, rehypePlugins };
}

/** Stops on the errors a compilation found; warnings are for `npm run check` to show. */
export function throwOnErrors(ctx: CompileContext): void {
  const errors = ctx.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}
