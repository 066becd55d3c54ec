import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, readHeadersFile } from '@/scripts/headers.mjs';
import { startSiteServer } from '@/scripts/serve.mjs';

const rules = readHeadersFile('public/_headers');
const all = headersFor(rules, '/actualites/x/');
const csp = all['Content-Security-Policy'] ?? '';
const directive = (name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('the security headers of public/_headers', () => {
  it('sets a strict Content-Security-Policy on every page', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(directive('default-src')).toBe("default-src 'self'");
    // Pagefind (the search page) runs WebAssembly: that, and the site's own files, nothing else.
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
  });

  it('sets nosniff, the referrer policy and a permissions policy', () => {
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('caches fingerprinted files for a year, and pages not', () => {
    expect(headersFor(rules, '/_next/static/chunks/a.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/media/x-123-480.avif')['Cache-Control']).toContain('immutable');
    expect(all['Cache-Control']).toBeUndefined();
  });

  it('says the same in docs/nginx.conf', () => {
    const nginx = fs.readFileSync('docs/nginx.conf', 'utf8');
    const pageHeaders = headersFor(rules, '/');
    for (const [name, value] of Object.entries(pageHeaders)) {
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
    }
    // nginx drops server-level add_header in a location with its own: every header is repeated.
    const location = nginx.slice(nginx.indexOf('location ~'));
    for (const name of Object.keys(pageHeaders))
      expect(location, name).toContain(`add_header ${name} `);
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

  it('refuses a header line outside a path block', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow('_headers line 1');
  });
});

describe('npm start serves with the same headers', () => {
  let server: { url: string; close: () => Promise<void> };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-headers-'));
  beforeAll(async () => {
    fs.copyFileSync('public/_headers', path.join(dir, '_headers'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Accueil</title>');
    fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Introuvable</title>');
    server = await startSiteServer({ dir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the CSP and the other headers with pages and with 404s', async () => {
    for (const [pathname, status] of [
      ['', 200],
      ['absente/', 404],
    ] as const) {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('does not serve the _headers file itself', async () => {
    const response = await fetch(`${server.url}_headers`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy');
  });
});
