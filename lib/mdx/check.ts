import type { Entry, Problem } from '@/lib/content';
import { compileBody } from './compile';
import type { SiteLink } from './context';

/**
 * The problems of a body (errors and warnings), from its one compilation (lib/mdx/compile.ts):
 * used by `npm run check` and before each build, whose pages then read the same compiled body.
 * Internal links are added to `links`, for the caller to resolve once it knows every page
 * (`brokenLinks`): bodies are checked while the rest of the site is still being read.
 */
export function checkBody(
  entry: Entry,
  components: readonly string[],
  root: string,
  links: SiteLink[],
): Problem[] {
  const compiled = compileBody(entry, components, root);
  links.push(...compiled.links);
  return compiled.problems;
}
