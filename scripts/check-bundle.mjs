/**
 * The code of `npm run check`, bundled: scripts/check.ts and lib/content/check-worker.ts with
 * every module and package they use, in a few files that plain Node runs. Loading the check
 * through tsx's loader cost about a second per thread, and loading some 300 package modules one by
 * one about half a second per thread (the check runs in two threads on two cores): the bundle
 * loads in a quarter of that.
 *
 * Bundling takes about 0.4 s, so the bundle is kept in node_modules/.cache/content-check/<key>/,
 * where the key hashes the content of every file that went into it (the inputs esbuild lists,
 * esbuild's version among them), the version of Node, and this file. Any change to the check's
 * code, to a package or to the configuration gives a new key, hence a new bundle. Only code is
 * cached: the content is checked in full on every run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of the bundle of the current code, made first if needed.
 * @param {string} root
 */
export async function checkBundle(root) {
  const cache = path.join(root, 'node_modules', '.cache', 'content-check');
  return cachedBundle(root, cache) ?? (await bundle(root, cache));
}

/**
 * The key of a bundle made of these files (paths relative to root), as they are now.
 * @param {string} root @param {string[]} inputs
 */
export function bundleKey(root, inputs) {
  const hash = crypto.createHash('sha256');
  hash.update(`${process.version}\0`);
  hash.update(fs.readFileSync(import.meta.filename));
  for (const input of inputs) {
    hash.update(`\0${input}\0`);
    try {
      hash.update(fs.readFileSync(path.join(root, input)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The inputs of the last bundle, as esbuild listed them. */
const manifestOf = (/** @type {string} */ cache) => path.join(cache, 'inputs.json');

/**
 * The folder of the last bundle if none of its inputs changed since.
 * @param {string} root @param {string} cache
 */
function cachedBundle(root, cache) {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(manifestOf(cache), 'utf8'));
  } catch {
    return undefined;
  }
  const dir = path.join(cache, bundleKey(root, inputs));
  return fs.existsSync(path.join(dir, 'check.mjs')) ? dir : undefined;
}

/** @param {string} root @param {string} cache */
async function bundle(root, cache) {
  const tmp = path.join(cache, `tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  // Imported here only: loading esbuild costs a tenth of a second a cached run does not pay.
  const { build } = await import('esbuild');
  const { metafile } = await build({
    absWorkingDir: root,
    // The worker is named as lib/content/check.ts expects to find it, beside the bundled check.
    entryPoints: { check: 'scripts/check.ts', 'check-worker': 'lib/content/check-worker.ts' },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    // CommonJS packages (yaml) call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = [
    ...Object.keys(metafile.inputs),
    'tsconfig.json',
    'package-lock.json',
    'node_modules/esbuild/package.json',
  ].sort();
  const dir = path.join(cache, bundleKey(root, inputs));
  try {
    fs.renameSync(tmp, dir);
  } catch {
    // Another check made the same bundle meanwhile: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const manifest = manifestOf(cache);
  const written = `${manifest}.${process.pid}`;
  fs.writeFileSync(written, JSON.stringify(inputs));
  fs.renameSync(written, manifest);
  removeOldBundles(cache, dir);
  return dir;
}

/**
 * Bundles of older code, and folders of bundlings that were killed. Left alone for an hour, as a
 * check started just before a change may still be loading from its bundle.
 * @param {string} cache @param {string} keep
 */
function removeOldBundles(cache, keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of fs.readdirSync(cache)) {
    const entry = path.join(cache, name);
    if (entry === keep || entry === manifestOf(cache)) continue;
    try {
      if (fs.statSync(entry).mtimeMs < hourAgo) fs.rmSync(entry, { recursive: true, force: true });
    } catch {
      // Removed by another check meanwhile.
    }
  }
}
