import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '../../scripts/serve.mjs';
import { type BuildResult } from '../helpers/build';
import { cssRefs, htmlRefs, jsonStrings, textRefs } from '../helpers/refs';
import { BASE_PATH, SITE_URL } from '../helpers/seo-fixture';
import { siteBuild } from '../helpers/builds';

/**
 * The site's own content built with BASE_PATH=/sous-dossier (the `site-base-path` variant, which
 * the lean-export, link and search tests read too), as on a Git forge's project page: every
 * reference of every HTML, CSS, XML and JSON file stays under the prefix, and resolves there.
 */
let built: BuildResult;
let out: string;
let server: { url: string; close: () => Promise<void> };
const refsByFile = new Map<string, string[]>();

function filesOf(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => path.join(d.parentPath, d.name));
}

beforeAll(async () => {
  built = siteBuild('site-base-path');
  out = built.outDir;
  for (const file of filesOf(out, /\.(html|css|xml|json|txt)$/)) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(out, file);
    if (file.endsWith('.html')) refsByFile.set(rel, htmlRefs(text));
    else if (file.endsWith('.css')) refsByFile.set(rel, cssRefs(text));
    else if (file.endsWith('.json') && !rel.startsWith('_next')) {
      refsByFile.set(rel, jsonStrings(JSON.parse(text)).flatMap(textRefs));
    } else if (file.endsWith('.xml') || rel === 'robots.txt') refsByFile.set(rel, textRefs(text));
  }
  server = await startSiteServer({ dir: out, basePath: BASE_PATH, headers: {} });
});

afterAll(async () => {
  await server?.close();
});

/** Internal references: site paths and URLs on the canonical origin. */
function internal(ref: string): boolean {
  return (ref.startsWith('/') && !ref.startsWith('//')) || ref.startsWith(`${SITE_URL}/`);
}

describe('a build under a base path', () => {
  it('succeeds', () => {
    expect(built.status, built.output).toBe(0);
    expect(refsByFile.size).toBeGreaterThan(25);
  });

  it('keeps every internal reference of every page, stylesheet, feed and sitemap under the prefix', () => {
    const escaped: string[] = [];
    let checked = 0;
    for (const [file, refs] of refsByFile) {
      for (const ref of refs.filter(internal)) {
        checked += 1;
        const sitePath = ref.startsWith(SITE_URL) ? ref.slice(SITE_URL.length) : ref;
        if (!sitePath.startsWith(`${BASE_PATH}/`)) escaped.push(`${file}: ${ref}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(escaped).toEqual([]);
  });

  it('covers every kind of reference: stylesheet, images, canonical, feeds, sitemap', () => {
    const all = [...refsByFile.values()].flat();
    const has = (pattern: RegExp) => all.some((ref) => pattern.test(ref));
    expect(has(new RegExp(`^${BASE_PATH}/_next/static/.+\\.css$`))).toBe(true);
    expect(has(new RegExp(`^${BASE_PATH}/media/.+\\.avif$`))).toBe(true);
    expect(has(new RegExp(`^${SITE_URL}${BASE_PATH}/img/og-default\\.png$`))).toBe(true);
    expect(has(new RegExp(`^${SITE_URL}${BASE_PATH}/feed\\.xml$`))).toBe(true);
    expect(has(new RegExp(`^${SITE_URL}${BASE_PATH}/sitemap\\.xml$`))).toBe(true);
    const robots = fs.readFileSync(path.join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}${BASE_PATH}/sitemap.xml`);
  });

  it('serves every internal reference under the prefix', async () => {
    const urls = new Set<string>();
    for (const refs of refsByFile.values()) {
      for (const ref of refs.filter(internal)) {
        const sitePath = ref.startsWith(SITE_URL) ? ref.slice(SITE_URL.length) : ref;
        const clean = sitePath.split('#')[0] ?? '';
        if (clean) urls.add(clean);
      }
    }
    const origin = new URL(server.url).origin;
    const broken: string[] = [];
    for (const url of urls) {
      const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status !== 200) broken.push(`${response.status} ${url}`);
    }
    expect(urls.size).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('answers the site’s pages at the prefix only', async () => {
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}${BASE_PATH}/actualites/`)).status).toBe(200);
    expect((await fetch(`${origin}/actualites/`)).status).toBe(404);
  });
});
