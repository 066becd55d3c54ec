import { type Expression, parseExpressionAt } from 'acorn';
import { literal } from './js-literal';
import { type ConstructToken, tokenizeTemplate } from './tokenize';

/**
 * eleventy-dsfr's card component (`{% from "components/component.njk" import component %}` then
 * `{{ component("card", { title, url, externalUrl, image, description, badges }) }}`) written out
 * as the HTML it stood for: a heading with its link, the image, the description and badges as
 * text. The arguments are read as literals, never run; a call with anything else is left as
 * written (and reported by the body mapper).
 */

export interface CardRewrite {
  /** Offset of the card in the rewritten body. */
  offset: number;
  title: string;
}

interface Card {
  title?: unknown;
  url?: unknown;
  externalUrl?: unknown;
  description?: unknown;
  detail?: unknown;
  badges?: unknown;
  image?: { src?: unknown; alt?: unknown };
}

const IMPORT = /^from\s+["']components\/component\.njk["']\s+import\s+component\b/;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The card's arguments, when the call is `component("card", { …literal… })`. */
function cardOf(token: ConstructToken): Card | undefined {
  if (token.type !== 'output' || !/^component\s*\(/.test(token.body)) return undefined;
  let call: Expression;
  try {
    call = parseExpressionAt(token.body, 0, { ecmaVersion: 2022 }) as Expression;
  } catch {
    return undefined;
  }
  if (call.type !== 'CallExpression' || call.end !== token.body.length) return undefined;
  const [kind, params] = call.arguments;
  if (!kind || !params || kind.type === 'SpreadElement' || params.type === 'SpreadElement')
    return undefined;
  const name = literal(kind);
  const value = literal(params);
  if (!name.ok || name.value !== 'card' || !value.ok) return undefined;
  return typeof value.value === 'object' && value.value !== null
    ? (value.value as Card)
    : undefined;
}

/** The card as HTML, on one line so that it stays inside the HTML block around it. */
export function cardHtml(card: Card): string | undefined {
  const title = text(card.title);
  if (!title) return undefined;
  const href = text(card.externalUrl) ?? text(card.url);
  const heading = href ? `<a href="${escape(href)}">${escape(title)}</a>` : escape(title);
  const src = text(card.image?.src);
  const badges = Array.isArray(card.badges) ? card.badges.map(text).filter(Boolean) : [];
  return [
    `<h3>${heading}</h3>`,
    src && `<p><img src="${escape(src)}" alt="${escape(text(card.image?.alt) ?? '')}"></p>`,
    text(card.description) && `<p>${escape(text(card.description)!)}</p>`,
    text(card.detail) && `<p>${escape(text(card.detail)!)}</p>`,
    badges.length > 0 && `<p>${badges.map((b) => escape(b!)).join(' · ')}</p>`,
  ]
    .filter(Boolean)
    .join('');
}

export function rewriteCards(body: string): { body: string; cards: CardRewrite[] } {
  const cards: CardRewrite[] = [];
  let out = '';
  let copied = 0;
  for (const token of tokenizeTemplate(body)) {
    if (token.type === 'text' || !token.closed) continue;
    const isImport = token.type === 'tag' && IMPORT.test(token.body);
    const card = isImport ? undefined : cardOf(token);
    const html = card && cardHtml(card);
    if (!isImport && !html) continue;
    // An import alone on its line goes with its line.
    const lineStart = body.lastIndexOf('\n', token.start - 1) + 1;
    const newline = body.indexOf('\n', token.end);
    const alone =
      isImport &&
      body.slice(lineStart, token.start).trim() === '' &&
      body.slice(token.end, newline === -1 ? body.length : newline).trim() === '';
    const from = alone ? lineStart : token.start;
    const to = alone ? (newline === -1 ? body.length : newline + 1) : token.end;
    out += body.slice(copied, from);
    if (html) {
      cards.push({ offset: out.length, title: text(card.title)! });
      out += html;
    }
    copied = to;
  }
  return { body: out + body.slice(copied), cards };
}
