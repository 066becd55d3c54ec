import type { Expression, Function as FunctionNode, Node, Super } from 'acorn';
import { type AddressPart, type Permalink, permalinkFromText } from './address';

/**
 * Values read from a JavaScript syntax tree without running it: literals (strings, numbers,
 * booleans, arrays and objects of them), and the one function shape eleventy-dsfr uses for
 * addresses. Anything else is `NOT_LITERAL` / `undefined`: a function body might do anything.
 */

export type Literal = { ok: true; value: unknown } | { ok: false };
export const NOT_LITERAL: Literal = { ok: false };

export function literal(node: Node): Literal {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      return n.regex || n.bigint !== undefined ? NOT_LITERAL : { ok: true, value: n.value };
    case 'TemplateLiteral':
      return n.expressions.length === 0
        ? { ok: true, value: n.quasis[0]?.value.cooked ?? '' }
        : NOT_LITERAL;
    case 'UnaryExpression': {
      const arg = literal(n.argument);
      return n.operator === '-' && arg.ok && typeof arg.value === 'number'
        ? { ok: true, value: -arg.value }
        : NOT_LITERAL;
    }
    case 'ArrayExpression': {
      const items: unknown[] = [];
      for (const element of n.elements) {
        const item = element && element.type !== 'SpreadElement' ? literal(element) : NOT_LITERAL;
        if (!item.ok) return NOT_LITERAL;
        items.push(item.value);
      }
      return { ok: true, value: items };
    }
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of n.properties) {
        const key = property.type === 'Property' ? propertyKey(property) : undefined;
        const value =
          key !== undefined &&
          property.type === 'Property' &&
          property.kind === 'init' &&
          !property.method
            ? literal(property.value)
            : NOT_LITERAL;
        if (key === undefined || !value.ok) return NOT_LITERAL;
        object[key] = value.value;
      }
      return { ok: true, value: object };
    }
    default:
      return NOT_LITERAL;
  }
}

export function propertyKey(property: { key: Expression; computed: boolean }): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && typeof property.key.value === 'string')
    return property.key.value;
  return undefined;
}

/** `data.page.fileSlug`, with the function's own name for `data`. */
function isFileSlug(node: Expression, param: string): boolean {
  const chain: string[] = [];
  let n: Expression | Super = node;
  while (n.type === 'MemberExpression') {
    if (n.computed || n.property.type !== 'Identifier') return false;
    chain.unshift(n.property.name);
    n = n.object;
  }
  return n.type === 'Identifier' && n.name === param && chain.join('.') === 'page.fileSlug';
}

/**
 * `function (data) { return `/x/${data.page.fileSlug}/`; }` or the arrow form: one return of an
 * address, nothing else. Any other function is not read (its body might do anything).
 */
function permalinkFunction(fn: FunctionNode): Permalink | undefined {
  if (fn.async || fn.generator || fn.params.length > 1) return undefined;
  const [param] = fn.params;
  if (param && param.type !== 'Identifier') return undefined;
  let returned: Expression | undefined;
  if (fn.body.type !== 'BlockStatement') returned = fn.body;
  else if (fn.body.body.length === 1 && fn.body.body[0]?.type === 'ReturnStatement') {
    returned = fn.body.body[0].argument ?? undefined;
  }
  if (!returned) return undefined;
  if (returned.type === 'Literal') {
    if (returned.value === false) return false;
    return typeof returned.value === 'string' ? permalinkFromText(returned.value) : undefined;
  }
  if (returned.type !== 'TemplateLiteral' || !param) return undefined;
  const parts: AddressPart[] = [];
  for (const [i, quasi] of returned.quasis.entries()) {
    if (quasi.value.cooked) parts.push(quasi.value.cooked);
    const expression = returned.expressions[i];
    if (!expression) continue;
    if (!isFileSlug(expression, param.name)) return undefined;
    parts.push({ fileSlug: true });
  }
  return { parts };
}

/** A permalink: a function of that shape, text with `{{ page.fileSlug }}`, or `false`. */
export function readPermalink(node: Expression): Permalink | undefined {
  if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression')
    return permalinkFunction(node);
  const value = literal(node);
  if (!value.ok) return undefined;
  if (value.value === false) return false;
  return typeof value.value === 'string' ? permalinkFromText(value.value) : undefined;
}
