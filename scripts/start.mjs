#!/usr/bin/env node
/**
 * `npm start`: builds the site if out/ is missing or older than the sources, then serves out/ on
 * http://127.0.0.1:3000 (PORT to change), with the headers of out/_headers (scripts/serve.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../lib/config.mjs';
import { startSiteServer } from './serve.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const out = path.join(root, 'out');
const stamp = path.join(out, 'index.html');

/** @param {string} dir */
function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}media`)) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const sources = ['app', 'components', 'lib', config.contentDir, 'public', 'next.config.mjs'];
const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const changed = sources.some((source) => {
  const full = path.resolve(source);
  return (
    fs.existsSync(full) &&
    (fs.statSync(full).isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs) > builtAt
  );
});
if (!builtAt || changed) {
  console.log(
    builtAt ? 'Sources changed since the last build: building…' : 'No build yet: building…',
  );
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  // 75: another build is running (scripts/build.mjs). The site it replaces is still whole: serve it.
  if (build.status === 75 && builtAt) console.log('Serving the current out/ meanwhile.');
  else if (build.status !== 0) process.exit(build.status ?? 1);
}

const { url } = await startSiteServer({ dir: out, port: config.port, basePath: config.basePath });
console.log(`\nNumérique écoresponsable : ${url}\n(Ctrl+C pour arrêter)`);
