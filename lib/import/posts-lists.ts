import { parseStatement } from './njk-expr';
import { interpretList, type PostsQuery, postsContainer, type Value } from './posts-query';
import { type ConstructToken, type TemplateToken, tokenizeTemplate } from './tokenize';

/**
 * The lists of posts that eleventy-dsfr pages build with Nunjucks (`{% set postslist = … %}`,
 * an optional `{% for %}`/`{% if %}` filter, then `{% include "postslist.njk" %}`), recognised
 * by what they compute and rewritten as the `:::posts` container this project renders.
 */

export interface ListRewrite {
  /** Offset of the container in the rewritten body. */
  offset: number;
  container: string;
  query: PostsQuery;
  /** The template logic that was replaced, as written. */
  replaced: string;
}

const isBlank = (s: string) => s.trim() === '';

/**
 * Rewrites every recognised list of posts in a body as a `:::posts` container on its own lines;
 * everything else is left byte for byte. A `{% set name = "text" %}` anywhere before a list is
 * known to it (`series(seriesName)`), as Nunjucks would have it.
 */
export function rewriteLists(body: string): { body: string; rewrites: ListRewrite[] } {
  const tokens = tokenizeTemplate(body);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const outer = new Map<string, Value>();
  const rewrites: ListRewrite[] = [];
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TemplateToken;
    if (token.type !== 'tag' || token.start < copied) continue;
    const statement = parseStatement(token.body);
    if (statement?.kind === 'set' && statement.value.t === 'str') {
      outer.set(statement.name, { k: 'str', v: statement.value.v });
    }
    if (statement?.kind !== 'set' && statement?.kind !== 'for') continue;
    // The run of tags from here, with nothing but white space between them.
    const run: ConstructToken[] = [];
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as TemplateToken;
      if (t.type === 'tag') run.push(t);
      else if (t.type !== 'text' || !isBlank(body.slice(t.start, t.end))) break;
    }
    const found = interpretList(
      run.map((t) => parseStatement(t.body)),
      outer,
    );
    const last = found && run[found.used - 1];
    const container = found && postsContainer(found.query, eol);
    if (!found || !last || !container) continue;

    const lineStart = body.lastIndexOf('\n', token.start - 1) + 1;
    const newline = body.indexOf('\n', last.end);
    const lineEnd =
      newline === -1 ? body.length : body[newline - 1] === '\r' ? newline - 1 : newline;
    const before = body.slice(lineStart, token.start);
    const after = body.slice(last.end, lineEnd);
    const from = isBlank(before) ? lineStart : token.start;
    const to = isBlank(after) ? lineEnd : last.end;
    out += body.slice(copied, from) + (isBlank(before) ? '' : eol + eol);
    rewrites.push({
      offset: out.length,
      container,
      query: found.query,
      replaced: body.slice(token.start, last.end),
    });
    out += container + (isBlank(after) ? '' : eol + eol);
    copied = to;
  }
  return { body: out + body.slice(copied), rewrites };
}
