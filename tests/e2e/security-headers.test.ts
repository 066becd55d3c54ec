import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSiteHeaders } from '@/scripts/headers.mjs';
import { startSiteServer } from '@/scripts/serve.mjs';
import { readPage } from '../helpers/build';
import { siteBuild } from '../helpers/builds';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/chromium.mjs';

const PAGES = ['/', '/actualites/', '/actualites/anciens-encadres/', '/actualites/titre-piege/'];

let browser: Browser;
let withHeaders: { url: string; close: () => Promise<void> };
let withoutHeaders: { url: string; close: () => Promise<void> };
let outDir: string;

beforeAll(async () => {
  const build = siteBuild('hostile');
  expect(build.status, build.output.slice(-2000)).toBe(0);
  outDir = build.outDir;
  withHeaders = await startSiteServer({ dir: outDir });
  withoutHeaders = await startSiteServer({ dir: outDir, hostHeaders: false });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
  await withoutHeaders?.close();
});

async function visit(base: string, sitePath: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const messages: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base.replace(/\/$/, ''))) foreign.push(r.url());
  });
  const response = await page.goto(`${base}${sitePath.slice(1)}`, { waitUntil: 'networkidle' });
  const shot = await page.screenshot({ fullPage: true });
  await page.close();
  return { response, messages, foreign, shot };
}

describe('the site under its Content-Security-Policy, in Chromium', () => {
  for (const sitePath of PAGES) {
    it(`renders ${sitePath} exactly as without the headers, with no CSP violation`, async () => {
      const strict = await visit(withHeaders.url, sitePath);
      const open = await visit(withoutHeaders.url, sitePath);
      expect(strict.response?.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(open.response?.headers()['content-security-policy']).toBeUndefined();

      const violations = strict.messages.filter((m) => /Content Security Policy/i.test(m));
      // The lean export leaves no inline script that runs (JSON-LD is data, not code), so a strict
      // policy without 'unsafe-inline' blocks nothing: no violation at all, styles and images included.
      const inlineScripts = [
        ...readPage(outDir, sitePath).matchAll(
          /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/g,
        ),
      ].length;
      expect(inlineScripts).toBe(0);
      expect(violations).toEqual([]);

      expect(strict.foreign).toEqual([]);
      expect(Buffer.compare(strict.shot, open.shot), 'screenshots differ').toBe(0);
    });
  }
});

describe('a hostile file under the headers of the export, in Chromium', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  let hostile: { url: string; close: () => Promise<void> };
  const RAN = 'exécuté';
  const files: Record<string, string> = {
    '404.html': '<!doctype html><title>Introuvable</title>',
    'piege.js': `document.title = '${RAN}';`,
    // A page that slipped past the sanitizer: a site script, an inline one, an event attribute.
    'actualites/piege/index.html': `<!doctype html><title>avant</title><script src="/piege.js"></script><script>document.title = '${RAN}';</script><img src="/absente.png" onerror="document.title = '${RAN}'">`,
    // A document opened directly: an SVG with a script and an event attribute.
    'media/piege.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.title = '${RAN}'"><title>avant</title><script>document.title = '${RAN}';</script><rect width="10" height="10" style="fill: green"/></svg>`,
  };

  beforeAll(async () => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // As the build writes it (scripts/build.mjs), for these files.
    fs.copyFileSync('public/_headers', path.join(dir, '_headers'));
    writeSiteHeaders(dir);
    hostile = await startSiteServer({ dir });
  });

  afterAll(async () => {
    await hostile?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(sitePath: string) {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|sandboxed/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${hostile.url}${sitePath.slice(1)}`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const title = await page.evaluate(() => document.title);
    const origin = await page.evaluate(() => self.origin);
    await page.close();
    return { response, title, origin, violations };
  }

  it('runs no script on a page: neither a site script, nor inline, nor an event attribute', async () => {
    const { response, title, violations } = await open('/actualites/piege/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'none'");
    expect(title).toBe('avant');
    expect(violations.length).toBeGreaterThanOrEqual(1);
  });

  it('runs nothing in an SVG opened directly, sandboxed in an origin of its own', async () => {
    const { response, title, origin } = await open('/media/piege.svg');
    expect(response?.headers()['content-security-policy']).toMatch(/(^|; )sandbox(;|$)/);
    expect(title).toBe('avant');
    expect(origin).toBe('null');
  });
});
