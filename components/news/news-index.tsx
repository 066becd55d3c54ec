import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import type { NewsEntry, TagCount } from '@/lib/content';
import { withBasePath } from '@/lib/site';
import { NewsGrid } from './news-card';
import { Pagination } from './pagination';
import { TagFilter } from './tag-filter';

interface NewsIndexProps {
  heading: string;
  crumbs: Crumb[];
  posts: NewsEntry[];
  page: number;
  totalPages: number;
  /** Path of page 1 of this list: `/actualites/` or `/actualites/tags/<slug>/`. */
  base: string;
  tags: TagCount[];
  total: number;
  activeTag?: string;
}

/** The news list, all posts or one tag's, at one page: the four list routes render this. */
export function NewsIndex({
  heading,
  crumbs,
  posts,
  page,
  totalPages,
  base,
  tags,
  total,
  activeTag,
}: NewsIndexProps) {
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={crumbs} />
      <h1 className="mb-6 text-step-3 font-bold leading-tight">
        {heading}
        {page > 1 && <span className="text-muted"> – page {page}</span>}
      </h1>
      {/* The header has no room for another entry on a phone: the agenda is reached from here. */}
      <p className="-mt-3 mb-6">
        <a href={withBasePath('/agenda/')}>Agenda des événements</a>
      </p>
      <TagFilter tags={tags} active={activeTag} total={total} />
      <NewsGrid posts={posts} />
      <Pagination base={base} page={page} totalPages={totalPages} />
    </div>
  );
}
