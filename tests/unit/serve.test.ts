import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servableFile, startSiteServer } from '@/scripts/serve.mjs';

/** A request sent exactly as written (fetch would normalise `..` and escapes). */
function get(
  base: string,
  rawPath: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-outside-'));
let site: { url: string; close: () => Promise<void> };
let based: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('index.html', '<!doctype html><title>Accueil</title>');
  write('404.html', '<!doctype html><title>Introuvable</title>');
  write('actualites/x/index.html', '<!doctype html><title>X</title>');
  write('.secret', 'secret');
  write('_headers', '/*\n  X-Content-Type-Options: nosniff\n');
  write('_redirects', '# Former addresses\n/actualites/X-ancien/ /actualites/x/ 301\n');
  write('_redirects.nginx', '"/actualites/X-ancien/" "/actualites/x/";\n');
  fs.writeFileSync(path.join(outside, 'index.html'), 'hors du site');
  fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
  fs.symlinkSync('/etc/passwd', path.join(dir, 'actualites', 'passwd'));
  fs.symlinkSync(outside, path.join(dir, 'dehors'));
  site = await startSiteServer({ dir });
  based = await startSiteServer({ dir, basePath: '/base' });
});

afterAll(async () => {
  await site?.close();
  await based?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('the server of npm start', () => {
  it('answers 400 to a malformed escape, and keeps serving', async () => {
    const bad = await get(site.url, '/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect((await get(site.url, '/')).status).toBe(200);
  });

  it('never follows a symbolic link, to a file or to a folder outside the site', async () => {
    for (const link of ['/passwd.txt', '/actualites/passwd', '/dehors/', '/dehors/index.html']) {
      const response = await get(site.url, link);
      expect(response.status, link).toBe(404);
      expect(response.body, link).not.toMatch(/root:|hors du site/);
      expect(response.body, link).toContain('Introuvable');
    }
    expect(servableFile(fs.realpathSync(dir), '/passwd.txt')).toBeUndefined();
    expect(servableFile(fs.realpathSync(dir), '/actualites/x/')).toBe(
      path.join(fs.realpathSync(dir), 'actualites', 'x', 'index.html'),
    );
  });

  it('does not serve _headers or dotfiles, escaped or not', async () => {
    for (const hidden of ['/_headers', '/%5Fheaders', '/.secret', '/%2Esecret']) {
      const response = await get(site.url, hidden);
      expect(response.status, hidden).toBe(404);
      expect(response.body, hidden).not.toMatch(/nosniff|secret/);
    }
  });

  it('refuses paths with dot segments instead of serving them under another path’s headers', async () => {
    for (const crooked of ['/dehors/../actualites/x/', '/actualites/./x/', '/%2E%2E/etc/passwd']) {
      const response = await get(site.url, crooked);
      expect(response.status, crooked).toBe(404);
      expect(response.body, crooked).not.toContain('root:');
    }
  });

  it('answers a former address of _redirects with a 301, and serves neither redirect file', async () => {
    const moved = await fetch(`${site.url}actualites/X-ancien/?a=1`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/actualites/x/?a=1');
    expect((await fetch(`${site.url}_redirects`)).status).toBe(404);
    expect((await fetch(`${site.url}_redirects.nginx`)).status).toBe(404);
  });

  it('redirects a folder without its slash, with the address as it came', async () => {
    const response = await get(site.url, '/actualites/x?q=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/actualites/x/?q=1');
    // A decoded line break would be a header injection: the escaped path never redirects there.
    expect((await get(site.url, '/actualites/x%0ASet-Cookie:a=b')).status).toBe(404);
  });

  it('answers under its base path only', async () => {
    expect((await get(based.url, '/base')).headers.location).toBe('/base/');
    expect((await get(based.url, '/base/actualites/x/')).status).toBe(200);
    expect((await get(based.url, '/actualites/x/')).status).toBe(404);
    expect((await get(based.url, '/base/%E0%A4%A')).status).toBe(400);
  });
});
