/**
 * The static server of `npm start` and of the browser tests: sirv (a maintained static file
 * server) over out/, answering unknown paths with out/404.html and a 404 status, as static hosts
 * do. With a base path, the site answers under that prefix only. Responses carry the headers of
 * `<dir>/_headers` (the static hosts' file, written by the build), plus `headers` if given.
 *
 * Only regular files inside the folder are served: a symbolic link, wherever it points, is
 * answered as missing (as nginx does with `disable_symlinks on`), and so are dotfiles.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from './headers.mjs';

/**
 * The `from to 301` lines of a `_redirects` file (Netlify, Cloudflare Pages), as site paths.
 * @param {string} file
 * @param {string} basePath
 * @returns {Map<string, string>}
 */
export function readRedirectsFile(file, basePath = '') {
  const redirects = new Map();
  if (!fs.existsSync(file)) return redirects;
  const strip = (/** @type {string} */ p) =>
    basePath && p.startsWith(`${basePath}/`) ? p.slice(basePath.length) : p;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || (status && status !== '301')) continue;
    redirects.set(strip(from), strip(to));
  }
  return redirects;
}

/**
 * The file sirv serves for a decoded site path, in sirv's order of candidates (`/a/` -> `/a`,
 * `/a/index`, `/a.html`, `/a/index.html`), if it is a regular file reached through no symbolic
 * link; undefined otherwise.
 * @param {string} root real path of the served folder
 * @param {string} sitePath decoded, without the base path
 */
export function servableFile(root, sitePath) {
  const uri = sitePath.endsWith('/') ? sitePath.slice(0, -1) : sitePath;
  const candidates = ['', '.html'].flatMap((ext) => [
    ...(uri ? [uri + ext] : []),
    `${uri}/index${ext}`,
  ]);
  for (const candidate of candidates) {
    const file = path.normalize(path.join(root, candidate));
    if (!file.startsWith(`${root}${path.sep}`)) return undefined;
    let stats;
    try {
      stats = fs.statSync(file);
    } catch {
      continue;
    }
    if (stats.isDirectory()) continue;
    // The one sirv would serve: through no link at any level, and a plain file.
    return isPlainPath(root, file) ? file : undefined;
  }
  return undefined;
}

/**
 * Whether every component of `file` below `root` is a real directory or file, not a link.
 * @param {string} root @param {string} file
 */
function isPlainPath(root, file) {
  let current = root;
  for (const part of path.relative(root, file).split(path.sep)) {
    current = path.join(current, part);
    const stats = fs.lstatSync(current, { throwIfNoEntry: false });
    if (!stats || stats.isSymbolicLink()) return false;
  }
  return fs.lstatSync(file).isFile();
}

/**
 * @param {{ dir: string, basePath?: string, headers?: Record<string, string>,
 *   hostHeaders?: boolean }} options
 */
export function createSiteServer({ dir, basePath = '', headers = {}, hostHeaders = true }) {
  const root = fs.existsSync(dir) ? fs.realpathSync(dir) : path.resolve(dir);
  // `dev: true`: sirv looks files up on each request instead of listing the folder at start (its
  // listing follows links, into whatever they point to); servableFile has checked the file first.
  const serveFiles = sirv(root, { dev: true, etag: true, dotfiles: false, extensions: ['html'] });
  // `hostHeaders: false` serves without them (tests compare a page with and without its CSP).
  const hostRules = hostHeaders ? readHeadersFile(path.join(root, '_headers')) : [];
  const redirects = readRedirectsFile(path.join(root, '_redirects'), basePath);

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  function handle(req, res) {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = queryAt < 0 ? '' : url.slice(queryAt);
    if (basePath && rawPath === basePath) {
      res.writeHead(301, { Location: `${basePath}/` }).end();
      return;
    }
    const inSite = !basePath || rawPath.startsWith(`${basePath}/`);
    const rawSitePath = inSite ? rawPath.slice(basePath.length) : rawPath;
    let sitePath;
    try {
      sitePath = decodeURI(rawSitePath);
    } catch {
      sitePath = undefined; // a malformed escape (`/%E0%A4%A`)
    }
    if (sitePath === undefined || sitePath.includes('\0') || !sitePath.startsWith('/')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request');
      return;
    }
    const all = { ...headersFor(hostRules, sitePath), ...headers };
    for (const [name, value] of Object.entries(all)) res.setHeader(name, value);

    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      const page = servableFile(root, '/404.html');
      if (!page) return void res.end('404');
      fs.createReadStream(page)
        .on('error', () => res.end('404'))
        .pipe(res);
    };
    // The headers are those of the path as written: `/pagefind/../actualites/` must not be served
    // as a page with the policy of /pagefind/. Browsers never send such paths, nginx merges them.
    if (!inSite || path.posix.normalize(sitePath) !== sitePath) return notFound();
    // Static hosts read _headers and never serve it; dotfiles are never part of the site.
    if (
      /^\/_(?:headers|redirects(?:\.nginx)?)$/.test(sitePath) ||
      /\/\.(?!well-known\/)/.test(sitePath)
    )
      return notFound();
    // Former addresses answer with a real 301, as hosts that read _redirects do.
    const moved = redirects.get(sitePath);
    if (moved) {
      res.writeHead(301, { Location: `${basePath}${moved}${query}` }).end();
      return;
    }

    // A directory without its trailing slash: redirect, as static hosts do, so relative URLs work.
    // The address is sent as it came (still escaped): decoded, it could hold a line break.
    if (!sitePath.endsWith('/') && !path.extname(sitePath)) {
      const index = servableFile(root, `${sitePath}/index.html`);
      if (index && index === path.join(root, sitePath, 'index.html')) {
        res.writeHead(301, { Location: `${rawPath}/${query}` }).end();
        return;
      }
    }
    if (!servableFile(root, sitePath)) return notFound();
    req.url = rawSitePath + query;
    serveFiles(req, res, notFound);
  }

  return http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    }
  });
}

/**
 * Starts a server and resolves with its address once it listens. Port 0 picks a free one.
 * @param {{ dir: string, port?: number, host?: string, basePath?: string,
 *   headers?: Record<string, string>, hostHeaders?: boolean }} options
 * @returns {Promise<{ server: http.Server, url: string, close: () => Promise<void> }>}
 */
export function startSiteServer({
  dir,
  port = 0,
  host = '127.0.0.1',
  basePath = '',
  headers,
  hostHeaders,
}) {
  const server = createSiteServer({ dir, basePath, headers, hostHeaders });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `http://${host}:${actualPort}${basePath}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
