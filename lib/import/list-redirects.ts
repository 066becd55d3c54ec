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
 * How many list pages of the former site to answer for a list of `count` posts here. The source
 * tells how many posts it holds now, not how many the former site listed when its pages were
 * numbered: posts removed from the source since (deleted, or kept aside as in the 2026 snapshot,
 * where `/actualites/page-20/` lists posts that 94 files fill only up to page 16) numbered pages
 * too. A redirect page is a few hundred bytes, a broken address is lost for good: the former
 * list is assumed to have been up to twice as long. Pure.
 */
export function formerPageCount(count: number, pageSize: number): number {
  return 2 * Math.ceil(count / pageSize);
}

/**
 * `redirects.yaml` for the former site's list pages (`/actualites/page-2/`,
 * `/actualites/tags/video/page-3/`): they showed `pageSize` posts a page, this site another
 * number, so each leads to the first page of the same list (its title is the list's, as the
 * former page's was). Pure.
 */
export function listRedirects(posts: readonly ListedPost[], pageSize: number): string {
  const listed = posts.filter((p) => !p.unlisted);
  const lines: string[] = [];
  const pages = (base: string, count: number) => {
    for (let n = 2; n <= formerPageCount(count, pageSize); n++)
      lines.push(`${base}page-${n}/: ${base}`);
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
  return `# Former list pages (${pageSize} posts a page there, up to twice as many pages as the posts here fill): each leads to its list here.\n${lines.join('\n')}\n`;
}
