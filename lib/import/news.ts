import { slugify } from '@/lib/content/slug';
import { listedPost, listPageSize, listRedirects } from './list-redirects';
import { describePermalink, dirname, stem } from './address';
import { dataFileCandidates, isDataFile, mergeDefaults } from './cascade';
import { folderDataReader, type FolderData } from './data-file';
import { ELEVENTY_DSFR, type NewsLayout } from './layout';
import { mapNewsPost } from './news-post';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';

/** The former site's list templates in the news folder (its lists, its tag pages). */
const LIST_TEMPLATES = new Set(['index.njk', 'tags.njk', 'tags_index.njk']);
/**
 * The news of an eleventy-dsfr site: every `.md` under `content/actualites/posts/` becomes a post
 * under `actualites/`, in the same sub-folders so that relative image paths keep working; the
 * images and documents beside them are copied; folder defaults are read, never run. The other
 * files of the news section (listing templates) are reported for the mappers still to come.
 */

/** Files a post may show or link to, copied beside it. */
export const ASSET =
  /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|tiff?|pdf|odt|ods|odp|docx?|xlsx?|pptx?|csv|zip|epub|mp3|mp4|m4a|webm|ogg|ogv|oga|wav|vtt|srt)$/i;

/** Path segments of this project's news routes (lib/content/load.ts): a post cannot take them. */
const RESERVED_SLUGS = new Set(['page', 'tags']);

/** One line per data file: what it gives the posts below it. */
function describeDataFile(path: string, data: FolderData): Note[] {
  const given: string[] = [];
  for (const [key, value] of Object.entries(data.values)) {
    if (key === 'tags') {
      const tags = (Array.isArray(value) ? value : [value]).map(String);
      given.push(
        `tags ${tags.map((t) => (t === 'posts' ? 'posts (Eleventy’s own collection, dropped)' : `« ${t} » (merged)`)).join(', ')}`,
      );
    } else if (key === 'eleventyExcludeFromCollections' || key === 'series' || key === 'serie') {
      given.push(`${key} (mapped)`);
    } else given.push(`${key} (ignored)`);
  }
  if (data.permalink !== undefined)
    given.push(`permalink ${describePermalink(data.permalink)} (the old addresses)`);
  const notes: Note[] = [
    {
      file: path,
      line: 1,
      kind: 'folder-data',
      message: `read without running it: ${given.join('; ') || 'nothing literal'}`,
    },
  ];
  for (const u of data.unread) {
    notes.push({ file: path, line: u.line, kind: 'folder-data', message: `${u.key}: ${u.why}` });
  }
  return notes;
}

export function newsMapper(layout: NewsLayout = ELEVENTY_DSFR): Mapper {
  const section = `${dirname(layout.news)}/`;
  const inNews = (p: string) => p.startsWith(`${layout.news}/`);
  return {
    name: 'news',
    map(tree: SourceTree): MapperResult {
      const files = new Set(tree.files);
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      const { dataFiles, dataOf } = folderDataReader(tree);
      const isAsset = (p: string) => inNews(p) && ASSET.test(p);
      const byAddress = new Map<string, string>();
      const posts: { target: string; aliases: string[] }[] = [];
      let assets = 0;
      let skipped = 0;

      for (const path of tree.files) {
        if (!path.startsWith(section)) continue;
        // The lists of news are routes of this site: lib/import/site-routes.ts reports them.
        if (LIST_TEMPLATES.has(path.slice(section.length))) continue;
        handled.push(path);
        const jsonData =
          path.endsWith('.json') &&
          (stem(path) === dirname(path).split('/').pop() ||
            files.has(path.replace(/\.json$/, '.md')));
        if (isDataFile(path) || jsonData) {
          dataOf(path);
        } else if (inNews(path) && path.endsWith('.md')) {
          const layers = dataFileCandidates(path, layout.input)
            .filter((candidate) => files.has(candidate))
            .map((file) => ({ file, data: dataOf(file) }));
          const post = mapNewsPost({
            sourcePath: path,
            source: tree.read(path),
            defaults: mergeDefaults(layers),
            exists: (p) => files.has(p),
            copied: isAsset,
            layout,
          });
          outputs.push({ to: post.targetPath, text: post.text, from: path });
          notes.push(...post.notes);
          posts.push({ target: post.targetPath, aliases: post.aliases });
          const slug = slugify(stem(post.targetPath));
          const other = byAddress.get(post.newAddress);
          if (other) {
            notes.push({
              file: post.targetPath,
              line: 1,
              kind: 'address',
              message: `same address ${post.newAddress} as ${other}: rename one of the two files`,
            });
          } else byAddress.set(post.newAddress, post.targetPath);
          if (RESERVED_SLUGS.has(slug) || !slug) {
            notes.push({
              file: post.targetPath,
              line: 1,
              kind: 'address',
              message: `the file name gives the address ${post.newAddress}, which this site cannot use: rename the file (and keep the old address in aliases)`,
            });
          }
        } else if (isAsset(path)) {
          outputs.push({
            to: `${layout.target}/${path.slice(layout.news.length + 1)}`,
            copy: path,
          });
          assets++;
        } else {
          const why = /\.(njk|liquid|html|md|11ty\.js)$/.test(path)
            ? 'template of the former site (listing or page): not imported, for a later mapper'
            : 'neither a post nor an image or document: not imported';
          notes.push({ file: path, line: 1, kind: 'skipped', message: why });
          skipped++;
        }
      }
      for (const post of posts) {
        for (const alias of post.aliases) {
          const owner = byAddress.get(alias);
          if (owner && owner !== post.target) {
            notes.push({
              file: post.target,
              line: 1,
              kind: 'address',
              message: `alias ${alias} is the address of ${owner}: one of them must change`,
            });
          }
        }
      }
      for (const [path, data] of dataFiles) notes.push(...describeDataFile(path, data));
      const listIndex = `${section}index.njk`;
      const redirects = listRedirects(
        outputs.flatMap((o) => ('text' in o && o.to.endsWith('.md') ? [listedPost(o.text)] : [])),
        listPageSize(files.has(listIndex) ? tree.read(listIndex) : undefined),
      );
      if (redirects) {
        outputs.push({ to: 'redirects.yaml', text: redirects, from: listIndex });
        notes.push({
          file: 'redirects.yaml',
          line: 1,
          kind: 'address',
          message: `${redirects.split('\n').length - 2} former list pages lead to the first page of their list`,
        });
      }
      return {
        outputs,
        notes,
        handled,
        counts: {
          'posts written': posts.length,
          'assets copied': assets,
          'files not imported': skipped,
        },
      };
    },
  };
}

const THEME_CODE = /\.(?:m?js|css|scss|map|html?|xhtml)$/i;

/** The source's `public/` folder, served at the site root, copied as `public/`. */
export function publicMapper(layout: NewsLayout = ELEVENTY_DSFR): Mapper {
  const prefix = `${layout.public}/`;
  return {
    name: 'public',
    map(tree) {
      const all = tree.files.filter((p) => p.startsWith(prefix));
      // The former site's own scripts and styles: this site has its own, and publishes no code
      // from content (npm run check would refuse them).
      const code = all.filter((p) => THEME_CODE.test(p));
      const files = all.filter((p) => !THEME_CODE.test(p));
      return {
        outputs: files.map((p) => ({ to: `public/${p.slice(prefix.length)}`, copy: p })),
        notes: code.map((p) => ({
          file: p,
          line: 1,
          kind: 'skipped' as const,
          message:
            'not imported: the former site’s own code (scripts, styles); this site has its own',
        })),
        handled: all,
        counts: { 'public files copied': files.length },
      };
    },
  };
}
