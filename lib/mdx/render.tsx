import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentType } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { getPageIndex, resolveAsset, type Entry, type KnownPage } from '@/lib/content';
import { contentRoot } from '@/lib/content/config';
import { compileBody } from './compile';
import { throwOnErrors } from './compile-options';
import { brokenLinks } from './plugins/links';
import { resolveResourceItems } from './plugins/resource-lists';

/**
 * What a body may render: lowercase keys replace HTML elements, capitalised keys are the
 * registered components (`ResourceList.Item` is the `Item` member of `ResourceList`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export type BodyComponents = Record<string, ComponentType<any>>;

/**
 * Renders a compiled body (lib/mdx/compile.ts) with the registry. The tree holds HTML elements
 * and registered components by name, never code: a component name is looked up in the registry,
 * anything else cannot be evaluated.
 */
function componentByName(components: BodyComponents) {
  type Name = { type: string; name?: string; object?: Name; property?: Name; value?: unknown };
  const lookup = (node: Name): unknown => {
    if (node.type === 'Identifier' && node.name && Object.hasOwn(components, node.name)) {
      return components[node.name];
    }
    if (node.type === 'MemberExpression' && node.object && node.property?.name) {
      const owner = lookup(node.object) as Record<string, unknown> | undefined;
      if (owner && Object.hasOwn(owner, node.property.name)) return owner[node.property.name];
    }
    throw new Error(`Not a registered component: ${JSON.stringify(node)}`);
  };
  return () => ({
    evaluateExpression: (expression: unknown) => lookup(expression as Name),
    evaluateProgram: () => {
      throw new Error('Content holds no code');
    },
  });
}

/**
 * The rendered body, its sections as compiled (for a table of contents), and its problems,
 * with its links checked against `pages` and its resource lists completed from them.
 */
export function renderCompiled(
  entry: Entry,
  components: BodyComponents,
  pages: ReadonlyMap<string, KnownPage> = getPageIndex(),
  root: string = contentRoot(),
) {
  const compiled = compileBody(entry, REGISTERED_COMPONENTS, root);
  const tree = structuredClone(compiled.tree) as Root;
  resolveResourceItems(tree, pages, (p) => resolveAsset(p, entry.absPath, root));
  const problems = [...compiled.problems, ...brokenLinks(compiled.links, pages, root)];
  const content = toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: components as Partial<Components>,
    createEvaluater: componentByName(components),
    passKeys: true,
  });
  return { content, headings: compiled.headings, problems };
}

/** {@link renderCompiled} for a page of the build: its errors stop the build. */
export function renderBody(entry: Entry, components: BodyComponents) {
  const { content, headings, problems } = renderCompiled(entry, components);
  throwOnErrors(problems);
  return { content, headings };
}
