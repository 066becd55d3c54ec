import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { readContent } from './load';
import { sortProblems, type Problem } from './problems';
import { contentRoot } from './config';
import { checkFrontMatterLinks } from './check-links';
import { buildPageIndex } from './site-pages';
import { publishedOf } from './index';

/**
 * Every rule the build enforces, on the whole content source, without building: front matter,
 * slugs, images, and each body compiled through the same pipeline as the pages.
 */
export async function checkContent(root = contentRoot()): Promise<{ problems: Problem[]; files: number }> {
  const { entries, problems } = readContent(root);
  const pages = buildPageIndex(publishedOf(entries));
  problems.push(...checkFrontMatterLinks(entries, pages));
  for (const entry of entries) problems.push(...(await checkBody(entry, REGISTERED_COMPONENTS, pages)));
  const files = new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
  return { problems: sortProblems(problems), files };
}
