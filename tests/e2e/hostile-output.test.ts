import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '../../scripts/serve.mjs';
import { siteBuild } from '../helpers/builds';
import { launchBrowser, newPage } from '../helpers/browser';

/**
 * The site built from hostile content (SVG with scripts, a GIF/JavaScript polyglot, markup in
 * descriptions and titles: HOSTILE_SOURCES of tests/helpers/builds.ts), served with the export's
 * own headers as `npm start` serves them: every file of out/, opened directly in Chromium, runs
 * nothing. The payloads all call alert(), so a dialog is the proof that something ran.
 */

const everyFile = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`)
    .filter((p) => !/^\/_(headers|redirects)/.test(p))
    .sort();

describe('every file of the hostile build, opened in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let site: { url: string; close: () => Promise<void> };
  let outDir = '';

  beforeAll(async () => {
    const build = siteBuild('hostile');
    if (build.status !== 0) throw new Error(build.output.slice(-3000));
    outDir = build.outDir;
    site = await startSiteServer({ dir: outDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows no dialog and logs no page error, file after file', async () => {
    const files = everyFile(outDir);
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.startsWith('/media/'))).toBe(true);
    // The posts of each hostile fixture: images that are code, feeds, legacy HTML.
    for (const post of ['images-piegees', 'description-script', 'titre-piege'])
      expect(files, post).toContain(`/actualites/${post}/index.html`);
    const ran: string[] = [];
    const page = await newPage(browser, { viewport: { width: 800, height: 600 } });
    try {
      let current = '';
      page.on('dialog', (dialog) => {
        ran.push(`${current}: ${dialog.type()} « ${dialog.message()} »`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => ran.push(`${current}: ${error.message}`));
      for (const file of files) {
        current = file;
        // A download (a PDF, a CSV served as an attachment) is no page: nothing to run either.
        await page
          .goto(`${site.url}${file.slice(1)}`, { waitUntil: 'load' })
          .catch(() => undefined);
      }
    } finally {
      await page.context().close();
    }
    expect(ran).toEqual([]);
  }, 300_000);
});

describe('the detector of the test above', () => {
  it('does see a dialog when a file runs script (no headers, a page with alert)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'detector-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script>alert("ran")</script>');
    const site = await startSiteServer({ dir, hostHeaders: false });
    const browser = await launchBrowser();
    try {
      const page = await newPage(browser, { viewport: { width: 800, height: 600 } });
      const seen: string[] = [];
      page.on('dialog', (dialog) => {
        seen.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(site.url, { waitUntil: 'load' });
      expect(seen).toEqual(['ran']);
    } finally {
      await browser.close();
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
