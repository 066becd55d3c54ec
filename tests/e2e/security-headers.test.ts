import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '@/scripts/serve.mjs';
import { buildSite, FIXTURE_BUILD_TIME, FIXTURES, readPage } from '../helpers/build';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/scripts/chromium.mjs';

const ENV = {
  CONTENT_DIR: path.join(FIXTURES, 'safety-content'),
  BUILD_TIME: FIXTURE_BUILD_TIME,
  LINKS: 'warn',
};
const PAGES = ['/', '/actualites/', '/actualites/anciens-encadres/', '/actualites/titre-piege/'];

let browser: Browser;
let withHeaders: { url: string; close: () => Promise<void> };
let withoutHeaders: { url: string; close: () => Promise<void> };
let outDir: string;

beforeAll(async () => {
  const build = buildSite('safety', ENV);
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
