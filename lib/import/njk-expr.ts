/**
 * A parser for the small part of Nunjucks expressions that list templates use:
 * `collections['Vidéo'] | series(name) | limit(3)`, `'Événement' in item.data.tags and
 * item.data.date | isFutureDate`. Precedence as in Nunjucks: filters bind to the value before
 * them, then comparisons, `in`, `not`, `and`, `or`. Anything outside that subset is `undefined`,
 * so that the caller leaves the template as written: nothing here guesses.
 */

export type Expr =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'list'; items: Expr[] }
  | { t: 'member'; obj: Expr; prop: Expr }
  | { t: 'call'; callee: Expr; args: Expr[] }
  | { t: 'filter'; target: Expr; name: string; args: Expr[] }
  | { t: 'not'; e: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr }
  | { t: 'in'; needle: Expr; hay: Expr }
  | { t: 'cmp'; op: string; a: Expr; b: Expr };

type Lexeme =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'name'; v: string }
  | { k: 'punct'; v: string };

const PUNCT = ['==', '!=', '<=', '>=', '(', ')', '[', ']', '.', ',', '|', '=', '<', '>'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

export function lex(source: string): Lexeme[] | undefined {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let v = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== c; j++) {
        const d = source[j] ?? '';
        if (d === '\\') {
          j++;
          const e = source[j] ?? '';
          v += ESCAPES[e] ?? e;
        } else v += d;
      }
      if (j >= source.length) return undefined;
      out.push({ k: 'str', v });
      i = j + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i));
      out.push({ k: 'num', v: Number(m?.[0]) });
      i += m?.[0].length ?? 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(source.slice(i));
      out.push({ k: 'name', v: m?.[0] ?? c });
      i += m?.[0].length ?? 1;
    } else {
      const p = PUNCT.find((candidate) => source.startsWith(candidate, i));
      if (!p) return undefined;
      out.push({ k: 'punct', v: p });
      i += p.length;
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  done(): boolean {
    return this.pos >= this.lexemes.length;
  }
  private peek(): Lexeme | undefined {
    return this.lexemes[this.pos];
  }
  private isPunct(v: string): boolean {
    const l = this.peek();
    return l?.k === 'punct' && l.v === v;
  }
  private isWord(v: string): boolean {
    const l = this.peek();
    return l?.k === 'name' && l.v === v;
  }
  private expectPunct(v: string): void {
    if (!this.isPunct(v)) throw new SyntaxError(v);
    this.pos++;
  }
  word(): string {
    const l = this.peek();
    if (l?.k !== 'name') throw new SyntaxError('name');
    this.pos++;
    return l.v;
  }
  acceptWord(v: string): boolean {
    if (!this.isWord(v)) return false;
    this.pos++;
    return true;
  }
  acceptPunct(v: string): boolean {
    if (!this.isPunct(v)) return false;
    this.pos++;
    return true;
  }

  expr(): Expr {
    let a = this.and();
    while (this.acceptWord('or')) a = { t: 'or', a, b: this.and() };
    return a;
  }
  private and(): Expr {
    let a = this.not();
    while (this.acceptWord('and')) a = { t: 'and', a, b: this.not() };
    return a;
  }
  private not(): Expr {
    if (this.acceptWord('not')) return { t: 'not', e: this.not() };
    return this.in();
  }
  private in(): Expr {
    const a = this.compare();
    if (this.acceptWord('in')) return { t: 'in', needle: a, hay: this.compare() };
    if (this.isWord('not') && this.lexemes[this.pos + 1]?.v === 'in') {
      this.pos += 2;
      return { t: 'not', e: { t: 'in', needle: a, hay: this.compare() } };
    }
    return a;
  }
  private compare(): Expr {
    const a = this.unary();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (this.acceptPunct(op)) return { t: 'cmp', op, a, b: this.unary() };
    }
    return a;
  }
  private unary(): Expr {
    let e = this.postfix(this.primary());
    while (this.acceptPunct('|')) {
      const name = this.word();
      const args = this.isPunct('(') ? this.args() : [];
      e = this.postfix({ t: 'filter', target: e, name, args });
    }
    return e;
  }
  private args(): Expr[] {
    this.expectPunct('(');
    const args: Expr[] = [];
    while (!this.acceptPunct(')')) {
      if (args.length > 0) this.expectPunct(',');
      args.push(this.expr());
    }
    return args;
  }
  private postfix(e: Expr): Expr {
    for (;;) {
      if (this.acceptPunct('.')) e = { t: 'member', obj: e, prop: { t: 'str', v: this.word() } };
      else if (this.acceptPunct('[')) {
        e = { t: 'member', obj: e, prop: this.expr() };
        this.expectPunct(']');
      } else if (this.isPunct('(')) e = { t: 'call', callee: e, args: this.args() };
      else return e;
    }
  }
  private primary(): Expr {
    const l = this.peek();
    if (!l) throw new SyntaxError('end');
    this.pos++;
    if (l.k === 'str') return { t: 'str', v: l.v };
    if (l.k === 'num') return { t: 'num', v: l.v };
    if (l.k === 'name') return { t: 'name', v: l.v };
    if (l.v === '(') {
      const e = this.expr();
      this.expectPunct(')');
      return e;
    }
    if (l.v === '[') {
      const items: Expr[] = [];
      while (!this.acceptPunct(']')) {
        if (items.length > 0) this.expectPunct(',');
        items.push(this.expr());
      }
      return { t: 'list', items };
    }
    throw new SyntaxError(l.v);
  }
}

/** A whole expression, or `undefined` if it is not one this parser knows. */
export function parseExpr(source: string): Expr | undefined {
  const lexemes = lex(source);
  if (!lexemes) return undefined;
  try {
    const parser = new Parser(lexemes);
    const e = parser.expr();
    return parser.done() ? e : undefined;
  } catch {
    return undefined;
  }
}

export type Statement =
  | { kind: 'set'; name: string; value: Expr }
  | { kind: 'for'; item: string; of: Expr }
  | { kind: 'if'; cond: Expr }
  | { kind: 'include'; template: string }
  | { kind: 'end'; name: 'endif' | 'endfor' };

/** The statement of a `{% … %}` tag's body, for the tags that list templates use. */
export function parseStatement(body: string): Statement | undefined {
  const lexemes = lex(body);
  if (!lexemes || lexemes.length === 0) return undefined;
  const p = new Parser(lexemes);
  try {
    const keyword = p.word();
    let statement: Statement;
    switch (keyword) {
      case 'set': {
        const name = p.word();
        if (!p.acceptPunct('=')) return undefined;
        statement = { kind: 'set', name, value: p.expr() };
        break;
      }
      case 'for': {
        const item = p.word();
        if (!p.acceptWord('in')) return undefined;
        statement = { kind: 'for', item, of: p.expr() };
        break;
      }
      case 'if':
        statement = { kind: 'if', cond: p.expr() };
        break;
      case 'include': {
        const template = p.expr();
        if (template.t !== 'str') return undefined;
        statement = { kind: 'include', template: template.v };
        break;
      }
      case 'endif':
      case 'endfor':
        statement = { kind: 'end', name: keyword };
        break;
      default:
        return undefined;
    }
    return p.done() ? statement : undefined;
  } catch {
    return undefined;
  }
}
