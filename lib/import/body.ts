import { rewriteCards } from './cards';
import { lex } from './njk-expr';
import { type ListRewrite, rewriteLists } from './posts-lists';
import { type ConstructToken, lineIndex, tagName, tokenizeTemplate } from './tokenize';

/**
 * Bodies are copied as written: only template logic with an equivalent here is rewritten (lists
 * of posts), and every other template construct is named with its line for an editor, since the
 * project's dialect will refuse it. The dialect's own constructs pass silently.
 */

export interface BodyNote {
  /** 1-based line in the rewritten body. */
  line: number;
  kind: 'list' | 'template';
  message: string;
}

const SHORTCODES_WITH_TITLE = new Set(['dailymotion', 'transcription']);

/** Shortens a construct for a one-line report. */
export function excerpt(raw: string, max = 70): string {
  const flat = raw.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One string argument, as the dialect's shortcodes take: `"x9ym97q"`, `"Virginie ROZIÈRE"`. */
function hasOneStringArgument(token: ConstructToken): boolean {
  const lexemes = lex(token.body.slice(tagName(token).length));
  return lexemes?.length === 1 && lexemes[0]?.k === 'str';
}

/** Why a construct is not part of the dialect, or `undefined` if it is. */
export function unknownConstruct(
  token: ConstructToken,
  frontMatterKeys: ReadonlySet<string>,
): string | undefined {
  if (!token.closed) return `« ${token.raw} » is never closed: write it as text or remove it`;
  if (token.type === 'comment')
    return 'Nunjucks comment: no equivalent (an HTML comment <!-- … --> is)';
  if (token.type === 'output') {
    const key = /^([A-Za-z_][\w-]*)(\.[A-Za-z_][\w-]*)*$/.exec(token.body)?.[1];
    if (key && frontMatterKeys.has(key)) return undefined;
    if (/^collections\b/.test(token.body)) return 'a collection of the former site: no equivalent';
    if (key === 'metadata') return "the former site's global data: no equivalent, write the value";
    if (key) return `« ${key} » is not a front matter key of this post: no value to show`;
    return 'expression with filters or calls: no equivalent';
  }
  const name = tagName(token);
  if (name === 'endtranscription' && token.body === name) return undefined;
  if (SHORTCODES_WITH_TITLE.has(name)) {
    if (hasOneStringArgument(token)) return undefined;
    return `shortcode ${name} without its one quoted argument: the dialect expects {% ${name} "…" %}`;
  }
  if (name === 'include') return 'template include: no equivalent';
  if (
    name === 'set' ||
    name === 'for' ||
    name === 'if' ||
    /^end/.test(name) ||
    name === 'else' ||
    name === 'elif'
  ) {
    return 'template logic: no equivalent';
  }
  return `unknown shortcode or tag « ${name || token.body} »: no equivalent`;
}

/**
 * Rewrites the lists of posts and lists the constructs left for an editor, with their lines in
 * the rewritten body. `frontMatterKeys` are the keys `{{ key }}` may show.
 */
export function mapBody(
  body: string,
  frontMatterKeys: ReadonlySet<string>,
): { body: string; notes: BodyNote[] } {
  const carded = rewriteCards(body);
  const emptied = dropEmptyImages(carded.body, frontMatterKeys);
  const rewritten = rewriteLists(emptied.body);
  const lineOf = lineIndex(rewritten.body);
  const notes: BodyNote[] = rewritten.rewrites.map((r: ListRewrite) => ({
    line: lineOf(r.offset),
    kind: 'list',
    message: `${excerpt(r.replaced, 80)} rewritten as ${r.container.split(/\r?\n/)[0]} (${
      r.query.newestFirst
        ? 'the former list showed the newest first'
        : 'the former list showed the oldest first'
    })`,
  }));
  // Its line before lists are rewritten: a list above it may move it by a few lines.
  const lineBefore = lineIndex(emptied.body);
  const lineOfCard = lineIndex(carded.body);
  for (const card of carded.cards)
    notes.push({
      line: lineOfCard(card.offset),
      kind: 'template',
      message: `card « ${excerpt(card.title, 50)} » (eleventy-dsfr component) written out as HTML`,
    });
  for (const d of emptied.dropped)
    notes.push({
      line: lineBefore(d.offset),
      kind: 'template',
      message: `${excerpt(d.raw)}: the page has no « ${d.key} », so the former site showed an empty image: removed`,
    });
  for (const token of tokenizeTemplate(rewritten.body)) {
    if (token.type === 'text') continue;
    const why = unknownConstruct(token, frontMatterKeys);
    if (why)
      notes.push({
        line: lineOf(token.start),
        kind: 'template',
        message: `${excerpt(token.raw)}: ${why}`,
      });
  }
  return { body: rewritten.body, notes: notes.sort((a, b) => a.line - b.line) };
}

/** An image whose address is only `{{ key }}`, of a key the page does not have. */
const EMPTY_IMAGE = /!\[[^\]\n]*\]\(\s*\{\{\s*([A-Za-z_][\w-]*)(?:\.[\w.-]+)?\s*\}\}\s*\)/g;

/**
 * `![]({{ image }})` in a page without `image`: the former site wrote an image with no address.
 * Removed (the check refuses a value it cannot find), each with its offset in the body.
 */
export function dropEmptyImages(
  body: string,
  frontMatterKeys: ReadonlySet<string>,
): { body: string; dropped: { offset: number; raw: string; key: string }[] } {
  const dropped: { offset: number; raw: string; key: string }[] = [];
  let removed = 0;
  const out = body.replace(EMPTY_IMAGE, (raw: string, key: string, offset: number) => {
    if (frontMatterKeys.has(key)) return raw;
    dropped.push({ offset: offset - removed, raw, key });
    removed += raw.length;
    return '';
  });
  return { body: out, dropped };
}
