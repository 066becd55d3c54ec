import { dirname, stem } from './address';

/** Where an eleventy-dsfr site keeps what the news mapper reads, and where it goes here. */
export interface NewsLayout {
  /** Eleventy's input folder (`content`). */
  input: string;
  /** Folder of the news posts in the source (`content/actualites/posts`). */
  news: string;
  /** Folder of the news in the content folder (`actualites`). */
  target: string;
  /** The source's folder served at the site root (`public`). */
  public: string;
}

export const ELEVENTY_DSFR: NewsLayout = {
  input: 'content',
  news: 'content/actualites/posts',
  target: 'actualites',
  public: 'public',
};

/**
 * The same sub-folders under `actualites/`, so that relative image paths keep working; an
 * `x/index.md` takes its folder's name, as Eleventy's `fileSlug` does, so it keeps its address.
 */
export function newsTargetPath(sourcePath: string, layout: NewsLayout = ELEVENTY_DSFR): string {
  const rel = sourcePath.slice(layout.news.length + 1);
  if (stem(rel) !== 'index') return `${layout.target}/${rel}`;
  const dir = dirname(rel);
  const name = dir
    ? dir.slice(dir.lastIndexOf('/') + 1)
    : layout.news.slice(layout.news.lastIndexOf('/') + 1);
  return `${layout.target}/${dir ? `${dir}/` : ''}${name}.md`;
}
