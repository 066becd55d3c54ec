/**
 * The static server of `npm start` and of the browser tests: sirv (a maintained static file
 * server) over out/, answering unknown paths with out/404.html and a 404 status, as static hosts
 * do. With a base path, the site answers under that prefix only. Responses carry the headers of
 * `<dir>/_headers` (the static hosts' file, from public/_headers), plus `headers` if given.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from './headers.mjs';

/**
 * @param {{ dir: string, basePath?: string, headers?: Record<string, string>,
 *   hostHeaders?: boolean }} options
 */
export function createSiteServer({ dir, basePath = '', headers = {}, hostHeaders = true }) {
  const serveFiles = sirv(dir, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  const notFoundPage = path.join(dir, '404.html');
  // `hostHeaders: false` serves without them (tests compare a page with and without its CSP).
  const hostRules = hostHeaders ? readHeadersFile(path.join(dir, '_headers')) : [];
  return http.createServer((req, res) => {
    const sitePath = (req.url ?? '/').split('?')[0]?.slice(basePath.length) || '/';
    const all = { ...headersFor(hostRules, sitePath), ...headers };
    for (const [name, value] of Object.entries(all)) res.setHeader(name, value);
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      fs.createReadStream(notFoundPage)
        .on('error', () => res.end('404'))
        .pipe(res);
    };
    const url = req.url ?? '/';
    if (basePath) {
      if (url === basePath) {
        res.writeHead(301, { Location: `${basePath}/` }).end();
        return;
      }
      if (!url.startsWith(`${basePath}/`)) return notFound();
      req.url = url.slice(basePath.length);
    }
    // Static hosts read _headers and never serve it.
    if (req.url === '/_headers' || req.url?.startsWith('/_headers?')) return notFound();
    // A directory without its trailing slash: redirect, as static hosts do, so relative URLs work.
    const pathname = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!pathname.endsWith('/') && !path.extname(pathname)) {
      const index = path.join(dir, pathname, 'index.html');
      if (fs.existsSync(index)) {
        const query = (req.url ?? '').includes('?')
          ? (req.url ?? '').slice((req.url ?? '').indexOf('?'))
          : '';
        res.writeHead(301, { Location: `${basePath}${pathname}/${query}` }).end();
        return;
      }
    }
    serveFiles(req, res, notFound);
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
