import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { checkBody } from '@/lib/mdx/check';
import { lintEntries } from './lint';
import { readContent } from './load';
import { sortProblems, type Problem } from './problems';
import { contentRoot } from './config';

/**
 * Every rule the build enforces, on the whole content source, without building: front matter,
 * slugs, images, and each body compiled through the same pipeline as the pages.
 */
export async function checkContent(root = contentRoot()): Promise<{ problems: Problem[]; files: number }> {
  const { entries, problems } = readContent(root);
  problems.push(...lintEntries(entries));
  for (const entry of entries) problems.push(...(await checkBody(entry, REGISTERED_COMPONENTS)));
  const files = new Set([...entries.map((e) => e.file), ...problems.map((p) => p.file)]).size;
  return { problems: sortProblems(problems), files };
}
