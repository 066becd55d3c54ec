import fs from 'node:fs';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import {
  DOCUMENT_EXTENSIONS,
  domainOf,
  extensionOf,
  formatFileSize,
  isSitePath,
  resolveSitePath,
  slugify,
  type KnownPage,
} from '@/lib/content';
import { report, type CompileContext } from '../context';

/** The name the registry gives the list component, and the name of its items. */
export const RESOURCE_LIST = 'ResourceList';
export const RESOURCE_ITEM = 'ResourceList.Item';

export type ResourceKind = 'internal' | 'external' | 'document' | 'other';

/** What an item shows besides its description; every value is text, as JSX attributes are. */
export interface ResourceItemData {
  href: string;
  title: string;
  kind: ResourceKind;
  /** `halteobsolescence.org`, for links to other sites. */
  domain?: string;
  /** `PDF`, `ODT`, ... for documents. */
  format?: string;
  /** `1,2 Mo`, for documents of the site. */
  size?: string;
  /** The trailing « (HOP) » of the item. */
  source?: string;
}

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}
interface MdxJsxFlowElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: MdxJsxAttribute[];
  children: (ElementContent | MdxJsxFlowElement)[];
  /** The link's own text, for {@link resolveResourceItems}. */
  data?: { linkText: string };
  position?: Element['position'];
}

const isElement = (node: unknown, ...names: string[]): node is Element =>
  typeof node === 'object' &&
  node !== null &&
  (node as Element).type === 'element' &&
  (names.length === 0 || names.includes((node as Element).tagName));
const isBlank = (node: ElementContent) =>
  node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
const meaningful = (nodes: ElementContent[]) => nodes.filter((n) => !isBlank(n));

/** Text that says nothing once punctuation is gone: « . », « ; », « : ». */
const isEmptyText = (nodes: ElementContent[]) =>
  nodes.every((n) => n.type === 'comment' || toString(n).replace(/[\s.,;:!?–—-]/g, '') === '');

const SOURCE = /\s*\(([^()]+)\)\s*[.;]?\s*$/;
const LEADING_SEPARATOR = /^\s*(?:[:–—-]\s*)?/;

interface ParsedItem {
  link: Element;
  href: string;
  /** What follows the link, separator and source removed. */
  rest: ElementContent[];
  source?: string;
}

/** The link an item begins with: `[x](y)`, or `**[x](y)**` with nothing else in the bold. */
function leadingLink(node: ElementContent | undefined): Element | undefined {
  if (!isElement(node)) return undefined;
  if (node.tagName === 'a') return typeof node.properties.href === 'string' ? node : undefined;
  if (['strong', 'em', 'b'].includes(node.tagName)) {
    const inner = meaningful(node.children);
    return inner.length === 1 ? leadingLink(inner[0]) : undefined;
  }
  return undefined;
}

/** An item that begins with a link, split into the link, its own text and its source. */
export function parseItem(li: Element): ParsedItem | undefined {
  const children = meaningful(li.children);
  const first = children[0];
  // In a loose list each item is a paragraph: look inside the first one.
  const inline = isElement(first, 'p') ? [...first.children] : [...li.children];
  const blocks = isElement(first, 'p') ? children.slice(1) : [];
  while (inline[0] && isBlank(inline[0])) inline.shift();
  const head = inline.shift();
  const link = leadingLink(head);
  if (!link) return undefined;
  const href = String(link.properties.href);
  if (href.startsWith('#')) return undefined;

  const rest = inline.map((n) => structuredClone(n));
  let source: string | undefined;
  const last = rest.at(-1);
  if (blocks.length === 0 && last?.type === 'text') {
    const match = SOURCE.exec(last.value);
    if (match?.[1]) {
      source = match[1].trim();
      last.value = last.value.slice(0, match.index);
    }
  }
  const firstRest = rest[0];
  if (firstRest?.type === 'text') firstRest.value = firstRest.value.replace(LEADING_SEPARATOR, '');
  const own = [...rest, ...blocks];
  return { link, href, rest: isEmptyText(own) ? [] : own, source };
}

const text = (value: string): Text => ({ type: 'text', value });
const sameTitle = (a: string, b: string) => slugify(a) === slugify(b);

/**
 * What an item shows, from its link alone: a domain, a format. What depends on the rest of the
 * site (a page's title and description, a file's size) is added when the page is rendered, by
 * {@link resolveResourceItems}: the compiled body is kept across builds, the site changes.
 */
export function describeItem(parsed: ParsedItem) {
  const { href, source } = parsed;
  const linkText = toString(parsed.link).trim();
  const data: ResourceItemData = { href, title: linkText || href, kind: 'other', source };
  const extension = extensionOf(href);
  const format =
    extension && DOCUMENT_EXTENSIONS.has(extension) ? extension.toUpperCase() : undefined;

  if (isSitePath(href)) {
    data.kind = format ? 'document' : 'internal';
    data.format = format;
  } else if (/^https?:\/\//i.test(href)) {
    data.kind = format ? 'document' : 'external';
    data.format = format;
    data.domain = domainOf(href);
  } else if (format) {
    data.kind = 'document';
    data.format = format;
  }
  return { data, description: parsed.rest, linkText };
}

/**
 * The part of each item that depends on the site: for a page, its title (the editor's words stay
 * at the head of the text when they say something else) and its description when the item has no
 * text of its own; for a file of the site, its size.
 */
export function resolveResourceItems(
  tree: Root,
  pages: ReadonlyMap<string, KnownPage>,
  findFile: (path: string) => string | undefined,
): void {
  visit(tree, (node) => {
    const item = node as unknown as MdxJsxFlowElement & { data?: { linkText?: string } };
    if (item.type !== 'mdxJsxFlowElement' || item.name !== RESOURCE_ITEM) return;
    const attr = (name: string) => item.attributes.find((a) => a.name === name);
    const href = attr('href')?.value;
    if (!href || !isSitePath(href)) return;
    const set = (name: string, value: string) => {
      const found = attr(name);
      if (found) found.value = value;
      else item.attributes.push({ type: 'mdxJsxAttribute', name, value });
    };
    const target = resolveSitePath(href, pages, findFile);
    if (target.kind === 'page') {
      const linkText = item.data?.linkText ?? '';
      set('kind', 'internal');
      set('title', target.page.title);
      if (item.children.length === 0) {
        item.children = target.page.description ? [text(target.page.description)] : [];
      } else if (linkText && !sameTitle(linkText, target.page.title)) {
        item.children = [text(`${linkText} `), ...item.children];
      }
    } else if (target.kind === 'file') {
      set('size', formatFileSize(fs.statSync(target.file).size));
    }
  });
}

function itemNode(li: Element, parsed: ParsedItem): MdxJsxFlowElement {
  const { data, description, linkText } = describeItem(parsed);
  const attributes = Object.entries(data)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }));
  return {
    type: 'mdxJsxFlowElement',
    name: RESOURCE_ITEM,
    attributes,
    children: description,
    data: { linkText },
    position: li.position,
  };
}

const listItems = (list: Element) => list.children.filter((c): c is Element => isElement(c, 'li'));

/**
 * Resource lists. In `.md`, a list in which every item begins with a link becomes a
 * `<ResourceList>`; in `.mdx`, `<ResourceList>` wraps a Markdown list explicitly. Each item gets
 * what its link says: for a page of the site its title (and its description when the item has no
 * text of its own), for another site its domain, for a document its format and size.
 */
export function rehypeResourceLists(ctx: CompileContext) {
  return (tree: Root) => {
    if (ctx.entry.format === 'md') {
      const lists: { node: Element; parent: { children: unknown[] }; index: number }[] = [];
      visit(tree, 'element', (node: Element, index, parent) => {
        if (!isElement(node, 'ul', 'ol') || !parent || index === undefined) return;
        const items = listItems(node);
        if (items.length > 0 && items.every((li) => parseItem(li))) {
          lists.push({ node, parent: parent as { children: unknown[] }, index });
        }
      });
      // Innermost lists first, so that an outer list keeps the inner one already transformed.
      for (const { node, parent, index } of lists.reverse()) {
        parent.children[index] = {
          type: 'mdxJsxFlowElement',
          name: RESOURCE_LIST,
          attributes: [],
          children: listItems(node).map((li) => itemNode(li, parseItem(li)!)),
          position: node.position,
        } satisfies MdxJsxFlowElement;
      }
      return;
    }
    visit(tree, (node) => {
      const jsx = node as unknown as MdxJsxFlowElement;
      if (jsx.type !== 'mdxJsxFlowElement' || jsx.name !== RESOURCE_LIST) return;
      const lists = jsx.children.filter((c): c is Element => isElement(c, 'ul', 'ol'));
      if (lists.length === 0) {
        report(ctx, jsx, {
          severity: 'error',
          field: 'mdx',
          rule: 'resource-list-empty',
          message:
            '<ResourceList> must contain a Markdown list of links (« - [Titre](/publications/x/) »), with blank lines around it',
        });
        return;
      }
      const items: MdxJsxFlowElement[] = [];
      for (const li of lists.flatMap(listItems)) {
        const parsed = parseItem(li);
        if (parsed) items.push(itemNode(li, parsed));
        else
          report(ctx, li, {
            severity: 'error',
            field: 'mdx',
            rule: 'resource-list-item',
            message: `each item of <ResourceList> must begin with a link: « ${toString(li).trim().slice(0, 40)} »`,
          });
      }
      jsx.children = items;
    });
  };
}

export type { RootContent };
