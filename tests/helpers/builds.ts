/**
 * Every site the test suite builds, in one place: a name, the environment of `npm run build`, the
 * content it is built from, and why it exists. Build tests and browser tests ask for a variant by
 * name (`siteBuild('site')`) and get the build of this test run, made by whichever file asked
 * first (tests/helpers/build.ts): each distinct site is built once per `npm test`.
 *
 * Add a variant only when no existing one can carry the new test's assertions; a variant costs a
 * full `next build` (about a minute on two cores). Variants that fail on purpose stop in the
 * content check, before Next, and cost a few seconds. BUILD_ENVS lists the builds that tests run
 * themselves, because the build's own behaviour is what they check.
 *
 * Merged, and why it holds: the SEO fixture's base-path build into `site-base-path` (the
 * base-path test asserts no fixture-specific page); the safety, hostile-feeds and hostile-files
 * fixtures into `hostile` (no file in common, one shared tag; the feed tests check every item);
 * the 2022 corpus built with an absolute and a relative CONTENT_DIR into `corpus` (messages
 * print paths relative to the project either way).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSite,
  CORPUS,
  FIXTURE_BUILD_TIME,
  FIXTURES,
  ROOT,
  SHARED,
  type BuildResult,
} from './build';

/** The mission's current site (Eleventy 2 + eleventy-dsfr), as ../shared holds it. */
export const CORPUS_2026 = path.join(SHARED, 'corpus', 'minumeco-2026');
/** Where the corpus is imported (`npm run import`) before it is built. */
export const CORPUS_2026_CONTENT = path.join(ROOT, '.test-builds', 'minumeco-2026-content');
/** A post written today in the former site's dialect, added to the imported content. */
export const DIALECT_POST = path.join(
  FIXTURES,
  'dialect',
  'ok',
  'actualites',
  'ancien-dialecte.md',
);

/** The SEO fixture: 14 published posts (13 tagged Événement), a draft, a post dated in the future. */
export const SEO_FIXTURE = path.join(FIXTURES, 'content-seo');
export const BASE_PATH = '/sous-dossier';

/**
 * The hostile content source: three fixtures written to break the site, put together in one
 * folder so that they cost one build. Each keeps its own files; none links to another's.
 */
export const HOSTILE_SOURCES = {
  /** Legacy and hostile HTML in posts: event attributes, iframes, a title with <script>. */
  safety: path.join(FIXTURES, 'safety-content'),
  /** Markup, `]]>` and control characters in the fields feeds carry. */
  feeds: path.join(FIXTURES, 'hostile', 'feeds'),
  /** Images that are also code: SVG with scripts, a GIF/JavaScript polyglot; documents in public/. */
  files: path.join(FIXTURES, 'hostile-files', 'image-polyglot'),
};
export const HOSTILE_CONTENT = path.join(ROOT, '.test-builds', 'hostile-content');

export const THOUSAND_POSTS = 1000;
const THOUSAND_CONTENT = path.join(ROOT, '.test-builds', `content-${THOUSAND_POSTS}`);

interface Variant {
  /** Why this site is built apart from the others. */
  why: string;
  env: Record<string, string>;
  /** Writes a generated content source; runs only when the build does. */
  prepare?: () => void;
}

export const VARIANTS = {
  site: {
    why: 'The project’s own content (content/) as `npm run build` makes it: most build tests, every page-type browser test, Lighthouse.',
    env: {},
  },
  'site-base-path': {
    why: 'The same content under BASE_PATH, as on a forge’s project page: every reference carries the prefix (base-path, lean export, link check, search). Also serves the former SEO-fixture base-path build.',
    env: { BASE_PATH },
  },
  'site-stock': {
    why: 'The stock export (LEAN_EXPORT=0) beside the lean one: proves the lean step removes something.',
    env: { LEAN_EXPORT: '0' },
  },
  seo: {
    why: 'A fixture whose posts, draft and future post pin exact titles, canonical URLs, feeds and sitemap entries; the default content changes too often for that.',
    env: { CONTENT_DIR: SEO_FIXTURE, BUILD_TIME: FIXTURE_BUILD_TIME },
  },
  basic: {
    why: 'The seed post with its images, 13 test posts over two list pages, a draft, a future post and a folder with spaces: the news pages’ exact lists and pagination.',
    env: {
      CONTENT_DIR: path.join(FIXTURES, 'content-basic'),
      BUILD_TIME: FIXTURE_BUILD_TIME,
      // The fixture holds the seed post but not the publications it links to.
      LINKS: 'warn',
    },
  },
  hostile: {
    why: 'Content written to break the site (HOSTILE_SOURCES): sanitized HTML, safe feeds, images that are code, served under the export’s own headers. Was three builds (safety, hostile-feeds, hostile-files).',
    env: { CONTENT_DIR: HOSTILE_CONTENT, BUILD_TIME: FIXTURE_BUILD_TIME, LINKS: 'warn' },
    prepare: () => mergeContent(HOSTILE_CONTENT, Object.values(HOSTILE_SOURCES)),
  },
  'minumeco-2026': {
    why: 'The mission’s current site imported by `npm run import`, plus a post in the old dialect: the migration’s pages, addresses and measures.',
    env: { CONTENT_DIR: CORPUS_2026_CONTENT, LINKS: 'warn', BUILD_TIME: FIXTURE_BUILD_TIME },
    prepare: importCorpus2026,
  },
  corpus: {
    why: 'The mission’s 2022 content as it was (../shared/corpus/minumeco-2022), with its known broken links as warnings.',
    env: { CONTENT_DIR: CORPUS, LINKS: 'warn' },
  },
  [`posts-${THOUSAND_POSTS}`]: {
    why: 'A thousand generated posts (scripts/measure/generate.mjs): the export stays small at scale.',
    env: { CONTENT_DIR: THOUSAND_CONTENT },
    prepare: () => generatePosts(THOUSAND_CONTENT, THOUSAND_POSTS),
  },
  // Builds that fail on purpose.
  'content-errors': {
    why: 'Fails in the content check (before Next): every problem printed as file:line.',
    env: { CONTENT_DIR: path.join(FIXTURES, 'content-errors') },
  },
  'broken-links': {
    why: 'Fails in the content check (before Next): internal links to no page.',
    env: { CONTENT_DIR: 'tests/fixtures/broken-links' },
  },
  'hostile-files-public': {
    why: 'Fails in the content check (before Next): code in the content’s public/ folder.',
    env: {
      CONTENT_DIR: path.join(FIXTURES, 'hostile-files', 'public-script'),
      BUILD_TIME: FIXTURE_BUILD_TIME,
      LINKS: 'warn',
    },
  },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

/**
 * Environments of builds that tests run themselves, because the build's own behaviour is their
 * subject (killed, refused, failing over a published site): not cached, never shared.
 */
export const BUILD_ENVS = {
  /** Fails in the content check: a <script> in a post. */
  'bad-content': {
    CONTENT_DIR: path.join(FIXTURES, 'bad-content', 'script'),
    BUILD_TIME: FIXTURE_BUILD_TIME,
  },
  /** Fails after `next build`, in the link check: a #fragment no heading has. */
  'broken-fragment': {
    CONTENT_DIR: path.join(FIXTURES, 'broken-link-content'),
    BUILD_TIME: FIXTURE_BUILD_TIME,
    LINKS: '',
  },
  /** The small `basic` fixture, for builds that are killed or run two at once. */
  basic: VARIANTS.basic.env,
} satisfies Record<string, Record<string, string>>;

/** The build of a variant in this test run (built by the first test file that asks). */
export function siteBuild(name: VariantName): BuildResult {
  const variant: Variant = VARIANTS[name];
  return buildSite(name, variant.env, variant.prepare);
}

/** The built site of `npm run import` of the 2026 corpus, and where its content was imported. */
export function buildCorpus2026(): BuildResult & { content: string } {
  return { ...siteBuild('minumeco-2026'), content: CORPUS_2026_CONTENT };
}

/** Copies content sources into one folder, refusing two files at the same place. */
export function mergeContent(target: string, sources: string[]): void {
  fs.rmSync(target, { recursive: true, force: true });
  const seen = new Map<string, string>();
  for (const source of sources) {
    for (const entry of fs.readdirSync(source, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const rel = path.relative(source, path.join(entry.parentPath, entry.name));
      const other = seen.get(rel);
      if (other) throw new Error(`${rel} is in both ${other} and ${source}`);
      seen.set(rel, source);
      fs.mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
      fs.copyFileSync(path.join(source, rel), path.join(target, rel));
    }
  }
}

function importCorpus2026(): void {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/import.ts',
      CORPUS_2026,
      CORPUS_2026_CONTENT,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0)
    throw new Error(`npm run import failed:\n${result.stdout}\n${result.stderr}`);
  fs.copyFileSync(
    DIALECT_POST,
    path.join(CORPUS_2026_CONTENT, 'actualites', path.basename(DIALECT_POST)),
  );
}

function generatePosts(dir: string, count: number): void {
  const script = `import(${JSON.stringify(path.join(ROOT, 'scripts', 'measure', 'generate.mjs'))}).then((m) => m.generateContent(${JSON.stringify(dir)}, ${count}))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`generating ${count} posts failed:\n${result.stderr}`);
}
