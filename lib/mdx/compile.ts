import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { REGISTERED_COMPONENTS } from '@/components/mdx/names';
import { lookupImage, type Problem } from '@/lib/content';
import { contentRoot } from '@/lib/content/config';
import { config } from '../config.mjs';
import { compileOptions, createContext, MDX_NODES } from './compile-options';
import {
  bodySourceOf,
  type BodySource,
  type CompileContext,
  type ImageLookup,
  type SiteLink,
} from './context';
import type { OutlineHeading } from './plugins/headings';

/**
 * A body compiled once: everything the check, the page, the feed and the description need, as
 * plain data (JSON), so that it can be kept between builds.
 */
export interface CompiledBody {
  /** The body as a tree of HTML and registered components (hast with MDX JSX nodes), no code. */
  tree: Root;
  /** Errors and warnings, at their line in the file. */
  problems: Problem[];
  /** The `h2` sections, for « Sur cette page ». */
  headings: OutlineHeading[];
  /** Internal links, resolved once every page is known (`brokenLinks`). */
  links: SiteLink[];
  /** The first paragraph with words, as plain text. */
  firstParagraph: string;
  /** The images the body names, with what each lookup found. */
  images: ImageLookup[];
}

/** How bodies were obtained in this process: tests and the bench read it. */
export const compileStats = { compiled: 0, fromDisk: 0, fromMemory: 0 };

const processors = new Map<string, { processor: Processor; ctx: CompileContext }>();

/**
 * One processor per format and thread, reused from body to body: its context is swapped before
 * each run (the plugins read it when they transform, not when they are attached).
 */
function processorFor(entry: BodySource) {
  let found = processors.get(entry.format);
  if (!found) {
    const ctx = createContext(entry, []);
    const { remarkPlugins, rehypePlugins } = compileOptions(ctx);
    const plugins: PluggableList = [
      ...remarkPlugins,
      [remarkRehype, { allowDangerousHtml: true, passThrough: MDX_NODES }],
      ...rehypePlugins,
    ];
    const processor = unified().use(remarkParse).use(plugins).freeze() as unknown as Processor;
    found = { processor, ctx };
    processors.set(entry.format, found);
  }
  return found;
}

/** Runs the pipeline on a body; a syntax error the parser cannot get past is a problem too. */
function compileNow(entry: BodySource, components: readonly string[], root: string): CompiledBody {
  const { processor, ctx } = processorFor(entry);
  Object.assign(ctx, createContext(entry, components, root));
  let tree: Root = { type: 'root', children: [] };
  try {
    // The file carries the source, from which rehype-raw positions the HTML it parses.
    const file = new VFile(entry.body);
    tree = processor.runSync(processor.parse(file), file) as unknown as Root;
  } catch (error) {
    ctx.problems.push(syntaxProblem(entry, error));
  }
  visit(tree, (node) => {
    delete node.position;
  });
  trimRoot(tree);
  compileStats.compiled++;
  return {
    tree,
    problems: ctx.problems,
    headings: ctx.headings,
    links: ctx.links,
    firstParagraph: ctx.firstParagraph,
    images: ctx.images,
  };
}

/** Blank text around the body says nothing: it goes (as MDX did when it rendered bodies). */
function trimRoot(tree: Root): void {
  const blank = (node: Root['children'][number] | undefined) =>
    node?.type === 'text' && /^[ \t\n\f\r]*$/.test(node.value);
  while (blank(tree.children[0])) tree.children.shift();
  while (blank(tree.children.at(-1))) tree.children.pop();
}

function syntaxProblem(entry: BodySource, error: unknown): Problem {
  const e = error as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number };
    reason?: string;
    message: string;
  };
  const line = e.place?.line ?? e.line;
  return {
    file: entry.file,
    line: line ? entry.bodyLine + line - 1 : entry.bodyLine,
    column: e.place?.column ?? e.column,
    severity: 'error',
    field: entry.format === 'mdx' ? 'mdx' : 'markdown',
    rule: 'syntax',
    message: `${e.reason ?? e.message.split('\n')[0]}${entry.format === 'mdx' ? ' (in .mdx, write < and { as \\< and \\{ when they are text)' : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The cache: in memory for this process, on disk between builds.

/**
 * What the pipeline is: the code of lib/ (its plugins, the dialect, the content helpers they call)
 * and the exact versions of every dependency (package-lock.json). Any change there gives other
 * keys: a body compiled by another pipeline is never served.
 */
function pipelineKey(project = process.cwd()): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(path.relative(project, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  };
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|tsx|mjs|js|json)$/.test(entry.name)) add(full);
    }
  };
  walk(path.join(project, 'lib'));
  add(path.join(project, 'components', 'mdx', 'names.ts'));
  const lock = path.join(project, 'package-lock.json');
  if (fs.existsSync(lock)) add(lock);
  return hash.digest('hex').slice(0, 20);
}

interface DiskCache {
  dir: string;
  pipeline: string;
}

let disk: DiskCache | null | undefined;

/**
 * Where compiled bodies are kept: node_modules/.cache/compiled-bodies/<pipeline>/ (CI caches
 * node_modules/.cache). Folders of other pipelines are removed when this one is first used.
 * `COMPILE_CACHE=0` turns the disk cache off.
 */
function diskCache(): DiskCache | null {
  if (disk !== undefined) return disk;
  if (!config.compileCache) return (disk = null);
  try {
    const base = path.join(process.cwd(), 'node_modules', '.cache', 'compiled-bodies');
    const pipeline = pipelineKey();
    const dir = path.join(base, pipeline);
    fs.mkdirSync(dir, { recursive: true });
    for (const other of fs.readdirSync(base)) {
      if (other !== pipeline) fs.rmSync(path.join(base, other), { recursive: true, force: true });
    }
    disk = { dir, pipeline };
  } catch {
    disk = null; // a read-only project: compile every time
  }
  return disk;
}

/** Points the disk cache elsewhere (tests), or turns it off (`null`); `undefined` resets it. */
export function setCompileCache(cache: { dir: string; pipeline?: string } | null | undefined) {
  disk = cache ? { dir: cache.dir, pipeline: cache.pipeline ?? pipelineKey() } : cache;
  memory.clear();
  if (cache) fs.mkdirSync(cache.dir, { recursive: true });
}

export { pipelineKey };

// On globalThis, as the content snapshot (lib/content/load.ts): one per process, however many
// copies of this module Next's bundles hold.
const memory = ((
  globalThis as { __compiledBodies?: Map<string, CompiledBody> }
).__compiledBodies ??= new Map<string, CompiledBody>());
const MEMORY_LIMIT = 2_000;

function bodyKey(
  source: BodySource,
  components: readonly string[],
  root: string,
  pipeline: string,
) {
  return createHash('sha256')
    .update(JSON.stringify([pipeline, root, [...components].sort(), source]))
    .digest('hex');
}

/** A kept body is valid while each image it looked up is still found the same way. */
function stillValid(compiled: CompiledBody): boolean {
  return compiled.images.every(
    ({ ref, from, root, found }) =>
      JSON.stringify(lookupImage(ref, from, root)) === JSON.stringify(found),
  );
}

function readDisk(file: string): CompiledBody | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as CompiledBody;
  } catch {
    return undefined; // absent, or cut short by a killed build: compile again
  }
}

function writeDisk(file: string, compiled: CompiledBody): void {
  try {
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temporary, JSON.stringify(compiled));
    fs.renameSync(temporary, file);
  } catch {
    // the cache is an optimisation: a full disk only costs a compilation next time
  }
}

/**
 * The compiled body of an entry: from this process's memory, else from the disk cache, else
 * compiled now (and kept). `components` are the names an `.mdx` body may use.
 * The result is shared: callers that change the tree clone it first.
 */
export function compileBody(
  entry: BodySource,
  components: readonly string[] = REGISTERED_COMPONENTS,
  root: string = contentRoot(),
): CompiledBody {
  // An `.md` body names no component itself (`<callout>` is HTML): those it gets come from the
  // pipeline (a video card for an iframe), rendered as the page renders them.
  const names = entry.format === 'mdx' ? components : REGISTERED_COMPONENTS;
  // Only what the pipeline may read: the check compiles an entry before its front-matter image is
  // resolved, the pages after, and both must find the same body.
  const source = bodySourceOf(entry);
  const cache = diskCache();
  const key = bodyKey(source, names, root, cache?.pipeline ?? 'none');
  const inMemory = memory.get(key);
  if (inMemory && stillValid(inMemory)) {
    compileStats.fromMemory++;
    return inMemory;
  }
  const file = cache ? path.join(cache.dir, `${key}.json`) : undefined;
  let compiled = file ? readDisk(file) : undefined;
  if (compiled && stillValid(compiled)) compileStats.fromDisk++;
  else {
    compiled = compileNow(source, names, root);
    if (file) writeDisk(file, compiled);
  }
  if (memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value!);
  memory.set(key, compiled);
  return compiled;
}
