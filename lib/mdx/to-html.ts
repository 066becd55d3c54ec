import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveAsset, type Entry } from '@/lib/content';
import { optimizeImage } from '@/lib/media/images';
import { absoluteUrl } from '@/lib/site';
import { compileBody } from './compile';
import { throwOnErrors, MDX_NODES as MDX_NODE_LIST } from './compile-options';
import { parseVideoUrl } from './video';

const MDX_NODES = new Set(MDX_NODE_LIST);

/** A media card in a feed: a link to the video or episode on its host, with its title. */
function mediaLink(node: RootContent): RootContent | undefined {
  const jsx = node as unknown as {
    name?: string;
    attributes?: { name: string; value?: unknown }[];
  };
  if (jsx.name !== 'VideoEmbed' && jsx.name !== 'ExternalEmbed') return undefined;
  const attr = (name: string) => {
    const value = jsx.attributes?.find((a) => a.name === name)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const src = attr('src');
  if (!src || !/^https?:\/\//.test(src)) return undefined;
  const href = jsx.name === 'VideoEmbed' ? (parseVideoUrl(src)?.pageUrl ?? src) : src;
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href },
        children: [{ type: 'text', value: attr('title') ?? href }],
      },
    ],
  };
}

/**
 * A feed reader shows HTML, not React: registered components keep their content (a resource list
 * stays a list), and expressions, which never run on the site either, go.
 */
function rehypeFlattenMdx() {
  return (tree: Root) => {
    const flatten = (nodes: RootContent[]): RootContent[] =>
      nodes.flatMap((node) => {
        if (MDX_NODES.has(node.type)) {
          const link = mediaLink(node);
          if (link) return [link];
          const children = (node as { children?: RootContent[] }).children;
          return node.type.startsWith('mdxJsx') && children ? flatten(children) : [];
        }
        if ('children' in node) {
          (node as Element).children = flatten(node.children) as ElementContent[];
        }
        return [node];
      });
    tree.children = flatten(tree.children);
  };
}

/** Site path, `./relative` or `relative` -> absolute URL; external URLs and anchors untouched. */
export function toAbsolute(url: string, pageUrl: string): string {
  if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return url;
  }
  if (url.startsWith('/')) return absoluteUrl(url);
  const resolved = new URL(url, `https://site.invalid${pageUrl}`);
  return absoluteUrl(`${resolved.pathname}${resolved.search}${resolved.hash}`);
}

/**
 * Links and images with absolute URLs, so that they work wherever the feed is read. Images that
 * are files of the site point to the same optimised copy the page uses.
 */
function rehypeAbsoluteUrls(entry: Entry) {
  return async (tree: Root) => {
    const images: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (typeof href === 'string') node.properties.href = toAbsolute(href, entry.url);
      if (node.tagName === 'img') images.push(node);
    });
    for (const img of images) {
      const src = typeof img.properties.src === 'string' ? img.properties.src : '';
      const file = src && !/^[a-z]+:/i.test(src) ? resolveAsset(src, entry.absPath) : undefined;
      if (file) {
        const optimized = await optimizeImage(file);
        img.properties.src = absoluteUrl(optimized.src);
        if (optimized.width) img.properties.width = optimized.width;
        if (optimized.height) img.properties.height = optimized.height;
      } else {
        img.properties.src = toAbsolute(src, entry.url);
      }
      delete img.properties.srcSet;
    }
  };
}

/**
 * A body as a standalone HTML string (for feeds), from the same compiled body as the page: same
 * sanitizer, same legacy fixes, same headings.
 */
export async function renderBodyToHtml(entry: Entry): Promise<string> {
  const compiled = compileBody(entry);
  throwOnErrors(compiled.problems);
  const tree = structuredClone(compiled.tree) as Root;
  const processor = unified()
    .use(rehypeFlattenMdx)
    .use(rehypeAbsoluteUrls, entry)
    .use(rehypeStringify);
  return String(processor.stringify((await processor.run(tree)) as Root)).trim();
}
