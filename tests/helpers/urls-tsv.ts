import fs from 'node:fs';
import * as parse5 from 'parse5';

/** A line of the corpus's URLS.tsv: an address the former site publishes. */
export interface FormerAddress {
  url: string;
  source: string;
  title: string;
  kind: string;
  /** 1-based line in URLS.tsv, for messages. */
  line: number;
}

/** A field quoted as in CSV, as the file writes a title holding quotes. */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
    ? field.slice(1, -1).replaceAll('""', '"')
    : field;
}

export function readUrlsTsv(file: string): FormerAddress[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header.join(',') !== 'url,inputPath,title,kind') {
    throw new Error(`${file}: unexpected header ${header.join(',')}`);
  }
  return lines.slice(1).flatMap((text, i) => {
    if (!text.trim()) return [];
    const [url = '', source = '', title = '', kind = ''] = text.split('\t').map(unquote);
    return [{ url, source, title, kind, line: i + 2 }];
  });
}

const FORMER_SUFFIX = / - Numérique écoresponsable$/;
const OUR_SUFFIX = / \| Numérique écoresponsable$/;

/** A title as a reader compares it: without the site's name, spaces and apostrophes unified. */
export function comparableTitle(title: string): string {
  return title
    .normalize('NFC')
    .replace(FORMER_SUFFIX, '')
    .replace(OUR_SUFFIX, '')
    .replaceAll('’', "'")
    .replace(/\s+/g, ' ')
    .trim();
}

type Node = {
  nodeName: string;
  childNodes?: Node[];
  value?: string;
  attrs?: { name: string; value: string }[];
};

function find(node: Node, test: (n: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The document's `<title>` text, entities decoded. */
export function htmlTitle(html: string): string | undefined {
  const doc = parse5.parse(html) as unknown as Node;
  const title = find(doc, (n) => n.nodeName === 'title');
  if (!title) return undefined;
  return (title.childNodes ?? []).map((c) => c.value ?? '').join('');
}

/** Where a redirect page (`<meta http-equiv="refresh" content="0; url=…">`) sends the reader. */
export function metaRefreshTarget(html: string): string | undefined {
  const doc = parse5.parse(html) as unknown as Node;
  const meta = find(
    doc,
    (n) =>
      n.nodeName === 'meta' &&
      (n.attrs ?? []).some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh'),
  );
  const content = meta?.attrs?.find((a) => a.name === 'content')?.value;
  const match = content && /url\s*=\s*['"]?([^'"]+)/i.exec(content);
  return match ? match[1] : undefined;
}

export interface Answer {
  /** Status of the first response. */
  status: number;
  /** Addresses followed, first response's address first. */
  hops: string[];
  finalStatus: number;
  contentType: string;
  body: string;
}

/**
 * Requests `url` as a reader would: HTTP redirects and redirect pages are followed (at most five),
 * to the page a visitor ends on.
 */
export async function follow(url: string): Promise<Answer> {
  const hops: string[] = [];
  let current = url;
  let first = 0;
  for (let i = 0; i < 6; i += 1) {
    hops.push(current);
    const response = await fetch(current, { redirect: 'manual' });
    if (!first) first = response.status;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer();
      current = new URL(location, current).href;
      continue;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.text();
    const refresh = contentType.includes('text/html') ? metaRefreshTarget(body) : undefined;
    if (response.status === 200 && refresh) {
      current = new URL(refresh, current).href;
      continue;
    }
    return { status: first, hops, finalStatus: response.status, contentType, body };
  }
  throw new Error(`${url}: more than five redirects (${hops.join(' → ')})`);
}
