/**
 * docs/nginx.conf run by a real nginx (skipped where none is installed; CI installs nginx-light):
 * the file loads, sends the headers of out/_headers path by path, and refuses symbolic links.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeadersFile } from '@/scripts/headers.mjs';
import { PATHS, writeHeadersSite } from '../helpers/headers-site';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

describe.skipIf(!fs.existsSync(NGINX))('docs/nginx.conf in nginx', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const site = path.join(work, 'out');
  let nginx: ChildProcess | undefined;
  let base = '';
  let log = '';

  beforeAll(async () => {
    fs.mkdirSync(site);
    writeHeadersSite(site);
    fs.symlinkSync('/etc/passwd', path.join(site, 'passwd.txt'));
    fs.writeFileSync(
      path.join(site, '_redirects.nginx'),
      '# Former addresses\n"/actualites/APNR2025/" "/actualites/apnr2025/";\n',
    );
    const port = await freePort();
    const server = fs
      .readFileSync('docs/nginx.conf', 'utf8')
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/root \S+;/, `root ${site};`)
      .replace('/var/www/numerique-ecoresponsable/out/', `${site}/`);
    const temp = (name: string) => `${name} ${path.join(work, name)};`;
    // One process, no user switch (master_process off): it reads the files as the test does.
    const conf = `daemon off;
master_process off;
error_log stderr warn;
pid ${path.join(work, 'nginx.pid')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n  ')}
${server}
}
`;
    fs.writeFileSync(path.join(work, 'nginx.conf'), conf);
    nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'pipe' });
    nginx.stderr?.on('data', (chunk) => (log += chunk));
    base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await fetch(base);
        break;
      } catch (error) {
        if (tries > 50 || nginx.exitCode !== null)
          throw new Error(`nginx did not start:\n${log}`, { cause: error });
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  afterAll(() => {
    nginx?.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('sends the headers of out/_headers, path by path', async () => {
    const rules = readHeadersFile(path.join(site, '_headers'));
    for (const sitePath of PATHS) {
      const response = await fetch(`${base}${sitePath}`, { redirect: 'manual' });
      expect(response.status, sitePath).toBe(sitePath === '/absente/' ? 404 : 200);
      const expected = headersFor(rules, sitePath);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${sitePath} ${name}`).toBe(value);
      if (!expected['Cache-Control'])
        expect(response.headers.get('cache-control'), sitePath).toBeNull();
    }
  });

  it('refuses a symbolic link, and answers 400 to a malformed escape', async () => {
    const link = await fetch(`${base}/passwd.txt`);
    expect([403, 404]).toContain(link.status);
    expect(await link.text()).not.toContain('root:');
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  });

  it('does not serve _headers nor the redirect files', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
    expect((await fetch(`${base}/_redirects.nginx`)).status).toBe(404);
  });

  it('answers a former address with a 301 to its page', async () => {
    const response = await fetch(`${base}/actualites/APNR2025/`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', base).pathname).toBe(
      '/actualites/apnr2025/',
    );
  });
});
