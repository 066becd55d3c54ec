import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { placeOf, report, type CompileContext } from '../context';
import { applyAttributes } from './attributes';
import { measuresDirective } from './measures';

/**
 * The Markdown dialect of the former Eleventy site, rendered natively so that imported bodies stay
 * as written: containers (`:::callout`, `:::alert`, `:::quote`, `:::accordion`, `:::posts`), the
 * table of the site's measures (`::mesures`, lib/mdx/dialect/measures.ts), the
 * `dailymotion` and `transcription` shortcodes, `{.class #id}` attributes. Template logic the site
 * cannot run (`{% for %}`, `{% include %}`, `{{ collections… }}`) is an error at its line, never
 * text on a page. Each construct becomes plain mdast with `data.hName`, or a `div` marked with
 * `data-dialect` that rehypeLegacyHtml turns into a component of the registry.
 */
export function remarkDialect(ctx: CompileContext) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    measuresDirective(ctx, tree);
    restoreStrayDirectives(tree, source);
    containers(ctx, tree);
    splitHtmlAtShortcodes(tree);
    shortcodes(ctx, tree);
    applyAttributes(ctx, tree);
    leftoverTemplates(ctx, tree);
  };
}

type Data = Record<string, unknown> & { hName?: string; hProperties?: Record<string, unknown> };
const setData = (node: { data?: unknown }, data: Data) => {
  node.data = { ...(node.data as object | undefined), ...data };
};

/**
 * `:name` and `::name` in running text are not directives here (« 10:30 », « note:important »):
 * they go back to the text they were written as.
 */
function restoreStrayDirectives(tree: Root, source: string) {
  visit(tree, (node, index, parent) => {
    if (
      (node.type !== 'textDirective' && node.type !== 'leafDirective') ||
      !parent ||
      index === undefined
    )
      return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const text =
      start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
    const replacement: RootContent =
      node.type === 'leafDirective'
        ? { type: 'paragraph', children: [{ type: 'text', value: text }], position: node.position }
        : { type: 'text', value: text, position: node.position };
    parent.children[index] = replacement as Parent['children'][number];
    return [SKIP, index + 1];
  });
}

const CONTAINERS = ['callout', 'alert', 'quote', 'accordion', 'accordionsgroup', 'posts'];

/** The label paragraph of a container (`:::callout[Titre]`), taken out of its children. */
function takeLabel(node: ContainerDirective): string | undefined {
  const first = node.children[0];
  if (
    first?.type === 'paragraph' &&
    (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel
  ) {
    node.children.shift();
    return toString(first).trim() || undefined;
  }
  return undefined;
}

function containers(ctx: CompileContext, tree: Root) {
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    const name = node.name;
    const attributes = node.attributes ?? {};
    const title = takeLabel(node);
    switch (name) {
      case 'callout':
      case 'alert':
        setData(node, {
          hName: 'div',
          hProperties: {
            dataDialect: 'callout',
            dataTitle: title,
            dataKind: attributes.type ?? undefined,
          },
        });
        return;
      case 'quote': {
        const image = attributes.image?.trim();
        setData(node, { hName: 'figure' });
        const quote = { type: 'blockquote', children: node.children } as RootContent;
        node.children = [quote as ContainerDirective['children'][number]];
        if (image) {
          node.children.push({
            type: 'paragraph',
            data: { hName: 'figcaption' },
            children: [{ type: 'image', url: image, alt: '' }],
          } as Paragraph);
        }
        return;
      }
      case 'accordion':
        setData(node, { hName: 'details' });
        node.children.unshift({
          type: 'paragraph',
          data: { hName: 'summary' },
          children: [{ type: 'text', value: title ?? 'Détails' }],
        } as Paragraph);
        return;
      case 'accordionsgroup':
        setData(node, { hName: 'div' });
        return;
      case 'posts':
        setData(node, {
          hName: 'div',
          hProperties: {
            dataDialect: 'posts',
            dataTags: attributes.tags ?? undefined,
            dataSeries: attributes.series ?? undefined,
            dataWhen:
              'upcoming' in attributes ? 'upcoming' : 'past' in attributes ? 'past' : undefined,
            dataLimit: attributes.limit ?? undefined,
          },
        });
        if (!attributes.tags && !attributes.series)
          report(ctx, node, {
            severity: 'error',
            field: 'posts',
            rule: 'dialect-posts',
            message:
              ':::posts needs tags="…" or series="…" (e.g. :::posts tags="Semaine NumEco, Événement" upcoming)',
          });
        node.children = [];
        return;
      default:
        report(ctx, node, {
          severity: 'error',
          field: 'container',
          rule: 'dialect-container',
          message: `unknown container « :::${name} »: use ${CONTAINERS.filter(
            (c) => c !== 'accordionsgroup',
          )
            .map((c) => `:::${c}`)
            .join(', ')} (or :::info, :::warning, :::error, :::success)`,
        });
        setData(node, { hName: 'div' });
    }
  });
}

const SHORTCODE = /^\{%-?\s*([A-Za-z_]\w*)\s*(.*?)\s*-?%\}/;
const SHORTCODE_ANYWHERE = /\{%-?\s*([A-Za-z_]\w*)\s*(.*?)\s*-?%\}/;
const stringArgument = (args: string) => /^["']([^"']*)["']/.exec(args.trim())?.[1];

/** The first text of a paragraph, when the paragraph starts with a shortcode. */
function leadingShortcode(
  node: RootContent,
): { name: string; args: string; text: Text } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  if (first?.type !== 'text') return undefined;
  const match = SHORTCODE.exec(first.value.trimStart());
  return match ? { name: match[1]!, args: match[2] ?? '', text: first } : undefined;
}

/** Removes the shortcode from the start of its paragraph; true when nothing else is left. */
function strip(paragraph: Paragraph, text: Text): boolean {
  text.value = text.value.trimStart().replace(SHORTCODE, '').replace(/^\s+/, '');
  if (!text.value) paragraph.children.shift();
  return paragraph.children.length === 0 || toString(paragraph).trim() === '';
}

const SHORTCODE_LINE = /^\s*\{%-?\s*(?:transcription|endtranscription|dailymotion)\b.*?-?%\}\s*$/;

/**
 * A shortcode on its own line right after an HTML line (`<br>` then `{% transcription %}`) is
 * inside Markdown's HTML block, not a paragraph: the block is cut at that line, so the shortcode
 * stands alone as it does elsewhere.
 */
function splitHtmlAtShortcodes(tree: Root) {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('{%')) return;
    const lines = node.value.split('\n');
    if (!lines.some((line) => SHORTCODE_LINE.test(line))) return;
    const startLine = node.position?.start.line ?? 1;
    const pieces: RootContent[] = [];
    let chunk: string[] = [];
    let chunkStart = 0;
    const place = (from: number, to: number) =>
      node.position && {
        start: { line: startLine + from, column: 1 },
        end: { line: startLine + to, column: 1 },
      };
    const flush = (end: number) => {
      if (chunk.some((l) => l.trim()))
        pieces.push({ type: 'html', value: chunk.join('\n'), position: place(chunkStart, end) });
      chunk = [];
    };
    lines.forEach((line, i) => {
      if (SHORTCODE_LINE.test(line)) {
        flush(i);
        pieces.push({
          type: 'paragraph',
          children: [{ type: 'text', value: line.trim(), position: place(i, i) }],
          position: place(i, i),
        });
        chunkStart = i + 1;
      } else chunk.push(line);
    });
    flush(lines.length - 1);
    parent.children.splice(index, 1, ...(pieces as Parent['children']));
    return [SKIP, index + pieces.length];
  });
}

function shortcodes(ctx: CompileContext, tree: Root) {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as RootContent;
      const found = leadingShortcode(child);
      if (!found) continue;
      const paragraph = child as Paragraph;
      if (found.name === 'dailymotion') {
        const id = stringArgument(found.args) ?? '';
        if (!/^[\w-]{3,64}$/.test(id)) {
          report(ctx, child, {
            severity: 'error',
            field: 'shortcode',
            rule: 'dialect-dailymotion',
            message: `{% dailymotion %} needs the video's id in quotes, e.g. {% dailymotion "x9lx7hi" %}`,
          });
          continue;
        }
        const video: RootContent = {
          type: 'paragraph',
          children: [],
          position: child.position,
          data: {
            hName: 'div',
            hProperties: {
              dataDialect: 'video',
              dataSrc: `https://www.dailymotion.com/video/${id}`,
            },
          },
        } as Paragraph;
        const empty = strip(paragraph, found.text);
        parent.children.splice(i, empty ? 1 : 0, video as Parent['children'][number]);
      } else if (found.name === 'transcription') {
        const end = parent.children.findIndex(
          (c, j) => j > i && /\{%-?\s*endtranscription\s*-?%\}/.test(toString(c)),
        );
        if (end < 0) {
          report(ctx, child, {
            severity: 'error',
            field: 'shortcode',
            rule: 'dialect-transcription',
            message:
              '{% transcription %} is not closed: add {% endtranscription %} after the transcript',
          });
          continue;
        }
        const speaker = stringArgument(found.args);
        const closing = parent.children[end] as RootContent;
        const inside = parent.children.slice(i + 1, end) as RootContent[];
        if (closing.type === 'paragraph') {
          const before = toString(closing)
            .replace(/\{%-?\s*endtranscription\s*-?%\}[\s\S]*$/, '')
            .trim();
          if (before)
            inside.push({ type: 'paragraph', children: [{ type: 'text', value: before }] });
        }
        if (!strip(paragraph, found.text)) inside.unshift(paragraph);
        const details = {
          type: 'paragraph',
          position: child.position,
          data: { hName: 'details' },
          children: [
            {
              type: 'emphasis',
              data: { hName: 'summary' },
              children: [
                { type: 'text', value: speaker ? `Transcription — ${speaker}` : 'Transcription' },
              ],
            },
            ...inside,
          ],
        } as unknown as Paragraph;
        parent.children.splice(i, end - i + 1, details as Parent['children'][number]);
      }
    }
  });
}

const LOGIC = new Set([
  'for',
  'endfor',
  'if',
  'elif',
  'else',
  'endif',
  'set',
  'endset',
  'include',
  'from',
  'import',
  'macro',
  'endmacro',
  'block',
  'endblock',
  'extends',
  'raw',
  'endraw',
  'call',
  'endcall',
  'filter',
  'endfilter',
]);

/** Template syntax left anywhere in text or HTML: an error, so it never reaches a visitor. */
function leftoverTemplates(ctx: CompileContext, tree: Root) {
  const seen = new Set<number>();
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type !== 'text' && node.type !== 'html') return;
    const value = (node as Text).value;
    const line = node.position?.start.line ?? 0;
    if (seen.has(line)) return;
    // A construct already refused at this line (a shortcode with a wrong argument) is not
    // reported twice.
    const at = placeOf(ctx, node).line;
    if (ctx.problems.some((p) => p.line === at && p.severity === 'error')) return;
    const tag = SHORTCODE_ANYWHERE.exec(value);
    // `{{ field }}` left in the text names a missing field: interpolation reports it already.
    const expression = /\{\{(?!\s*[A-Za-z_][\w.-]*\s*\}\})[\s\S]*?\}\}/.exec(value);
    if (!tag && !expression) return;
    seen.add(line);
    const name = tag?.[1] ?? '';
    const shown = (tag?.[0] ?? expression?.[0] ?? '').slice(0, 60);
    report(ctx, node, {
      severity: 'error',
      field: 'template',
      rule: 'dialect-template',
      message: tag
        ? LOGIC.has(name)
          ? `template logic « ${shown} » is not run by this site: to list posts, write :::posts tags="…" (or series="…"); otherwise write the content itself`
          : name === 'endtranscription'
            ? '{% endtranscription %} without {% transcription "…" %} before it'
            : `unknown shortcode « ${shown} »: this site renders {% dailymotion "id" %} and {% transcription "Nom" %} … {% endtranscription %}`
        : /collections|page\.|site\./.test(shown)
          ? `« ${shown} » reads the former site's data, which this site does not have: to list posts, write :::posts tags="…"; otherwise write the text itself`
          : `« ${shown} » is template syntax this site does not run: write the text itself (or a front matter field as {{ field }})`,
    });
  });
}
