import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { report, type CompileContext } from './context';
import { sanitizeSchema } from './sanitize-schema';
import { parseVideoUrl } from './video';

/** Elements that would run code, restyle the page or send data: refused, never silently dropped. */
const REFUSED: Record<string, { rule: string; why: string }> = {
  script: { rule: 'html-script', why: 'content cannot run code' },
  object: { rule: 'html-embed', why: 'link to the file instead' },
  embed: { rule: 'html-embed', why: 'link to the file instead' },
  applet: { rule: 'html-embed', why: 'link to the file instead' },
  frame: { rule: 'html-iframe', why: 'link to the page instead' },
  frameset: { rule: 'html-iframe', why: 'link to the page instead' },
  form: { rule: 'html-form', why: 'link to the form’s page instead' },
};

/** Properties holding a URL: checked for `javascript:`, `vbscript:` and `data:`. */
const URL_PROPERTIES = [
  'href',
  'src',
  'cite',
  'action',
  'formAction',
  'poster',
  'data',
  'background',
];
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/;

const ALLOWED_TAGS = new Set(sanitizeSchema.tagNames ?? []);
/** Each element is sanitized alone: no ancestor rules (a lone `<td>` is not « outside a table »). */
const ALONE_SCHEMA = { ...sanitizeSchema, ancestors: {} };
const GENERATED_CLASSES = new Set(['contains-task-list', 'task-list-item']);
const isGenerated = (value: unknown) =>
  Array.isArray(value) && value.every((c) => GENERATED_CLASSES.has(String(c)));
export const isDsfr = (value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.every((c) => String(c).startsWith('fr-'));
const attributeName = (property: string) => find(html, property).attribute;
const hasValue = (v: unknown) => v !== undefined && v !== null && v !== false;

function hostOf(src: unknown): string {
  if (typeof src !== 'string' || !src) return 'no address';
  try {
    return new URL(src.startsWith('//') ? `https:${src}` : src).hostname || src;
  } catch {
    return src;
  }
}

/** Why an attribute was removed, by kind: one rule per kind, so that counts show what changed. */
function removal(tag: string, property: string, value: unknown): { rule: string; message: string } {
  const name = attributeName(property);
  if (URL_PROPERTIES.includes(property))
    return {
      rule: 'html-url-removed',
      message: `<${tag}>: address « ${String(value).slice(0, 60)} » in « ${name} » removed (only http, https, mailto and tel addresses and site paths are allowed)`,
    };
  if (/^on/i.test(name))
    return {
      rule: 'html-event-attribute',
      message: `<${tag}>: event attribute « ${name} » removed (content cannot run code)`,
    };
  if (name === 'style')
    return {
      rule: 'html-style-attribute',
      message: `<${tag}>: « style » removed (the site’s styles apply)`,
    };
  if (name === 'class')
    return { rule: 'html-class', message: `<${tag}>: « class » removed (the site’s styles apply)` };
  if (name === 'target')
    return {
      rule: 'html-target',
      message: `<${tag}>: « target » removed (links open in the same tab, as the site’s do)`,
    };
  return {
    rule: 'html-attribute',
    message: `<${tag}>: attribute « ${name} » removed (not allowed in content)`,
  };
}

/**
 * Reports what the sanitizer is about to do to the HTML of a body, element by element, by running
 * the very same allow-list on each one: refused constructs are errors, removed ones warnings.
 * Rendering never depends on this: the sanitizer runs anyway.
 */
export function auditHtml(tree: Root, ctx: CompileContext): void {
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    if (tag === 'mdx-component') return;
    // Own keys only: `<constructor>` is an unknown element, not Object.prototype's.
    const refused = Object.hasOwn(REFUSED, tag) ? REFUSED[tag] : undefined;
    if (refused) {
      report(ctx, node, {
        severity: 'error',
        field: 'html',
        rule: refused.rule,
        message: `<${tag}> is not allowed: ${refused.why} (remove it)`,
      });
      return;
    }
    if (tag === 'style') {
      report(ctx, node, {
        severity: 'warning',
        field: 'html',
        rule: 'html-style-element',
        message: '<style> removed with its rules (the site’s stylesheet applies)',
      });
      return;
    }
    if (tag === 'iframe') {
      const video = parseVideoUrl(
        typeof node.properties.src === 'string' ? node.properties.src : '',
      );
      report(ctx, node, {
        severity: 'error',
        field: 'html',
        rule: 'html-iframe',
        // A video iframe reaches here only from `.mdx`, where HTML is JSX and the component is
        // the way to write it.
        message: video
          ? `<iframe> of a ${video.provider} video: in .mdx, write <VideoEmbed src="${video.pageUrl}" title="…" /> instead`
          : `<iframe> from « ${hostOf(node.properties.src)} » is not allowed: only YouTube and Dailymotion videos are embedded (link to the page instead)`,
      });
      return;
    }

    const refusedUrls = new Set<string>();
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value !== 'string') continue;
      // Browsers ignore spaces and control characters inside a scheme (`java\tscript:`).
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      const scheme = /^(javascript|vbscript):/.exec(url)?.[1];
      if (scheme) {
        refusedUrls.add(property);
        report(ctx, node, {
          severity: 'error',
          field: 'html',
          rule: 'html-unsafe-url',
          message: `<${tag}>: « ${scheme}: » address in « ${attributeName(property)} » is not allowed: content cannot run code`,
        });
      } else if (
        url.startsWith('data:') &&
        !(tag === 'img' && property === 'src' && DATA_IMAGE.test(url))
      ) {
        refusedUrls.add(property);
        report(ctx, node, {
          severity: 'error',
          field: 'html',
          rule: 'html-data-url',
          message: `<${tag}>: « data: » address in « ${attributeName(property)} » is not allowed (only images may be written as data:): link to a file instead`,
        });
      }
    }

    if (tag === 'img' && !(typeof node.properties.alt === 'string' && node.properties.alt.trim())) {
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const shown = src.startsWith('data:') ? 'data:…' : src;
      report(ctx, node, {
        severity: 'warning',
        field: 'image',
        rule: 'image-alt-missing',
        message: `image « ${shown} » has no alt text: describe what it shows (![description](…) or alt="…"), unless it is decorative`,
      });
    }

    // Elements without a place in the file are Markdown's own (footnote back-links): not reported.
    if (!node.position) return;
    // Most elements (paragraphs, lists, emphasis) have no attribute: allowed by tag name alone.
    const hasProperties = Object.values(node.properties).some(hasValue);
    if (!hasProperties && ALLOWED_TAGS.has(tag)) return;
    const alone: Element = { ...node, children: [] };
    const clean = sanitize({ type: 'root', children: [alone] }, ALONE_SCHEMA) as Root;
    const kept = clean.children.find(
      (c): c is Element => c.type === 'element' && c.tagName === tag,
    );
    if (!kept) {
      const stripped = (sanitizeSchema.strip ?? []).includes(tag);
      report(ctx, node, {
        severity: 'warning',
        field: 'html',
        rule: 'html-element-removed',
        message: `<${tag}> is not supported in content: removed${stripped ? ' with its content' : ', its text kept'}`,
      });
      return;
    }
    for (const [property, value] of Object.entries(node.properties)) {
      if (!hasValue(value) || refusedUrls.has(property)) continue;
      // Classes Markdown itself generates (GFM task lists): not the editor's doing.
      if (property === 'className' && isGenerated(value)) continue;
      // The former site's design-system classes (`fr-…`) are its dialect: the site renders those
      // blocks its own way (lib/mdx/plugins/legacy-html.ts), nothing for the editor to do.
      if (property === 'className' && isDsfr(value)) continue;
      if (JSON.stringify(kept.properties[property]) === JSON.stringify(value)) continue;
      report(ctx, node, { severity: 'warning', field: 'html', ...removal(tag, property, value) });
    }
  });
}
