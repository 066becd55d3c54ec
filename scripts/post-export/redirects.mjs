import fs from 'node:fs';
import path from 'node:path';
import { exportSite } from './export-site.mjs';

export const MANIFEST = 'redirects.json';

/**
 * Former addresses (`aliases:` in front matter) keep answering: a redirect page at each one
 * (works on any static host), `_redirects` with real 301s (Netlify, Cloudflare Pages) and
 * `_redirects.nginx` for nginx's `map` (docs/nginx.conf includes it). Reads the manifest the
 * build wrote (app/redirects.json), then removes it: it is not part of the site.
 * @param {string} outDir
 * @param {{ site?: import('./export-site.mjs').ExportSite }} [options]
 */
export function writeRedirects(outDir, { site: given } = {}) {
  const site = exportSite(outDir, given);
  const manifestFile = path.join(outDir, MANIFEST);
  const header = '# Former addresses of pages (aliases:, redirects.yaml), written by the build.\n';
  // Always there: docs/nginx.conf includes it.
  site.write(path.join(outDir, '_redirects.nginx'), header);
  if (!site.has(manifestFile)) return;
  /** @type {{ redirects: { from: string, to: string, html: string }[] }} */
  const { redirects } = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  site.remove(manifestFile);
  const rules = [];
  const nginx = [];
  for (const { from, to, html } of redirects) {
    rules.push(`${from} ${to} 301`);
    nginx.push(`${JSON.stringify(from)} ${JSON.stringify(to)};`);
    // A former address with an extension (`/docs/x.pdf`) can only be a host rule.
    if (path.extname(from)) continue;
    const file = path.join(outDir, ...from.split('/').filter(Boolean), 'index.html');
    if (!path.resolve(file).startsWith(path.resolve(outDir) + path.sep))
      throw new Error(`former address ${from} is outside the site`);
    if (fs.existsSync(file)) {
      // On a case-insensitive disk (macOS), /actualites/S2E2/ is the page /actualites/s2e2/
      // itself: nothing to write, the page answers there. A real page at the address is an error.
      if (fs.realpathSync.native(file) !== path.resolve(file)) continue;
      throw new Error(`former address ${from} is also a page of the site: remove it from aliases`);
    }
    site.write(file, html);
  }
  if (rules.length === 0) return;
  fs.appendFileSync(path.join(outDir, '_redirects'), header + rules.join('\n') + '\n');
  site.add(path.join(outDir, '_redirects'));
  site.write(path.join(outDir, '_redirects.nginx'), header + nginx.join('\n') + '\n');
}
