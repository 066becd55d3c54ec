import { slugify } from '@/lib/content/slug';
import { readYaml, splitFrontMatter } from './front-matter';

/** What a list page of the former site needs to know of a post. */
export interface ListedPost {
  tags: string[];
  unlisted: boolean;
}

/** The tags and visibility of a written post, read back from its front matter. */
export function listedPost(text: string): ListedPost {
  const split = splitFrontMatter(text);
  const parsed = split ? readYaml(split.yaml) : undefined;
  const data = parsed?.ok ? parsed.data : {};
  const tags = Array.isArray(data.tags)
    ? data.tags.map(String)
    : typeof data.tags === 'string'
      ? [data.tags]
      : [];
  return { tags, unlisted: data.unlisted === true };
}

/** `size: 6` in the front matter of the former news list (content/actualites/index.njk). */
export function listPageSize(template: string | undefined): number {
  const size = Number(/\bsize:\s*(\d+)/.exec(template ?? '')?.[1]);
  return Number.isInteger(size) && size > 0 ? size : 6;
}

/**
 * `redirects.yaml` for the former site's list pages (`/actualites/page-2/`,
 * `/actualites/tags/video/page-3/`): they showed `pageSize` posts a page, this site another
 * number, so each leads to the first page of the same list. Pure.
 */
export function listRedirects(posts: readonly ListedPost[], pageSize: number): string {
  const listed = posts.filter((p) => !p.unlisted);
  const lines: string[] = [];
  const pages = (base: string, count: number) => {
    for (let n = 2; n <= Math.ceil(count / pageSize); n++) lines.push(`${base}page-${n}/: ${base}`);
  };
  pages('/actualites/', listed.length);
  const byTag = new Map<string, number>();
  for (const post of listed) {
    for (const slug of new Set(post.tags.map(slugify).filter(Boolean))) {
      byTag.set(slug, (byTag.get(slug) ?? 0) + 1);
    }
  }
  for (const [slug, count] of [...byTag].sort(([a], [b]) => a.localeCompare(b)))
    pages(`/actualites/tags/${slug}/`, count);
  if (lines.length === 0) return '';
  return `# Former list pages (${pageSize} posts a page there): each leads to its list here.\n${lines.join('\n')}\n`;
}
