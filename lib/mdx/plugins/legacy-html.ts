import type { Element, ElementContent, Parent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { IMAGE_RULES } from '@/lib/content';
import { lookupBodyImage, report, type CompileContext } from '../context';
import { isDsfr } from '../html-audit';
import { parseVideoUrl } from '../video';

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}

/** A registered component in the hast tree, as MDX represents it. */
function component(
  name: string,
  attributes: Record<string, string | undefined>,
  children: ElementContent[],
  position: Element['position'],
): ElementContent {
  const attrs: JsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attrs,
    children,
    position,
  } as unknown as ElementContent;
}

const classes = (node: Element): string[] => {
  const value: unknown = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
};
const hasClass = (node: Element, name: string) => classes(node).includes(name);
const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as Element).type === 'element';

function findByClass(root: Element, prefix: string): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (found || node === root) return;
    if (classes(node).some((c) => c === prefix || c.startsWith(`${prefix}--`))) found = node;
  });
  return found;
}

/** Poster of a legacy embed: the `<img src>` of its click-to-load `srcdoc`, when it is ours. */
function posterOf(iframe: Element): string | undefined {
  const srcdoc = iframe.properties.srcDoc;
  if (typeof srcdoc !== 'string') return undefined;
  const match = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(srcdoc);
  const src = match?.[1] ?? match?.[2] ?? match?.[3];
  return src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? src : undefined;
}

/**
 * The former site's rich HTML, rendered with the site's own components instead of being stripped:
 * `<div class="fr-highlight">` -> `<Highlight>`, `<div class="fr-callout">` -> `<Callout>`, and
 * YouTube/Dailymotion `<iframe>`s -> `<VideoEmbed>`, a card that links to the video and makes no
 * request to the video host before the visitor follows it. Runs before the sanitizer; anything
 * else goes through the allow-list as usual.
 */
export function rehypeLegacyHtml(ctx: CompileContext) {
  return (tree: Root) => {
    checkVideoComponents(ctx, tree);
    // Accordions first: their title is a button, which the next pass takes away.
    visit(tree, 'element', (node: Element, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.tagName !== 'section' || !hasClass(node, 'fr-accordion')) return;
      parent.children[index] = accordion(node) as Parent['children'][number];
    });
    buttons(ctx, tree, false);
    visit(tree, 'element', (node: Element, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      let replacement: ElementContent | undefined;
      const dialect = node.properties.dataDialect;
      if (typeof dialect === 'string' && node.tagName === 'div') {
        replacement = fromDialect(dialect, node);
      } else if (node.tagName === 'div' && hasClass(node, 'fr-highlight')) {
        replacement = component('Highlight', {}, node.children, node.position);
      } else if (node.tagName === 'div' && hasClass(node, 'fr-callout')) {
        replacement = callout(ctx, node);
      } else if (node.tagName === 'iframe') {
        replacement = video(ctx, node);
      }
      if (!replacement) return;
      // A block alone in its paragraph replaces the paragraph (no <figure> inside a <p>).
      const alone =
        parent.type === 'element' &&
        (parent as Element).tagName === 'p' &&
        parent.children.every((c) => c === node || (c.type === 'text' && !c.value.trim()));
      parent.children[index] = replacement as Parent['children'][number];
      if (alone) (parent as Element).tagName = 'div';
      return [SKIP, index + 1];
    });
  };
}

/**
 * DSFR buttons: inside a link (`<a href><button>Télécharger</button></a>`) a button is only the
 * link's look, so its text stays the link's text; elsewhere it is a control that needs JavaScript
 * (close a notice, open a panel), removed with its text and reported.
 */
function buttons(ctx: CompileContext, node: Root | Element, inLink: boolean): void {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (!isElement(child)) {
      children.push(child);
      continue;
    }
    buttons(ctx, child, inLink || child.tagName === 'a');
    if (child.tagName !== 'button') children.push(child);
    else if (inLink) children.push(...child.children);
    // A design-system control of the former site (close, expand): its dialect, removed silently.
    else if (isDsfr(child.properties.className)) continue;
    else
      report(ctx, child, {
        severity: 'warning',
        field: 'html',
        rule: 'html-button',
        message: `<button> « ${toString(child).trim().slice(0, 40)} » removed with its text: buttons need JavaScript, which content cannot run`,
      });
  }
  node.children = children as typeof node.children;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** Blocks of the Markdown dialect (lib/mdx/dialect/), as the site's components. */
function fromDialect(kind: string, node: Element): ElementContent | undefined {
  const p = node.properties;
  switch (kind) {
    case 'callout':
      return component('Callout', { title: text(p.dataTitle) }, node.children, node.position);
    case 'video':
      return component('VideoEmbed', { src: text(p.dataSrc) }, [], node.position);
    case 'measures':
      return component('SiteMeasures', {}, [], node.position);
    case 'posts':
      return component(
        'PostList',
        {
          tags: text(p.dataTags),
          series: text(p.dataSeries),
          when: text(p.dataWhen),
          limit: text(p.dataLimit),
          byYear: text(p.dataByYear),
          noSeries: text(p.dataNoSeries),
        },
        [],
        node.position,
      );
    default:
      return undefined;
  }
}

/** A DSFR accordion (a button that shows a panel, with JavaScript) as a native <details>. */
function accordion(node: Element): ElementContent {
  const button = findByClass(node, 'fr-accordion__btn') ?? findByClass(node, 'fr-accordion__title');
  const panel = findByClass(node, 'fr-collapse');
  const summary: Element = {
    type: 'element',
    tagName: 'summary',
    properties: {},
    children: [{ type: 'text', value: button ? toString(button).trim() : 'Détails' }],
  };
  return {
    type: 'element',
    tagName: 'details',
    properties: {},
    children: [summary, ...(panel ? panel.children : [])],
    position: node.position,
  };
}

function callout(ctx: CompileContext, node: Element): ElementContent {
  const titleNode = findByClass(node, 'fr-callout__title');
  const title = titleNode ? toString(titleNode).trim() : undefined;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child === titleNode) continue;
    if (isElement(child) && hasClass(child, 'fr-callout__text')) {
      child.properties.className = undefined;
      children.push(child);
    } else if (
      isElement(child) &&
      child.tagName === 'a' &&
      classes(child).some((c) => c.startsWith('fr-btn'))
    ) {
      child.properties.className = undefined;
      const href = typeof child.properties.href === 'string' ? child.properties.href.trim() : '';
      if (!href) {
        report(ctx, child, {
          severity: 'warning',
          field: 'html',
          rule: 'callout-link-empty',
          message: `callout button « ${toString(child).trim()} » has no link: it is left out (give it an href)`,
        });
        continue;
      }
      children.push({ type: 'element', tagName: 'p', properties: {}, children: [child] });
    } else children.push(child);
  }
  return component('Callout', { title }, children, node.position);
}

function video(ctx: CompileContext, node: Element): ElementContent | undefined {
  const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : '';
  const found = parseVideoUrl(src);
  if (!found) {
    // A frame of another web host: a link to it. Any other address is refused by the HTML audit.
    if (!/^https:\/\/[^/\s]+/i.test(src)) return undefined;
    const host = new URL(src).hostname;
    report(ctx, node, {
      severity: 'warning',
      field: 'html',
      rule: 'iframe-link',
      message: `<iframe> from « ${host} »: the site embeds no frame of an unknown host; it is shown as a link to it`,
    });
    const title = typeof node.properties.title === 'string' ? node.properties.title.trim() : '';
    return component('ExternalEmbed', { src, title: title || undefined }, [], node.position);
  }
  let title = typeof node.properties.title === 'string' ? node.properties.title.trim() : '';
  if (!title) {
    title = `${found.kind === 'audio' ? 'Épisode' : 'Vidéo'} ${found.provider}`;
    report(ctx, node, {
      severity: 'warning',
      field: 'html',
      rule: 'video-title-missing',
      message: `the ${found.provider} ${found.kind === 'audio' ? 'episode' : 'video'} has no title attribute: its card says « ${title} » (add title="...")`,
    });
  }
  let poster = posterOf(node);
  if (typeof node.properties.srcDoc === 'string' && !poster) {
    report(ctx, node, {
      severity: 'warning',
      field: 'html',
      rule: 'video-srcdoc-ignored',
      message:
        '« srcdoc » ignored: the video card replaces the iframe (only an image of the site inside it is kept, as the poster)',
    });
  }
  if (poster && checkPoster(ctx, node, poster, 'html')) poster = undefined;
  return component('VideoEmbed', { src: found.pageUrl, title, poster }, [], node.position);
}

/** `<VideoEmbed src="...">` written in `.mdx`: the address must be a video the card can link to. */
function checkVideoComponents(ctx: CompileContext, tree: Root): void {
  visit(tree, (node) => {
    const jsx = node as unknown as { type: string; name?: string; attributes?: JsxAttribute[] };
    if (!jsx.type.startsWith('mdxJsx') || jsx.name !== 'VideoEmbed') return;
    const poster = jsx.attributes?.find((a) => a.name === 'poster')?.value;
    if (typeof poster === 'string' && poster) checkPoster(ctx, node, poster, 'mdx');
    const src = jsx.attributes?.find((a) => a.name === 'src')?.value;
    if (typeof src === 'string' && parseVideoUrl(src)) return;
    report(ctx, node, {
      severity: 'error',
      field: 'mdx',
      rule: 'video-src',
      message: `<VideoEmbed> needs src="..." with the address of a video or podcast episode (YouTube, Dailymotion, Vimeo, PeerTube, Acast)${typeof src === 'string' ? ` (not « ${src.slice(0, 60)} »)` : ''}`,
    });
  });
}

/**
 * A video poster must be an image of the content source; true when it cannot be shown. A missing
 * one only leaves the card without an image; one from outside the source, or a file that is no
 * image, is an error.
 */
function checkPoster(
  ctx: CompileContext,
  node: Parameters<typeof report>[1],
  poster: string,
  field: string,
) {
  const found = lookupBodyImage(ctx, poster);
  if (!found.problem) return false;
  report(ctx, node, {
    severity: found.problem === 'missing' ? 'warning' : 'error',
    field,
    rule: found.problem === 'missing' ? 'video-poster-missing' : IMAGE_RULES[found.problem],
    message:
      found.problem === 'missing'
        ? `video poster « ${poster} » not found: the card shows without an image`
        : `video poster ${found.message}`,
  });
  return true;
}
