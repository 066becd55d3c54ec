import type { Pluggable } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { ContentError, type Problem } from '@/lib/content';
import { contentRoot } from '@/lib/content/config';
import type { BodySource, CompileContext } from './context';
import { rehypeShiftHeadings } from './dialect/headings';
import { remarkDialect } from './dialect/remark-dialect';
import { rehypeHeadings } from './plugins/headings';
import { rehypeRawWhenPresent } from './plugins/raw';
import { rehypeCheckLinks } from './plugins/links';
import { remarkFirstParagraph } from './plugins/first-paragraph';
import { rehypeNoScript } from './plugins/no-script';
import { remarkUnravel } from './plugins/unravel';
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
  entry: BodySource,
  components: Iterable<string>,
  root = contentRoot(),
): CompileContext {
  return {
    entry,
    problems: [],
    components: new Set(components),
    links: [],
    root,
    headings: [],
    firstParagraph: '',
    images: [],
  };
}

/**
 * The one Markdown pipeline (lib/mdx/compile.ts runs it once per body), so that what the check
 * accepts is exactly what the build renders. `.mdx` adds MDX's syntax; its JavaScript never runs.
 */
export function compileOptions(ctx: CompileContext) {
  const { entry } = ctx;
  const remarkPlugins: Pluggable[] = [
    ...(entry.format === 'mdx' ? [remarkMdx, remarkUnravel] : []),
    remarkGfm,
    remarkDirective,
    // The syntax extensions above transform nothing: this reads the tree as the editor wrote it.
    [remarkFirstParagraph, ctx],
    [remarkDialect, ctx],
    [remarkRemoveHero, ctx],
    ...(entry.format === 'mdx' ? [[remarkMdxGuard, ctx] as Pluggable] : []),
  ];
  const rehypePlugins: Pluggable[] = [
    [rehypeRawWhenPresent, { passThrough: MDX_NODES }],
    [rehypeShiftHeadings, ctx],
    [rehypeLegacyHtml, ctx],
    [rehypeSafeHtml, ctx],
    rehypeNoScript,
    rehypeTables,
    // After the sanitizer: they add the site's own components, which it would remove.
    [rehypeCheckLinks, ctx],
    [rehypeResourceLists, ctx],
    [rehypeHeadings, ctx],
  ];
  return { format: entry.format, remarkPlugins, rehypePlugins };
}

/** Stops on the errors a compilation found; warnings are for `npm run check` to show. */
export function throwOnErrors(problems: readonly Problem[]): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}
