import { type Expression, type Node, type ObjectExpression, parse, type Program } from 'acorn';
import { type Permalink, permalinkFromText } from './address';
import { literal, propertyKey, readPermalink } from './js-literal';
import type { SourceTree } from './plan';

/**
 * Folder defaults of an Eleventy site (`posts.11tydata.js`, `posts.json`), read without running
 * them: content is hostile input, and a data file is a program. The JavaScript is parsed (acorn)
 * and only literal values are taken, plus the one function shape eleventy-dsfr uses for
 * addresses, `permalink: (data) => `/actualites/${data.page.fileSlug}/``. Everything else is
 * listed, with its line, for an editor.
 */

export interface FolderData {
  /** Literal values by key (`tags`, `layout`, `eleventyExcludeFromCollections`, ...). */
  values: Record<string, unknown>;
  /** From `permalink` or `eleventyComputed.permalink`. */
  permalink?: Permalink;
  /** What was not read: the key (or `(file)`), its line, why. */
  unread: { key: string; line: number; why: string }[];
}

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

function describe(node: Node): string {
  if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression')
    return 'a function: not run';
  return 'not a literal value: not evaluated';
}

function readObject(source: string, object: ObjectExpression, data: FolderData): void {
  for (const property of object.properties) {
    const line = lineOf(source, property.start);
    const key = property.type === 'Property' ? propertyKey(property) : undefined;
    if (property.type !== 'Property' || key === undefined || property.kind !== 'init') {
      data.unread.push({ key: '(computed key)', line, why: 'not a plain key: not evaluated' });
      continue;
    }
    const value = property.value;
    if (key === 'permalink') {
      const permalink = readPermalink(value);
      if (permalink === undefined)
        data.unread.push({
          key,
          line,
          why: `${describe(value)}, so the old addresses are unknown`,
        });
      else data.permalink = permalink;
      continue;
    }
    if (key === 'eleventyComputed' && value.type === 'ObjectExpression') {
      const computed: FolderData = { values: {}, unread: [] };
      readObject(source, value, computed);
      if (computed.permalink !== undefined) data.permalink = computed.permalink;
      for (const name of Object.keys(computed.values)) {
        data.unread.push({
          key: `eleventyComputed.${name}`,
          line,
          why: 'computed data of the former site: not carried over',
        });
      }
      data.unread.push(...computed.unread.map((u) => ({ ...u, key: `eleventyComputed.${u.key}` })));
      continue;
    }
    const v = literal(value);
    if (v.ok) data.values[key] = v.value;
    else data.unread.push({ key, line, why: describe(value) });
  }
}

/** The exported value: `module.exports = …`, `export default …`, or a constant they name. */
function exported(program: Program): { node?: Expression; others: Node[] } {
  let node: Expression | undefined;
  const others: Node[] = [];
  const constants = new Map<string, Expression>();
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      for (const d of statement.declarations) {
        if (d.id.type === 'Identifier' && d.init) constants.set(d.id.name, d.init);
      }
      continue;
    }
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression'
    ) {
      const { left, right, operator } = statement.expression;
      if (
        operator === '=' &&
        left.type === 'MemberExpression' &&
        !left.computed &&
        left.object.type === 'Identifier' &&
        left.object.name === 'module' &&
        left.property.type === 'Identifier' &&
        left.property.name === 'exports'
      ) {
        node = right;
        continue;
      }
    }
    if (
      statement.type === 'ExportDefaultDeclaration' &&
      statement.declaration.type !== 'FunctionDeclaration' &&
      statement.declaration.type !== 'ClassDeclaration'
    ) {
      node = statement.declaration as Expression;
      continue;
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'Literal')
      continue; // 'use strict'
    others.push(statement);
  }
  if (node?.type === 'Identifier') node = constants.get(node.name);
  return { node, others };
}

/** Reads a `*.11tydata.js` (or `.cjs`/`.mjs`) file without running it. */
export function readJsDataFile(source: string): FolderData {
  const data: FolderData = { values: {}, unread: [] };
  let program: Program;
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    try {
      program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    } catch (error) {
      data.unread.push({
        key: '(file)',
        line: 1,
        why: `not valid JavaScript (${(error as Error).message}): nothing read`,
      });
      return data;
    }
  }
  const { node, others } = exported(program);
  for (const other of others) {
    data.unread.push({
      key: '(code)',
      line: lineOf(source, other.start),
      why: 'code outside the exported object: not run',
    });
  }
  if (!node) {
    data.unread.push({
      key: '(file)',
      line: 1,
      why: 'no module.exports = { … } object: nothing read',
    });
  } else if (node.type === 'ObjectExpression') {
    readObject(source, node, data);
  } else {
    data.unread.push({
      key: '(file)',
      line: lineOf(source, node.start),
      why: `exports ${describe(node)}: nothing read`,
    });
  }
  return data;
}

/** Reads a JSON data file (`posts.json`, `x.11tydata.json`). */
export function readJsonDataFile(source: string): FolderData {
  const data: FolderData = { values: {}, unread: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    data.unread.push({
      key: '(file)',
      line: 1,
      why: `not valid JSON (${(error as Error).message}): nothing read`,
    });
    return data;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    data.unread.push({ key: '(file)', line: 1, why: 'not a JSON object: nothing read' });
    return data;
  }
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key !== 'permalink') {
      data.values[key] = value;
      continue;
    }
    const permalink =
      value === false ? false : typeof value === 'string' ? permalinkFromText(value) : undefined;
    if (permalink === undefined)
      data.unread.push({ key, line: 1, why: 'not a plain address: the old addresses are unknown' });
    else data.permalink = permalink;
  }
  return data;
}

/**
 * A mapper's reader of folder data files (`*.11tydata.js`, `*.json`): each file read and parsed
 * once, then kept; `dataFiles` lists those read, for the report.
 */
export function folderDataReader(tree: SourceTree) {
  const dataFiles = new Map<string, FolderData>();
  const dataOf = (path: string): FolderData => {
    let data = dataFiles.get(path);
    if (!data) {
      const text = tree.read(path);
      data = path.endsWith('.json') ? readJsonDataFile(text) : readJsDataFile(text);
      dataFiles.set(path, data);
    }
    return data;
  };
  return { dataFiles, dataOf };
}
