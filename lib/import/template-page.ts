import { slugify } from '@/lib/content/slug';
import { type BodyNote, excerpt } from './body';
import { type Expr, parseExpr, parseStatement } from './njk-expr';
import { postsContainer } from './posts-query';
import { rewriteLists } from './posts-lists';
import { type ConstructToken, lineIndex, tokenizeTemplate } from './tokenize';
import { readYaml, splitFrontMatter } from './front-matter';

/**
 * A page the former site built with Nunjucks (`.njk`, or Markdown holding template logic), written
 * as the Markdown it showed: the text of the template, and each list it computed written out —
 * a list of posts as `:::posts`, a list of pages (a guide's chapters, pages tagged with a
 * collection's name) as links to them. What it cannot compute is removed and reported. Pure.
 */

/** A page of this import that a template's loop may list, as the former site knew it. */
export interface ListablePage {
  title: string;
  /** Its address here. */
  url: string;
  /** The former front matter: `tags`, `eleventyNavigation`, fields. */
  data: Record<string, unknown>;
}

export interface TemplateContext {
  /** The page's own front matter: `{{ title }}`, `{{ description }}`. */
  data: Record<string, unknown>;
  pages: readonly ListablePage[];
  /** Tags of the source's posts, if known: a collection of neither pages nor posts is empty. */
  postTags?: ReadonlySet<string>;
}

type Listed =
  | { k: 'pages'; pages: ListablePage[] }
  | { k: 'posts'; tag: string }
  | { k: 'empty'; name: string };

const MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const frenchDay = (value: unknown): string | undefined => {
  const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : undefined;
};

const tagsOf = (data: Record<string, unknown>): string[] =>
  Array.isArray(data.tags)
    ? data.tags.map(String)
    : typeof data.tags === 'string'
      ? [data.tags]
      : [];

const nav = (data: Record<string, unknown>) =>
  (typeof data.eleventyNavigation === 'object' && data.eleventyNavigation !== null
    ? data.eleventyNavigation
    : {}) as { key?: unknown; parent?: unknown; order?: unknown };

/** The pages a collection expression names: `collections.x`, `collections.all | eleventyNavigation('k')`. */
function listOf(e: Expr, env: Map<string, Expr>, ctx: TemplateContext): Listed | undefined {
  if (e.t === 'name') {
    const bound = env.get(e.v);
    return bound ? listOf(bound, env, ctx) : undefined;
  }
  if (e.t === 'member' && e.obj.t === 'name' && e.obj.v === 'collections' && e.prop.t === 'str') {
    const name = e.prop.v;
    const pages = ctx.pages.filter((p) => tagsOf(p.data).includes(name));
    // Posts are listed by `:::posts`; a tag of no page here is taken as a tag of posts.
    if (pages.length > 0) return { k: 'pages', pages };
    if (name === 'all') return undefined;
    return !ctx.postTags || ctx.postTags.has(name)
      ? { k: 'posts', tag: name }
      : { k: 'empty', name };
  }
  if (e.t !== 'filter') return undefined;
  const target = listOf(e.target, env, ctx);
  const [arg] = e.args;
  if (/^eleventyNavigation(Extended)?$/.test(e.name) && arg?.t === 'str') {
    const isAll = e.target.t === 'member' && e.target.prop.t === 'str' && e.target.prop.v === 'all';
    if (!isAll) return undefined;
    const children = ctx.pages.filter((p) => nav(p.data).parent === arg.v);
    const order = (p: ListablePage) => Number(nav(p.data).order ?? Number.POSITIVE_INFINITY);
    return { k: 'pages', pages: children.toSorted((a, b) => order(a) - order(b)) };
  }
  if (!target) return undefined;
  if (e.name === 'reverse') return target;
  if (e.name === 'sort' && target.k === 'pages') {
    const by = e.args.find((a) => a.t === 'str')?.v ?? 'data.title';
    const key = (p: ListablePage) =>
      String(by === 'data.title' ? p.title : (p.data[by.replace(/^data\./, '')] ?? ''));
    return {
      k: 'pages',
      pages: target.pages.toSorted((a, b) => key(a).localeCompare(key(b), 'fr')),
    };
  }
  return undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The list a loop showed, written out: `item.data.x` fields it showed follow each link. */
function writeList(
  pages: readonly ListablePage[],
  item: string,
  loopBody: string,
  inList = false,
): string {
  const fields = [...loopBody.matchAll(new RegExp(`${item}\\.data\\.(\\w+)`, 'g'))]
    .map((m) => m[1] ?? '')
    .filter(
      (f, i, all) => !['title', 'image', 'apercu', 'url'].includes(f) && all.indexOf(f) === i,
    );
  const showsDate = new RegExp(`${item}\\.date\\b`).test(loopBody);
  // A field written before the title comes before it here too…
  const titleAt = loopBody.search(new RegExp(`${item}\\.(data\\.)?title\\b`));
  // …when in the same element (`{{ t.data.id }} {{ t.title }}`): a card's detail above its title
  // (`<p>{{ t.data.auteur }}</p><h2>…{{ t.title }}`) follows it, as a list item reads.
  const before = (f: string) => {
    const at = loopBody.indexOf(`${item}.data.${f}`);
    return titleAt !== -1 && at < titleAt && !loopBody.slice(at, titleAt).includes('<');
  };
  const text = (p: ListablePage, f: string) =>
    typeof p.data[f] === 'string' ? (p.data[f] as string) : undefined;
  const values = (p: ListablePage, wanted: boolean) =>
    fields.filter((f) => before(f) === wanted).flatMap((f) => text(p, f) ?? []);
  return pages
    .map((p) => {
      const head = values(p, true)
        .map((v) => `${v} `)
        .join('');
      const extra = [...values(p, false), ...(showsDate ? [frenchDay(p.data.date) ?? ''] : [])];
      const tail =
        extra.filter(Boolean).length > 0 ? ` — ${extra.filter(Boolean).join(' — ')}` : '';
      return inList
        ? `<li>${escapeHtml(head)}<a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a>${escapeHtml(tail)}</li>`
        : `- ${head}[${p.title.replace(/[[\]]/g, '\\$&')}](${p.url})${tail}`;
    })
    .join('\n');
}

/** Index of the tag closing the block opened at `open` (`endfor`, `endif`, `endjs`). */
function closing(tokens: readonly ConstructToken[], open: number, name: string): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const word = /^\w+/.exec(tokens[i]?.body ?? '')?.[0];
    if (word === name) depth++;
    else if (word === `end${name}` && --depth === 0) return i;
  }
  return -1;
}

export function mapTemplateBody(
  source: string,
  ctx: TemplateContext,
): { body: string; notes: BodyNote[] } {
  const { body } = rewriteLists(source);
  const notes: { offset: number; message: string }[] = [];
  const tags = tokenizeTemplate(body).filter((t): t is ConstructToken => t.type !== 'text');
  const env = new Map<string, Expr>();
  const strings = new Map<string, string>();

  const render = (from: number, to: number, start: number, end: number): string => {
    let out = '';
    let copied = start;
    for (let i = from; i < to; i++) {
      const token = tags[i] as ConstructToken;
      out += body.slice(copied, token.start);
      copied = token.end;
      if (token.type === 'comment') continue;
      if (token.type === 'output') {
        // eleventy-dsfr's card macro, `component("card", { url: "…", title: "…" })`: a link.
        const card = /^component\(\s*["']card["']/.test(token.body)
          ? /\burl:\s*"([^"]+)"[\s\S]*?\btitle:\s*"([^"]+)"/.exec(token.body)
          : null;
        if (card) {
          out += `\n\n- [${(card[2] ?? '').replace(/[[\]]/g, '\\$&')}](${card[1]})\n\n`;
          continue;
        }
        const e = parseExpr(token.body);
        const name =
          e?.t === 'name'
            ? e.v
            : e?.t === 'filter' && e.target.t === 'name'
              ? e.target.v
              : undefined;
        const value =
          name !== undefined
            ? (strings.get(name) ??
              (typeof ctx.data[name] === 'string' ? (ctx.data[name] as string) : undefined))
            : undefined;
        if (value !== undefined && e?.t === 'name') out += value;
        else if (
          value !== undefined &&
          e?.t === 'filter' &&
          e.name === 'slugify' &&
          e.args.length === 0
        )
          out += slugify(value);
        else out += token.raw;
        continue;
      }
      const word = /^\w+/.exec(token.body)?.[0] ?? '';
      // `sort(attribute="data.title")`: Nunjucks' keyword argument, read as the attribute's name.
      const statement = parseStatement(token.body.replace(/\battribute\s*=\s*/g, ''));
      if (statement?.kind === 'set') {
        if (statement.value.t === 'str') strings.set(statement.name, statement.value.v);
        env.set(statement.name, statement.value);
        continue;
      }
      if (statement?.kind === 'include' || word === 'from' || word === 'import') {
        notes.push({
          offset: out.length,
          message: `${excerpt(token.raw)}: a part of the former site’s page layout: removed, this site has its own`,
        });
        continue;
      }
      if (word === 'js' || word === 'css') {
        const end = closing(tags, i, word);
        notes.push({
          offset: out.length,
          message: `${excerpt(token.raw)}: the former site’s script or style for this page: removed`,
        });
        if (end !== -1) {
          i = end;
          copied = (tags[end] as ConstructToken).end;
        }
        continue;
      }
      if (statement?.kind === 'for' || statement?.kind === 'if') {
        const end = closing(tags, i, statement.kind);
        if (end === -1 || end >= to) {
          out += token.raw;
          continue;
        }
        const endToken = tags[end] as ConstructToken;
        const inner = body.slice(token.end, endToken.start);
        if (statement.kind === 'if') {
          // `{% if collections.x %}`: a guard around a list, which says nothing when empty.
          out += render(i + 1, end, token.end, endToken.start);
          notes.push({
            offset: out.length,
            message: `${excerpt(token.raw)}: condition of the former site: its content is kept`,
          });
        } else {
          out += writeLoop(statement.item, statement.of, inner, token, out.length);
        }
        i = end;
        copied = endToken.end;
        continue;
      }
      out += token.raw;
    }
    return out + body.slice(copied, end);
  };

  const writeLoop = (
    item: string,
    of: Expr,
    inner: string,
    token: ConstructToken,
    offset: number,
  ): string => {
    // `{% for year in posts | getYears %}` … `posts | getPostsForYear(year)`: an archive by year.
    if (of.t === 'name' || of.t === 'filter') {
      const years = of.t === 'name' ? env.get(of.v) : of;
      if (years?.t === 'filter' && years.name === 'getYears' && /getPostsForYear/.test(inner)) {
        const list = listOf(years.target, env, ctx);
        if (list?.k === 'posts') {
          const container = postsContainer({ tags: [list.tag], newestFirst: true, byYear: true });
          if (container) {
            notes.push({
              offset,
              message: `${excerpt(token.raw)}: the posts of « ${list.tag} » by year, written as ${container.split('\n')[0]}`,
            });
            return `\n\n${container}\n\n`;
          }
        }
      }
    }
    const list = listOf(of, env, ctx);
    if (list?.k === 'pages') {
      notes.push({
        offset,
        message: `${excerpt(token.raw)}: the ${list.pages.length} pages it listed, written as links`,
      });
      // Inside the template's own <ul>, items; elsewhere, a Markdown list.
      const inList = /<(ul|ol)\b[^>]*>\s*$/.test(body.slice(0, token.start));
      return `\n\n${writeList(list.pages, item, inner, inList)}\n\n`;
    }
    if (list?.k === 'posts') {
      const container = postsContainer({ tags: [list.tag], newestFirst: true });
      if (container) {
        notes.push({
          offset,
          message: `${excerpt(token.raw)}: the posts of « ${list.tag} », written as ${container.split('\n')[0]}`,
        });
        return `\n\n${container}\n\n`;
      }
    }
    notes.push({
      offset,
      message:
        list?.k === 'empty'
          ? `${excerpt(token.raw)}: no page and no post of the source is in « ${list.name} »: the list showed nothing; removed`
          : `${excerpt(token.raw)}: a list the former site computed, not recognised: removed, write it here`,
    });
    return '';
  };

  const written = render(0, tags.length, 0, body.length)
    // The page's title is shown by the site, and once.
    .replace(
      /^[ \t]*<h1[^>]*>\s*(\{\{\s*title\s*\}\}|[^<]*)\s*<\/h1>[ \t]*\r?\n?/m,
      (h1, inner: string) =>
        inner.includes('{{') || inner.trim() === String(ctx.data.title ?? '').trim() ? '' : h1,
    )
    // Template indentation is not Markdown's: an indented tag after a blank line would be code.
    .replace(/^[ \t]+(?=<|\{)/gm, '')
    // …and its description too, as the lead of the page.
    .replace(/^[ \t]*<p>([^<]*)<\/p>[ \t]*\r?\n?/m, (p, inner: string) =>
      typeof ctx.data.description === 'string' && inner.trim() === ctx.data.description.trim()
        ? ''
        : p,
    )
    .replace(/^[ \t]+$/gm, '')
    // A container is Markdown only with blank lines around it, also next to HTML.
    .replace(/^(:::posts[^\n]*)\n:::$/gm, '\n$1\n:::\n')
    .replace(/\n{3,}/g, '\n\n');
  const lineOf = lineIndex(written);
  return {
    body: written,
    notes: notes.map((n) => ({
      line: lineOf(Math.min(n.offset, written.length)),
      kind: 'template' as const,
      message: n.message,
    })),
  };
}

/**
 * A whole page of the former site (front matter and template) as the Markdown page it showed.
 * A page with no text of its own that was an entry of the former menu (`eleventyNavigation.key`)
 * showed its sub-pages: they are listed.
 */
export function templatePageSource(
  source: string,
  pages: readonly ListablePage[],
  postTags?: ReadonlySet<string>,
): { source: string; notes: BodyNote[] } {
  const split = splitFrontMatter(source);
  if (!split) return { source, notes: [] };
  const parsed = readYaml(split.yaml);
  const data = parsed.ok ? parsed.data : {};
  const mapped = mapTemplateBody(split.body, { data, pages, postTags });
  let body = mapped.body;
  const key = nav(data).key;
  if (body.trim() === '' && typeof key === 'string') {
    const children = listOf(
      {
        t: 'filter',
        target: { t: 'member', obj: { t: 'name', v: 'collections' }, prop: { t: 'str', v: 'all' } },
        name: 'eleventyNavigation',
        args: [{ t: 'str', v: key }],
      },
      new Map(),
      { data, pages },
    );
    if (children?.k === 'pages' && children.pages.length > 0)
      body = `\n${writeList(children.pages, 'item', '')}\n`;
  }
  const head = split.open + split.yaml + split.close;
  const offset = head.split('\n').length - 1;
  return { source: head + body, notes: mapped.notes.map((n) => ({ ...n, line: n.line + offset })) };
}
