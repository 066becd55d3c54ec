import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_WITH_JS } from '@/lib/pages-with-js.mjs';
import { expandHeaders, headersFor, isDocument, parseHeaders } from '@/scripts/headers.mjs';
import { startSiteServer } from '@/scripts/serve.mjs';
import { FILES, PATHS, writeHeadersSite } from '../helpers/headers-site';
import { nginxHeadersFor, readNginxConf } from '../helpers/nginx-conf';

const source = fs.readFileSync('public/_headers', 'utf8');
const generated = expandHeaders(source, { pagesWithJs: PAGES_WITH_JS, files: FILES });
const rules = parseHeaders(generated);
const csp = (sitePath: string) => headersFor(rules, sitePath)['Content-Security-Policy'] ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `));

describe('the Content-Security-Policy of the export (out/_headers, from public/_headers)', () => {
  it('lets no page run JavaScript', () => {
    for (const page of [
      '/',
      '/actualites/x/',
      '/actualites/x/index.html',
      '/404.html',
      '/absente/',
    ]) {
      const policy = csp(page);
      expect(directive(policy, 'script-src'), page).toBe("script-src 'none'");
      expect(directive(policy, 'worker-src'), page).toBe("worker-src 'none'");
      expect(directive(policy, 'default-src'), page).toBe("default-src 'self'");
      expect(directive(policy, 'object-src'), page).toBe("object-src 'none'");
      expect(directive(policy, 'frame-ancestors'), page).toBe("frame-ancestors 'none'");
      expect(directive(policy, 'base-uri'), page).toBe("base-uri 'self'");
      expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });

  it('lets the pages of lib/pages-with-js.mjs run the site’s scripts and WebAssembly, nothing inline', () => {
    expect(Object.keys(PAGES_WITH_JS)).toContain('/recherche/');
    for (const page of Object.keys(PAGES_WITH_JS)) {
      for (const address of [page, `${page}index.html`]) {
        const policy = csp(address);
        expect(directive(policy, 'script-src'), address).toBe(
          "script-src 'self' 'wasm-unsafe-eval'",
        );
        expect(policy, address).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      }
    }
    // Only those: a script of the search page is not a page.
    expect(directive(csp('/recherche/recherche.js'), 'script-src')).toBe("script-src 'none'");
  });

  it('serves documents in a sandbox where nothing runs, PDFs excepted', () => {
    for (const document of ['/media/x.svg', '/img/x.svg', '/docs/x.docx', '/feed.xml']) {
      const policy = csp(document);
      expect(directive(policy, 'sandbox'), document).toBe('sandbox');
      expect(directive(policy, 'default-src'), document).toBe("default-src 'none'");
      expect(directive(policy, 'script-src'), document).toBeUndefined();
    }
    // Browsers' PDF viewers refuse a sandbox: PDFs keep the page policy, without scripts either.
    expect(directive(csp('/docs/x.pdf'), 'sandbox')).toBeUndefined();
    expect(directive(csp('/docs/x.pdf'), 'script-src')).toBe("script-src 'none'");
  });

  it('tells documents by their extension, whatever the case, and never a page', () => {
    expect(isDocument('/a/b.SVG')).toBe(true);
    expect(isDocument('/feed.xml')).toBe(true);
    expect(isDocument('/a/')).toBe(false);
    expect(isDocument('/a/index.html')).toBe(false);
    expect(isDocument('/a/x.js')).toBe(false);
    expect(isDocument('/a/x.PDF')).toBe(false);
    expect(isDocument('/a.b/c')).toBe(false);
    expect(isDocument('/.well-known')).toBe(false);
  });

  it('gives Pagefind’s worker WebAssembly and its index, nothing else', () => {
    const policy = csp('/pagefind/pagefind-worker.js');
    expect(directive(policy, 'default-src')).toBe("default-src 'none'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  });

  it('writes each class block once per pattern, and nothing of the source’s classes is left', () => {
    expect(generated).not.toMatch(/^\[/m);
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).toEqual(expect.arrayContaining(['/recherche/', '/recherche/index.html']));
    expect(patterns.filter((p) => p.startsWith('/*.')).sort()).toEqual(
      ['/*.avif', '/*.docx', '/*.pf_meta', '/*.svg', '/*.xml'].sort(),
    );
  });

  it('stops on a class it does not know', () => {
    expect(() => expandHeaders('[scripts]\n  X-A: 1\n', { pagesWithJs: {}, files: [] })).toThrow(
      '[scripts]',
    );
  });

  it('sets nosniff, the referrer policy and a permissions policy on every response', () => {
    for (const sitePath of PATHS) {
      const all = headersFor(rules, sitePath);
      expect(all['X-Content-Type-Options'], sitePath).toBe('nosniff');
      expect(all['Referrer-Policy'], sitePath).toBe('strict-origin-when-cross-origin');
      expect(all['Permissions-Policy'], sitePath).toMatch(/camera=\(\).*geolocation=\(\)/);
    }
  });

  it('caches fingerprinted files for a year, and pages not', () => {
    expect(headersFor(rules, '/_next/static/chunks/a.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/media/x-123-480.avif')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/actualites/x/')['Cache-Control']).toBeUndefined();
  });
});

describe('the _headers parser', () => {
  it('applies every matching rule, later ones winning, with * and :placeholders', () => {
    const parsed = parseHeaders(
      '# comment\n/*\n  X-A: 1\n  X-B: 1\n\n/blog/:slug/\n  X-B: 2\n/assets/*\n  X-C: 3\n',
    );
    expect(headersFor(parsed, '/blog/post/')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(parsed, '/blog/a/b/')).toEqual({ 'X-A': '1', 'X-B': '1' });
    expect(headersFor(parsed, '/assets/x/y.css')).toEqual({ 'X-A': '1', 'X-B': '1', 'X-C': '3' });
  });

  it('matches a splat inside a pattern, at any depth (`/*.svg`)', () => {
    const parsed = parseHeaders('/*.svg\n  X-A: 1\n');
    expect(headersFor(parsed, '/a/b/c.svg')).toEqual({ 'X-A': '1' });
    expect(headersFor(parsed, '/a/b/c.svg.html')).toEqual({});
  });

  it('refuses a header line outside a path block', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow('_headers line 1');
  });
});

describe('out/_headers, docs/nginx.conf and npm start agree', () => {
  const nginx = readNginxConf('docs/nginx.conf');
  let server: { url: string; close: () => Promise<void> };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-headers-'));

  beforeAll(async () => {
    writeHeadersSite(dir);
    server = await startSiteServer({ dir });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes out/_headers as the unit under test expands it', () => {
    const written = parseHeaders(fs.readFileSync(path.join(dir, '_headers'), 'utf8'));
    for (const sitePath of PATHS)
      expect(headersFor(written, sitePath), sitePath).toEqual(headersFor(rules, sitePath));
  });

  it('sends the same headers from nginx and from out/_headers, path by path', () => {
    // nginx serves `/recherche/` as `/recherche/index.html` and a missing page as /404.html: its
    // map sees those addresses, which get the same policy.
    for (const sitePath of PATHS)
      expect(nginxHeadersFor(nginx, sitePath), sitePath).toEqual(headersFor(rules, sitePath));
  });

  it('sends the same headers from npm start, path by path', async () => {
    for (const sitePath of PATHS) {
      const response = await fetch(new URL(sitePath.slice(1), server.url));
      const expected = headersFor(rules, sitePath);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${sitePath} ${name}`).toBe(value);
      // What the host does not cache for a year, sirv has revalidated (`no-cache`) or not cached.
      if (!expected['Cache-Control'])
        expect(response.headers.get('cache-control') ?? '', sitePath).not.toContain('max-age');
      expect(response.status, sitePath).toBe(sitePath === '/absente/' ? 404 : 200);
    }
  });

  it('refuses symbolic links in nginx (disable_symlinks)', () => {
    expect(nginx.directives).toContain('disable_symlinks on');
  });
});
