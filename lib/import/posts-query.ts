import { type Expr, type Statement } from './njk-expr';

/**
 * What an eleventy-dsfr list of posts selects, computed from its Nunjucks statements by a small
 * interpreter that knows only collections, the filters `reverse`, `series`, `limit`/`head`, and
 * loop conditions on tags, series and `isFutureDate`; and the `:::posts` container that says it.
 */

export interface PostsQuery {
  /** Every tag a post must have. */
  tags: string[];
  series?: string;
  when?: 'upcoming' | 'past';
  limit?: number;
  /** Only posts that are no episode of a series (the `noSeries` filter). */
  noSeries?: boolean;
  /** Under a heading per year (an archive: `getYears` / `getPostsForYear`). */
  byYear?: boolean;
  /** Eleventy collections run oldest first; `| reverse` shows the newest first. */
  newestFirst: boolean;
}

export type Value =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'empty' }
  | { k: 'query'; q: PostsQuery };

/** The eleventy-dsfr templates that render the `postslist` variable as cards. */
const LIST_TEMPLATE = /^postslist[\w-]*\.njk$/;

function path(e: Expr): string[] | undefined {
  if (e.t === 'name') return [e.v];
  if (e.t === 'member' && e.prop.t === 'str') {
    const base = path(e.obj);
    return base && [...base, e.prop.v];
  }
  return undefined;
}

const samePath = (e: Expr, expected: string[]) => path(e)?.join('.') === expected.join('.');

function evaluate(e: Expr, env: Map<string, Value>): Value | undefined {
  switch (e.t) {
    case 'str':
      return { k: 'str', v: e.v };
    case 'num':
      return { k: 'num', v: e.v };
    case 'list':
      return e.items.length === 0 ? { k: 'empty' } : undefined;
    case 'name':
      return env.get(e.v);
    case 'member': {
      if (e.obj.t !== 'name' || e.obj.v !== 'collections') return undefined;
      const tag = evaluate(e.prop, env);
      if (tag?.k !== 'str') return undefined;
      return { k: 'query', q: { tags: tag.v === 'all' ? [] : [tag.v], newestFirst: false } };
    }
    case 'filter': {
      const target = evaluate(e.target, env);
      if (target?.k !== 'query') return undefined;
      const args = e.args.map((a) => evaluate(a, env));
      return applyFilter(target.q, e.name, args);
    }
    default:
      return undefined;
  }
}

function applyFilter(q: PostsQuery, name: string, args: (Value | undefined)[]): Value | undefined {
  const [arg] = args;
  switch (name) {
    case 'reverse':
      return args.length === 0
        ? { k: 'query', q: { ...q, newestFirst: !q.newestFirst } }
        : undefined;
    case 'series':
      if (arg?.k !== 'str' || args.length !== 1 || (q.series && q.series !== arg.v))
        return undefined;
      return { k: 'query', q: { ...q, series: arg.v } };
    case 'noSeries':
      return args.length === 0 && !q.series
        ? { k: 'query', q: { ...q, noSeries: true } }
        : undefined;
    case 'limit':
    case 'head':
      if (arg?.k !== 'num' || args.length !== 1 || arg.v < 1 || !Number.isInteger(arg.v))
        return undefined;
      return { k: 'query', q: { ...q, limit: Math.min(arg.v, q.limit ?? arg.v) } };
    default:
      return undefined;
  }
}

/** Applies an `{% if %}` condition on the loop item to a query; `undefined` if unknown. */
function applyCondition(q: PostsQuery, cond: Expr, item: string): PostsQuery | undefined {
  if (cond.t === 'and') {
    const left = applyCondition(q, cond.a, item);
    return left && applyCondition(left, cond.b, item);
  }
  const tags = [item, 'data', 'tags'];
  const isFuture = (e: Expr) =>
    e.t === 'filter' &&
    e.name === 'isFutureDate' &&
    e.args.length === 0 &&
    (samePath(e.target, [item, 'data', 'date']) || samePath(e.target, [item, 'date']));
  // `item.data.tags and …`: a guard against posts without tags, which a tag filter implies.
  if (samePath(cond, tags)) return q;
  if (cond.t === 'in' && cond.needle.t === 'str' && samePath(cond.hay, tags)) {
    return q.tags.includes(cond.needle.v) ? q : { ...q, tags: [...q.tags, cond.needle.v] };
  }
  if (isFuture(cond)) return q.when === 'past' ? undefined : { ...q, when: 'upcoming' };
  if (cond.t === 'not' && isFuture(cond.e))
    return q.when === 'upcoming' ? undefined : { ...q, when: 'past' };
  if (cond.t === 'cmp' && cond.op === '==') {
    const [field, value] =
      cond.b.t === 'str' ? [cond.a, cond.b.v] : [cond.b, cond.a.t === 'str' ? cond.a.v : undefined];
    if (
      value !== undefined &&
      samePath(field, [item, 'data', 'series']) &&
      (!q.series || q.series === value)
    ) {
      return { ...q, series: value };
    }
  }
  return undefined;
}

/** `set list = list.concat(item)`: the loop body that keeps the item. */
function isConcat(s: Statement | undefined, list: string, item: string): boolean {
  return (
    s?.kind === 'set' &&
    s.name === list &&
    s.value.t === 'call' &&
    samePath(s.value.callee, [list, 'concat']) &&
    s.value.args.length === 1 &&
    samePath(s.value.args[0] as Expr, [item])
  );
}

/**
 * Interprets statements from the first one up to an include of a list template; the number of
 * statements used and the query, or `undefined` if any statement is outside the known patterns.
 */
export function interpretList(
  statements: (Statement | undefined)[],
  outer: ReadonlyMap<string, Value> = new Map(),
): { used: number; query: PostsQuery } | undefined {
  const env = new Map(outer);
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!s) return undefined;
    if (s.kind === 'set') {
      const value = evaluate(s.value, env);
      if (!value) return undefined;
      env.set(s.name, value);
    } else if (s.kind === 'for') {
      const source = evaluate(s.of, env);
      if (source?.k !== 'query') return undefined;
      // for … [if …] set list = list.concat(item) [endif] endfor, into a list set to [] before.
      const cond =
        statements[i + 1]?.kind === 'if' ? (statements[i + 1] as { cond: Expr }).cond : undefined;
      const at = cond ? i + 2 : i + 1;
      const keep = statements[at];
      const list = keep?.kind === 'set' ? keep.name : '';
      if (env.get(list)?.k !== 'empty' || !isConcat(keep, list, s.item)) return undefined;
      const closing = cond ? ['endif', 'endfor'] : ['endfor'];
      const ends = statements.slice(at + 1, at + 1 + closing.length);
      if (ends.some((e, n) => e?.kind !== 'end' || e.name !== closing[n])) return undefined;
      const q = cond ? applyCondition(source.q, cond, s.item) : source.q;
      if (!q) return undefined;
      env.set(list, { k: 'query', q });
      i = at + closing.length;
    } else if (s.kind === 'include') {
      const list = env.get('postslist');
      if (!LIST_TEMPLATE.test(s.template) || list?.k !== 'query') return undefined;
      return { used: i + 1, query: list.q };
    } else return undefined;
  }
  return undefined;
}

const ATTR_SAFE = /^[^",]+$/;

/** `:::posts tags="A, B" series="S" upcoming limit="3"` then `:::`; `undefined` if not writable. */
export function postsContainer(q: PostsQuery, eol = '\n'): string | undefined {
  if (
    (q.tags.length === 0 && q.series === undefined) ||
    !q.tags.every((t) => ATTR_SAFE.test(t)) ||
    (q.series !== undefined && !/^[^"]+$/.test(q.series))
  ) {
    return undefined;
  }
  const attrs = [
    q.tags.length > 0 ? `tags="${q.tags.join(', ')}"` : '',
    q.series !== undefined ? `series="${q.series}"` : '',
    q.when ?? '',
    q.limit !== undefined ? `limit="${q.limit}"` : '',
    q.noSeries ? 'no-series' : '',
    q.byYear ? 'by-year' : '',
  ].filter(Boolean);
  return [`:::posts${attrs.map((a) => ` ${a}`).join('')}`, ':::'].join(eol);
}
