/**
 * Splits a body into text and Nunjucks constructs (`{% tag %}`, `{{ output }}`, `{# comment #}`),
 * with offsets, the way Nunjucks' own lexer sees them: delimiters inside quoted strings do not
 * close a construct, `{%-`/`-%}` mark whitespace control, and `{% raw %}…{% endraw %}` is text.
 * Pure and total: an unclosed construct is a token marked `closed: false`, never an exception.
 */

export type ConstructType = 'tag' | 'output' | 'comment';

export interface TextToken {
  type: 'text';
  start: number;
  end: number;
}

export interface ConstructToken {
  type: ConstructType;
  start: number;
  end: number;
  /** The construct as written, delimiters included. */
  raw: string;
  /** What is between the delimiters, whitespace-control dashes and outer spaces removed. */
  body: string;
  /** False when the closing delimiter never comes: the token then spans its opening only. */
  closed: boolean;
}

export type TemplateToken = TextToken | ConstructToken;

const OPENERS: Record<string, { type: ConstructType; close: string }> = {
  '{%': { type: 'tag', close: '%}' },
  '{{': { type: 'output', close: '}}' },
  '{#': { type: 'comment', close: '#}' },
};

/** Offset of `close` after `from`, skipping quoted strings (not in comments); -1 if none. */
function findClose(text: string, from: number, close: string, quotes: boolean): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (quotes && (c === '"' || c === "'")) quote = c;
    else if (text.startsWith(close, i)) return i;
  }
  return -1;
}

function innerBody(raw: string): string {
  return raw.slice(2, -2).replace(/^-/, '').replace(/-$/, '').trim();
}

/** The first word of a tag's body: `set`, `for`, `include`, `dailymotion`, ... */
export function tagName(token: ConstructToken): string {
  return /^[A-Za-z_]\w*/.exec(token.body)?.[0] ?? '';
}

const RAW_BLOCK = /^(raw|verbatim)$/;

export function tokenizeTemplate(text: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ type: 'text', start: textStart, end });
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1 || open === text.length - 1) break;
    const opener = OPENERS[text.slice(open, open + 2)];
    if (!opener) {
      i = open + 1;
      continue;
    }
    const closeAt = findClose(text, open + 2, opener.close, opener.type !== 'comment');
    flushText(open);
    if (closeAt === -1) {
      tokens.push({
        type: opener.type,
        start: open,
        end: open + 2,
        raw: text.slice(open, open + 2),
        body: '',
        closed: false,
      });
      textStart = i = open + 2;
      continue;
    }
    const end = closeAt + 2;
    const raw = text.slice(open, end);
    const token: ConstructToken = {
      type: opener.type,
      start: open,
      end,
      raw,
      body: innerBody(raw),
      closed: true,
    };
    tokens.push(token);
    textStart = i = end;
    if (token.type === 'tag' && RAW_BLOCK.test(token.body)) {
      // Everything up to the matching end tag is literal text for Nunjucks.
      const endTag = new RegExp(`\\{%-?\\s*end${token.body}\\s*-?%\\}`, 'g');
      endTag.lastIndex = end;
      const match = endTag.exec(text);
      if (!match) continue;
      flushText(match.index);
      const rawEnd = match[0];
      tokens.push({
        type: 'tag',
        start: match.index,
        end: match.index + rawEnd.length,
        raw: rawEnd,
        body: innerBody(rawEnd),
        closed: true,
      });
      textStart = i = match.index + rawEnd.length;
    }
  }
  flushText(text.length);
  return tokens;
}

/** 1-based line of an offset, from the offsets at which lines start. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
