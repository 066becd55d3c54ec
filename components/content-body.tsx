import { mdxComponents } from '@/components/mdx';
import type { Entry } from '@/lib/content';
import { renderBody } from '@/lib/mdx/render';

/** A content file's body, rendered with the registry, in the site's typography. */
export async function ContentBody({ entry }: { entry: Entry }) {
  const { body } = await renderedBody(entry);
  return body;
}

/** The body as {@link ContentBody} shows it, with its sections, from one compilation. */
export async function renderedBody(entry: Entry) {
  const { content, headings } = await renderBody(entry, mdxComponents(entry));
  return { body: <div className="prose">{content}</div>, headings };
}
