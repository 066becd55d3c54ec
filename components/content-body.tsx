import { mdxComponents } from '@/components/mdx';
import type { Entry } from '@/lib/content';
import { renderBody } from '@/lib/mdx/render';

/** A content file's body, rendered with the registry, in the site's typography. */
export async function ContentBody({ entry }: { entry: Entry }) {
  const content = await renderBody(entry, mdxComponents(entry));
  return <div className="prose">{content}</div>;
}
