/**
 * The project's settings: every environment variable the code reads, read once here, validated,
 * and exported as one frozen, typed object. Plain `.mjs` with JSDoc types so that next.config.mjs
 * and the scripts run by plain Node import it as well as the TypeScript code does.
 *
 * A wrong value stops whatever reads it with an error naming the variable. Tests set variables
 * for the builds they start (child processes read their own config); a test that needs another
 * config in its own process passes `readConfig({ ... })` to the function under test.
 *
 * | Variable         | Default                                        | Used by
 * |------------------|------------------------------------------------|-----------------------------
 * | CONTENT_DIR      | `content`                                      | lib/content (content source), post-export (its public/), start, new-post
 * | LINKS            | `error`; `warn` for an import                  | the content check and the link check of out/: broken internal links are errors, or warnings
 * | BASE_PATH        | `` (site at the root of its host)              | next.config.mjs, lib/site.ts (links), post-export steps, start
 * | SITE_URL         | `https://ecoresponsable.numerique.gouv.fr`     | lib/site.ts: canonical URLs, feeds, sitemap
 * | BUILD_TIME       | now                                            | lib/content (what is published), the table of measures: pins the build's clock (tests)
 * | OUT_DIR          | `out`                                          | scripts/build.mjs: where the site is published
 * | SITE_EXPORT_DIR  | none (Next's `out/`)                           | next.config.mjs `distDir`; set by scripts/build.mjs for its `next build`
 * | LEAN_EXPORT      | `1`; `0` keeps Next's runtime in every page    | scripts/post-export/lean.mjs
 * | COMPILE_CACHE    | `1`; `0` compiles every body, no disk cache    | lib/mdx/compile.ts: compiled bodies kept in node_modules/.cache/compiled-bodies/
 * | CHECK_THREADS    | cores available, at most 4                     | lib/content/check.ts: threads of the content check
 * | PAGE_WORKERS     | cores available; 1 above 5,000 content files   | next.config.mjs: workers of Next's page generation (each holds the whole content)
 * | PORT             | `3000`                                         | scripts/start.mjs
 * | CHROMIUM_PATH    | `/usr/bin/chromium`                            | scripts/chromium.mjs (Lighthouse, search bytes, e2e tests)
 * | NODE_ENV         | set by Next; `development` under `next dev`    | lib/content/config.ts: previews show drafts and future posts
 * | GITHUB_ACTIONS   | unset; `true` in GitHub Actions                | scripts/check.ts: problems also written as annotations
 * | TEST_RUN_ID      | the start time of `npm test`                   | scripts/test.mjs: tests reuse the builds of one run
 */

/** @typedef {'error' | 'warn'} LinksMode */

/**
 * @typedef {object} Config
 * @property {string} contentDir    CONTENT_DIR as given (relative to the working directory of whoever resolves it)
 * @property {LinksMode} links      LINKS
 * @property {string} basePath      BASE_PATH, normalised: `/sous-dossier` or ''
 * @property {string} siteUrl       SITE_URL without trailing slash
 * @property {number | undefined} buildTime  BUILD_TIME in ms since the epoch, if pinned
 * @property {string} outDir        OUT_DIR as given
 * @property {string | undefined} siteExportDir  SITE_EXPORT_DIR
 * @property {boolean} leanExport   LEAN_EXPORT is not `0`
 * @property {boolean} compileCache COMPILE_CACHE is not `0`
 * @property {number | undefined} checkThreads   CHECK_THREADS, if set
 * @property {number | undefined} pageWorkers    PAGE_WORKERS, if set (next.config.mjs)
 * @property {number} port          PORT
 * @property {string} chromiumPath  CHROMIUM_PATH
 * @property {boolean} preview      NODE_ENV is `development`
 * @property {boolean} githubActions  GITHUB_ACTIONS is `true`
 * @property {string | undefined} testRunId  TEST_RUN_ID
 */

const DEFAULT_SITE_URL = 'https://ecoresponsable.numerique.gouv.fr';

/** @param {string} name @param {string} value @param {string} expected */
function invalid(name, value, expected) {
  return new Error(`${name}=${JSON.stringify(value)} is not valid: ${expected}.`);
}

/**
 * A variable's value, `undefined` when unset or empty (`LINKS= npm run build` is how a shell
 * unsets one for a command).
 * @param {Record<string, string | undefined>} env @param {string} name
 */
function value(env, name) {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

/**
 * Base path as Next wants it: `/sous-dossier`, or '' at the root of the host. Tolerates spaces
 * around it, a missing leading slash and trailing slashes (`sous-dossier/` -> `/sous-dossier`).
 * @param {string | undefined} raw
 */
export function normalizeBasePath(raw) {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** @param {string | undefined} raw */
function basePathOf(raw) {
  const basePath = normalizeBasePath(raw);
  // Next refuses other forms with a message that does not name the variable.
  if (basePath && !/^(?:\/[A-Za-z0-9._~-]+)+$/.test(basePath)) {
    throw invalid(
      'BASE_PATH',
      raw ?? '',
      'write a path such as /sous-dossier (letters, digits, « . _ ~ - », no « // », query or spaces)',
    );
  }
  if (basePath.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw invalid('BASE_PATH', raw ?? '', 'a path without « . » or « .. » segments');
  }
  return basePath;
}

/** @param {string | undefined} raw */
function siteUrlOf(raw) {
  const url = (raw ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('SITE_URL', raw ?? '', 'an absolute URL such as https://example.org');
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
    throw invalid('SITE_URL', raw ?? '', 'an http(s) URL without query or fragment');
  }
  return url;
}

/** @param {string | undefined} raw @returns {LinksMode} */
function linksOf(raw) {
  if (raw === undefined || raw === 'error') return 'error';
  if (raw === 'warn') return 'warn';
  throw invalid('LINKS', raw, '« warn » (broken links reported as warnings), « error » or unset');
}

/** @param {string | undefined} raw */
function buildTimeOf(raw) {
  if (raw === undefined) return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) {
    throw invalid('BUILD_TIME', raw, 'a date and time such as 2026-11-30T12:00:00+01:00');
  }
  return time;
}

/** @param {string} name @param {string | undefined} raw @param {number} min @param {number} max */
function integerOf(name, raw, min, max) {
  if (raw === undefined) return undefined;
  const number = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || number < min || number > max) {
    throw invalid(name, raw, `a whole number from ${min} to ${max}`);
  }
  return number;
}

/** @param {string | undefined} raw */
function compileCacheOf(raw) {
  if (raw === undefined || raw === '1') return true;
  if (raw === '0') return false;
  throw invalid('COMPILE_CACHE', raw, '« 0 » (compile every body, no cache), « 1 » or unset');
}

/** @param {string | undefined} raw */
function leanExportOf(raw) {
  if (raw === undefined || raw === '1') return true;
  if (raw === '0') return false;
  throw invalid('LEAN_EXPORT', raw, '« 0 » (keep Next’s runtime), « 1 » or unset');
}

/**
 * The settings given by these variables: pure, so tests build the config they need.
 * @param {Record<string, string | undefined>} env
 * @returns {Readonly<Config>}
 */
export function readConfig(env) {
  return Object.freeze({
    contentDir: value(env, 'CONTENT_DIR') ?? 'content',
    links: linksOf(value(env, 'LINKS')),
    basePath: basePathOf(env.BASE_PATH),
    siteUrl: siteUrlOf(value(env, 'SITE_URL')),
    buildTime: buildTimeOf(value(env, 'BUILD_TIME')),
    outDir: value(env, 'OUT_DIR') ?? 'out',
    siteExportDir: value(env, 'SITE_EXPORT_DIR'),
    leanExport: leanExportOf(value(env, 'LEAN_EXPORT')),
    compileCache: compileCacheOf(value(env, 'COMPILE_CACHE')),
    checkThreads: integerOf('CHECK_THREADS', value(env, 'CHECK_THREADS'), 1, 64),
    pageWorkers: integerOf('PAGE_WORKERS', value(env, 'PAGE_WORKERS'), 1, 64),
    port: integerOf('PORT', value(env, 'PORT'), 0, 65535) ?? 3000,
    chromiumPath: value(env, 'CHROMIUM_PATH') ?? '/usr/bin/chromium',
    preview: env.NODE_ENV === 'development',
    githubActions: env.GITHUB_ACTIONS === 'true',
    testRunId: value(env, 'TEST_RUN_ID'),
  });
}

/** This process's settings, read when the module is first loaded. */
export const config = readConfig(process.env);

// Site paths: an address inside the site, base path excluded, as the content and lib write it
// (`/actualites/x/`, `/404.html`). Hrefs as served carry the base path (`/sous-dossier/actualites/x/`).

/**
 * Site path -> href as served: `/actualites/` -> `/sous-dossier/actualites/`. Anything that is
 * not a site path (`https://…`, `//host/…`, `#id`, `mailto:`) and hrefs already under the base
 * path are returned as they are.
 * @param {string} href @param {string} [basePath]
 */
export function withBasePath(href, basePath = config.basePath) {
  if (!basePath || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === basePath || href.startsWith(`${basePath}/`)) return href;
  return `${basePath}${href}`;
}

/**
 * Href as served -> site path, without query nor fragment: `/sous-dossier/a/?q#x` -> `/a/`,
 * `/sous-dossier` -> `/`. Undefined for URLs of other origins (`https://…`, `//host/…`) and
 * relative ones. A path outside the base path is returned as it is (callers that care compare).
 * @param {string} href @param {string} [basePath]
 */
export function withoutBasePath(href, basePath = config.basePath) {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const pathname = href.split(/[?#]/)[0] ?? href;
  if (basePath && (pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    return pathname.slice(basePath.length) || '/';
  }
  return pathname;
}

/**
 * File of the export, relative to out/ (either separator) -> its site path:
 * `actualites/x/index.html` -> `/actualites/x/`, `index.html` -> `/`, `404.html` -> `/404.html`.
 * @param {string} relativeFile
 */
export function sitePathOfFile(relativeFile) {
  const rel = relativeFile.split('\\').join('/').replace(/^\/+/, '');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/**
 * Site path -> the file of the export that serves it, relative to out/ with `/` separators:
 * `/actualites/x/` -> `actualites/x/index.html`, `/` -> `index.html`, `/404.html` -> `404.html`.
 * Query and fragment are ignored.
 * @param {string} sitePath
 */
export function fileOfSitePath(sitePath) {
  const pathname = (sitePath.split(/[?#]/)[0] ?? sitePath).replace(/^\/+/, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}
