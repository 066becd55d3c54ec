import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, type BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

/**
 * Acceptable content written to break the feeds: markup and `]]>` in a description, a title and a
 * call to action; script as inline code; control characters XML forbids (HOSTILE_SOURCES.feeds,
 * built with the rest of the hostile content). Every feed of the build must parse, and carry only
 * escaped text or the page's sanitized HTML.
 */
let build: BuildResult;

/**
 * The feeds also carry the other hostile posts tagged like these two (the safety fixture's): every
 * item is checked, and these two must be among them.
 */
const feedPostsIn = (titles: unknown[]) =>
  ['Code en ligne', 'Titre '].filter((start) => titles.some((t) => String(t).startsWith(start)));

beforeAll(() => {
  build = siteBuild('hostile');
});

const feedFiles = () =>
  fs
    .readdirSync(build.outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /^feed\.(xml|json)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));

/** The Atom feed the former site's address keeps serving (/feed/feed.xml). */
const isAtom = (file: string) => file.endsWith(`${path.sep}feed${path.sep}feed.xml`);

/** What a feed reader renders of an HTML field: elements and attributes that would act. */
function dangerous(html: string): string[] {
  const root = parse(html);
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    // JSON-LD is data, not code (its text is checked on its own below).
    if (tag === 'script' && el.getAttribute('type') === 'application/ld+json') continue;
    if (['script', 'iframe', 'object', 'embed', 'style'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (/^\s*(javascript|data|vbscript):/i.test(value)) found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

describe('feeds built from hostile content', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes the site feed, the JSON feed, a tag feed, and the former addresses’ Atom and JSON feeds', () => {
    const names = feedFiles().map((f) => path.relative(build.outDir, f).split(path.sep).join('/'));
    expect(names.sort()).toEqual([
      'actualites/tags/securite/feed.xml',
      'feed.json',
      'feed.xml',
      'feed/feed.json',
      'feed/feed.xml',
    ]);
  });

  it('gives valid XML in every RSS feed, with no character XML forbids', () => {
    for (const file of feedFiles().filter((f) => f.endsWith('.xml'))) {
      const xml = fs.readFileSync(file, 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });

  it('puts descriptions in as escaped text and content as sanitized HTML', () => {
    const parser = new XMLParser({ cdataPropName: false });
    for (const file of feedFiles().filter((f) => f.endsWith('.xml') && !isAtom(f))) {
      const rss = parser.parse(fs.readFileSync(file, 'utf8')) as {
        rss: { channel: { item: Record<string, string>[] } };
      };
      const items = rss.rss.channel.item;
      expect(feedPostsIn(items.map((i) => i.title)), file).toHaveLength(2);
      for (const item of items) {
        const description = String(item.description);
        // Rendered as HTML by a reader: text only, so no element at all.
        expect(parse(description).querySelectorAll('*'), description).toHaveLength(0);
        expect(dangerous(String(item['content:encoded']))).toEqual([]);
      }
      const withScript = items.find((i) => String(i.title).startsWith('Titre'));
      expect(String(withScript?.description)).toContain('&lt;script&gt;alert(');
    }
  });

  it('does the same in the Atom feed of the former address: escaped summaries, sanitized content', () => {
    const atom = new XMLParser({ cdataPropName: false }).parse(
      fs.readFileSync(path.join(build.outDir, 'feed', 'feed.xml'), 'utf8'),
    ) as { feed: { entry: { title: string; summary: string; content: string }[] } };
    expect(feedPostsIn(atom.feed.entry.map((e) => e.title))).toHaveLength(2);
    for (const entry of atom.feed.entry) {
      // type="html": a reader renders the summary as HTML, so it must hold no element.
      expect(parse(String(entry.summary)).querySelectorAll('*'), entry.summary).toHaveLength(0);
      expect(dangerous(String(entry.content))).toEqual([]);
    }
  });

  it('keeps the JSON feed summary as plain text and its HTML sanitized', () => {
    const json = JSON.parse(fs.readFileSync(path.join(build.outDir, 'feed.json'), 'utf8')) as {
      items: { summary?: string; content_html: string; title: string }[];
    };
    const item = json.items.find((i) => i.title.startsWith('Titre'));
    expect(item?.summary).toContain("<script>alert('description')</script>");
    for (const i of json.items) expect(dangerous(i.content_html)).toEqual([]);
  });

  it('shows the same content on the page, escaped', () => {
    const html = readPage(build.outDir, '/actualites/code-en-ligne/');
    expect(html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(dangerous(html)).toEqual([]);
    const other = readPage(build.outDir, '/actualites/description-script/');
    // The description in JSON-LD cannot close its <script>: « < » is written \u003c.
    expect(other).toContain('"description":"\\u003cscript>alert(');
    expect(other).not.toContain("<script>alert('description')");
  });
});
