/**
 * URLs a file of out/ refers to: attributes of HTML (href, src, srcset, content), url() in CSS,
 * and, in XML and JSON, absolute URLs and the attributes of the HTML they embed.
 */
const ATTRIBUTE = /\s(href|src|srcset|content|action|poster)=(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** What looks like a URL: a site path or an http(s) URL. Text in `content` attributes is not one. */
const isUrl = (value: string) => /^(\/|https?:\/\/)/.test(value);

export function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = decode(match[2] ?? match[3] ?? '').trim();
    if (name === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push(url);
      }
    } else if (name === 'content') {
      if (isUrl(value)) refs.push(value);
    } else if (value) refs.push(value);
  }
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    refs.push(...cssRefs(match[1] ?? ''));
  }
  return refs;
}

export function cssRefs(css: string): string[] {
  return [...css.matchAll(CSS_URL)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
    .filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
}

/** Absolute URLs in any text (XML, JSON), plus the attributes of HTML carried inside it. */
export function textRefs(text: string): string[] {
  const absolute = [...text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map((m) => m[0]);
  return [...absolute, ...htmlRefs(text.replace(/\\"/g, '"'))];
}

/** Strings of a JSON document, for feeds whose HTML is in string values. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}
