import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  fileOfSitePath,
  normalizeBasePath,
  readConfig,
  sitePathOfFile,
  withBasePath,
  withoutBasePath,
} from '@/lib/config.mjs';

describe('readConfig', () => {
  it('gives the defaults when no variable is set', () => {
    expect(readConfig({})).toEqual({
      contentDir: 'content',
      links: 'error',
      basePath: '',
      siteUrl: 'https://ecoresponsable.numerique.gouv.fr',
      buildTime: undefined,
      outDir: 'out',
      siteExportDir: undefined,
      leanExport: true,
      compileCache: true,
      checkThreads: undefined,
      pageWorkers: undefined,
      port: 3000,
      chromiumPath: '/usr/bin/chromium',
      preview: false,
      githubActions: false,
      testRunId: undefined,
    });
  });

  it('treats an empty variable as unset (`LINKS= npm run build`)', () => {
    expect(readConfig({ LINKS: '', CONTENT_DIR: ' ', PORT: '', BUILD_TIME: '' })).toMatchObject({
      links: 'error',
      contentDir: 'content',
      port: 3000,
      buildTime: undefined,
    });
  });

  it('reads each variable into its typed setting', () => {
    const config = readConfig({
      CONTENT_DIR: '../corpus',
      LINKS: 'warn',
      BASE_PATH: 'sous-dossier/',
      SITE_URL: 'https://example.org/',
      BUILD_TIME: '2026-11-30T12:00:00+01:00',
      OUT_DIR: '/tmp/site',
      SITE_EXPORT_DIR: '.build/out-1',
      LEAN_EXPORT: '0',
      COMPILE_CACHE: '0',
      CHECK_THREADS: '2',
      PAGE_WORKERS: '1',
      PORT: '8080',
      CHROMIUM_PATH: '/opt/chromium',
      NODE_ENV: 'development',
      GITHUB_ACTIONS: 'true',
      TEST_RUN_ID: '42',
    });
    expect(config).toEqual({
      contentDir: '../corpus',
      links: 'warn',
      basePath: '/sous-dossier',
      siteUrl: 'https://example.org',
      buildTime: Date.UTC(2026, 10, 30, 11),
      outDir: '/tmp/site',
      siteExportDir: '.build/out-1',
      leanExport: false,
      compileCache: false,
      checkThreads: 2,
      pageWorkers: 1,
      port: 8080,
      chromiumPath: '/opt/chromium',
      preview: true,
      githubActions: true,
      testRunId: '42',
    });
  });

  it('is frozen', () => {
    const config = readConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => Object.assign(config, { links: 'warn' })).toThrow(TypeError);
  });

  it.each([
    ['LINKS', 'warning', /^LINKS="warning" is not valid: « warn »/],
    ['BASE_PATH', '/a b', /^BASE_PATH="\/a b" is not valid: write a path such as \/sous-dossier/],
    ['BASE_PATH', 'https://example.org/x', /^BASE_PATH="https:\/\/example.org\/x" is not valid/],
    ['BASE_PATH', '/a//b', /^BASE_PATH="\/a\/\/b" is not valid/],
    ['BASE_PATH', '/a/../b', /^BASE_PATH="\/a\/..\/b" is not valid: a path without/],
    ['BASE_PATH', '/a?b', /^BASE_PATH="\/a\?b" is not valid/],
    ['SITE_URL', 'example.org', /^SITE_URL="example.org" is not valid: an absolute URL/],
    ['SITE_URL', 'ftp://example.org', /^SITE_URL="ftp:\/\/example.org" is not valid: an http\(s\)/],
    ['BUILD_TIME', 'demain', /^BUILD_TIME="demain" is not valid: a date and time/],
    ['LEAN_EXPORT', 'non', /^LEAN_EXPORT="non" is not valid/],
    ['CHECK_THREADS', '0', /^CHECK_THREADS="0" is not valid: a whole number from 1 to 64/],
    ['CHECK_THREADS', '1.5', /^CHECK_THREADS="1.5" is not valid/],
    ['PAGE_WORKERS', '0', /^PAGE_WORKERS="0" is not valid: a whole number from 1 to 64/],
    ['PORT', '70000', /^PORT="70000" is not valid: a whole number from 0 to 65535/],
    ['PORT', 'http', /^PORT="http" is not valid/],
  ])('refuses %s=%s with an error naming the variable', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });
});

describe('normalizeBasePath', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['///', ''],
    ['  /sous-dossier/  ', '/sous-dossier'],
    ['sous-dossier', '/sous-dossier'],
    ['/a/b//', '/a/b'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });
});

describe('withBasePath', () => {
  it('leaves every href as it is at the root of the host', () => {
    expect(withBasePath('/actualites/', '')).toBe('/actualites/');
    expect(withBasePath('/', '')).toBe('/');
  });

  it('puts the base path before site paths, the root included', () => {
    expect(withBasePath('/actualites/', '/sous')).toBe('/sous/actualites/');
    expect(withBasePath('/', '/sous')).toBe('/sous/');
    expect(withBasePath('/docs/a.pdf?x#y', '/sous')).toBe('/sous/docs/a.pdf?x#y');
  });

  it('never adds it twice, nor to what is not a site path', () => {
    expect(withBasePath('/sous/actualites/', '/sous')).toBe('/sous/actualites/');
    expect(withBasePath('/sous', '/sous')).toBe('/sous');
    expect(withBasePath('/sousmarin/', '/sous')).toBe('/sous/sousmarin/');
    for (const href of ['https://example.org/', '//cdn.example.org/a.js', '#suite', 'mailto:a@b'])
      expect(withBasePath(href, '/sous')).toBe(href);
  });
});

describe('withoutBasePath', () => {
  it('gives the site path of an href as served, without query nor fragment', () => {
    expect(withoutBasePath('/sous/actualites/?page=2#x', '/sous')).toBe('/actualites/');
    expect(withoutBasePath('/sous/', '/sous')).toBe('/');
    expect(withoutBasePath('/sous', '/sous')).toBe('/');
    expect(withoutBasePath('/actualites/', '')).toBe('/actualites/');
  });

  it('leaves a path outside the base path as it is, and has none for other origins', () => {
    expect(withoutBasePath('/sousmarin/a.js', '/sous')).toBe('/sousmarin/a.js');
    expect(withoutBasePath('https://example.org/a/', '/sous')).toBeUndefined();
    expect(withoutBasePath('//cdn.example.org/a.js', '')).toBeUndefined();
    expect(withoutBasePath('a/b', '')).toBeUndefined();
  });

  it('undoes withBasePath', () => {
    for (const sitePath of ['/', '/actualites/', '/404.html', '/docs/a.pdf'])
      for (const basePath of ['', '/sous', '/a/b'])
        expect(withoutBasePath(withBasePath(sitePath, basePath), basePath)).toBe(sitePath);
  });
});

describe('site paths and files of the export', () => {
  it.each([
    ['index.html', '/'],
    ['actualites/index.html', '/actualites/'],
    ['actualites/x/index.html', '/actualites/x/'],
    ['actualites\\x\\index.html', '/actualites/x/'],
    ['404.html', '/404.html'],
    ['docs/a.pdf', '/docs/a.pdf'],
    ['docs/myindex.html', '/docs/myindex.html'],
  ])('%s is served at %s', (file, sitePath) => {
    expect(sitePathOfFile(file)).toBe(sitePath);
  });

  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/actualites/x/', 'actualites/x/index.html'],
    ['/actualites/x/?page=2#top', 'actualites/x/index.html'],
    ['/404.html', '404.html'],
    ['/docs/a.pdf', 'docs/a.pdf'],
  ])('%j is served from %s', (sitePath, file) => {
    expect(fileOfSitePath(sitePath)).toBe(file);
  });

  it('goes back and forth', () => {
    for (const file of ['index.html', 'a/b/index.html', '404.html', 'media/x.webp'])
      expect(fileOfSitePath(sitePathOfFile(file))).toBe(file);
  });
});

describe('a wrong value, on the command line', () => {
  it('stops npm run build before anything runs, naming the variable', () => {
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '/sous dossier', OUT_DIR: '/nonexistent/never-written' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('BASE_PATH="/sous dossier" is not valid');
    expect(result.stdout).not.toContain('files checked');
  });
});
