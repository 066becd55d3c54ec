import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage, ROOT, runBuild, type BuildResult } from '../helpers/build';
import { BUILD_ENVS, HOSTILE_CONTENT, siteBuild } from '../helpers/builds';

/** Where the build finds the safety fixture's posts: the hostile content source, copied. */
const SAFETY_POSTS = path.relative(ROOT, path.join(HOSTILE_CONTENT, 'actualites'));

/** Every file of a folder with a hash of its bytes and its modification time. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const full = path.join(d.parentPath, d.name);
    const hash = crypto.createHash('sha1').update(fs.readFileSync(full)).digest('hex');
    files[path.relative(dir, full)] = `${hash} ${fs.statSync(full).mtimeMs}`;
  }
  return files;
}

/** A build that fails, run over the published site of this file's build (not cached: its subject). */
const buildOver = (outDir: string, name: keyof typeof BUILD_ENVS) =>
  runBuild(name, BUILD_ENVS[name], outDir);

let build: BuildResult;
beforeAll(() => {
  build = siteBuild('hostile');
});

describe('a build of content with hostile or legacy HTML', () => {
  it('succeeds, and reports each removal with path:line', () => {
    expect(build.status, build.output).toBe(0);
    // In the check's format (`path:line:column: warning: ...`) or the build's (`path:line: warning: ...`).
    expect(build.output).toMatch(
      new RegExp(
        `${SAFETY_POSTS.replace(/\./g, '\\.')}/titre-piege\\.md:8(:18)?: warning: html: <a>: event attribute « onclick » removed \\(content cannot run code\\)`,
      ),
    );
  });

  it('resolves the links and #fragments the content writes (the link check names none)', () => {
    expect(build.output).not.toMatch(/« [^»]*(#une-section|anciens-encadres|titre-piege)[^»]*»/);
  });

  it('renders a title containing <script> as escaped text, in the page and in <title>', () => {
    const html = readPage(build.outDir, '/actualites/titre-piege/');
    expect(html).toMatch(
      /<h1[^>]*>&lt;script&gt;alert\(&quot;titre&quot;\)&lt;\/script&gt; Un titre/,
    );
    expect(html).toMatch(
      /<title>&lt;script&gt;alert\(&quot;titre&quot;\)&lt;\/script&gt; Un titre/,
    );
    for (const page of htmlPages(build.outDir)) {
      const text = readPage(build.outDir, page);
      expect(text, page).not.toContain('<script>alert');
      expect(text, page).not.toMatch(/<img src="?x"? onerror/);
    }
  });

  it('drops event handlers, styles, classes and targets written in content', () => {
    const html = readPage(build.outDir, '/actualites/titre-piege/');
    const link = /<a href="\/actualites\/"[^>]*>toutes les actualités<\/a>/.exec(html)?.[0];
    expect(link).toBe('<a href="/actualites/">toutes les actualités</a>');
    expect(html).not.toContain('track()');
    expect(html).not.toContain('color: red');
  });

  it('renders the former site’s highlight and callout boxes with the site’s components', () => {
    const html = readPage(build.outDir, '/actualites/anciens-encadres/');
    expect(html).toMatch(
      /<div class="border-l-4 border-brand[^"]*">\s*<p><strong>Webinaire le 8 décembre<\/strong>/,
    );
    expect(html).toMatch(
      /<aside aria-label="Consultation publique"[^>]*><p class="[^"]*">Consultation publique<\/p>[\s\S]*Une consultation est ouverte à tous\.[\s\S]*<p><a href="\/actualites\/">Participer à la consultation<\/a><\/p>/,
    );
    expect(html).not.toContain('fr-callout');
    expect(html).not.toContain('fr-highlight');
  });

  it('turns YouTube and Dailymotion iframes into cards that link to the video and load nothing from the host', () => {
    const html = readPage(build.outDir, '/actualites/anciens-encadres/');
    expect(html).not.toContain('<iframe');
    expect(html).not.toMatch(/youtube-nocookie|ytimg|dmcdn|srcdoc/i);
    expect(html).toMatch(
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=x5P3uM43MnY"[^>]*>[\s\S]*?Voir la table ronde/,
    );
    expect(html).toMatch(
      /<a href="https:\/\/www\.dailymotion\.com\/video\/x85y2zz"[^>]*>[\s\S]*?Voir la conférence/,
    );
    // The poster is the site's own image, optimised like any other.
    const poster = /<img src="(\/media\/affiche-video-[^"]+)"/.exec(html)?.[1];
    expect(poster).toBeDefined();
    expect(fs.existsSync(path.join(build.outDir, poster ?? ''))).toBe(true);
    // Every resource the page loads is the site's own.
    for (const [, url] of html.matchAll(/\b(?:src|srcSet|srcset)="([^"]+)"/g)) {
      expect(url, url).toMatch(/^\//);
    }
  });

  it('renders the registered components in .mdx', () => {
    const html = readPage(build.outDir, '/actualites/composants/');
    expect(html).toContain('Un passage <strong>mis en avant</strong>.');
    expect(html).toMatch(/<aside aria-label="À retenir"/);
    expect(html).toMatch(/<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/);
  });

  it('publishes the headers file for static hosts, written out for this export', () => {
    const headers = fs.readFileSync(path.join(build.outDir, '_headers'), 'utf8');
    expect(headers).toContain("script-src 'none'");
    // The source's class blocks, written as patterns: the search page, and each document type.
    expect(headers).not.toMatch(/^\[/m);
    expect(headers).toMatch(
      /^\/recherche\/index\.html\n {2}Content-Security-Policy: .*script-src 'self'/m,
    );
    expect(headers).toMatch(/^\/\*\.xml\n {2}Content-Security-Policy: .*sandbox/m);
  });
});

describe('a failed build leaves the previous site untouched', () => {
  it('stops on a content error before writing anything', () => {
    expect(build.status, build.output).toBe(0);
    const before = snapshot(build.outDir);
    const bad = buildOver(build.outDir, 'bad-content');
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(
      /tests\/fixtures\/bad-content\/script\/actualites\/script\.md:8(:1: error)?: html: <script> is not allowed: content cannot run code \(remove it\)/,
    );
    expect(bad.output).toContain('Build stopped');
    expect(snapshot(build.outDir)).toEqual(before);
  });

  it('stops on a broken link after next build, and puts nothing in place of the previous site', () => {
    expect(build.status, build.output).toBe(0);
    const before = snapshot(build.outDir);
    const bad = buildOver(build.outDir, 'broken-fragment');
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('/actualites/lien-casse/#section-absente');
    expect(snapshot(build.outDir)).toEqual(before);
  });
});
