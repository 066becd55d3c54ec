import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblemWithSeverity } from '@/lib/content/problems';
import { PUBLISHED_EXTENSIONS } from '@/lib/media/public-files.mjs';
import { copyPublicFolder } from '@/scripts/post-export/copy-content-public.mjs';

const BASE = 'tests/fixtures/hostile-files';
const INSIDE = (source: string) =>
  `is outside the content source: images and files must be inside ${BASE}/${source}/ or public/`;
const NOT_IMAGE =
  'is not an image (its bytes are not JPEG, PNG, WebP, GIF, AVIF or SVG): use an image file';
const PLAIN_SVG =
  'an SVG published as a file must be a plain drawing (remove it from the file, or use the image in a page, where it is converted to a bitmap)';
const CODE = 'files are not published: content cannot run code or add pages (remove it)';
const RESERVED = 'is a name the build writes itself (or a host setting): rename or move the file';

/** Each content source of tests/fixtures/hostile-files/: every problem the check gives, exactly. */
const CASES: Record<string, string[]> = {
  'public-script': [
    `public-script/public/_headers:1:1: error: public: « _headers » ${RESERVED}`,
    'public-script/public/.htaccess:1:1: error: public: hidden files are not published: remove it',
    `public-script/public/.well-known/security.txt:1:1: error: public: the folder « .well-known/ » ${RESERVED}`,
    'public-script/public/docs/faux.pdf:1:1: error: public: a .pdf file must be PDF and its bytes are not: replace it with a real .pdf file',
    `public-script/public/docs/outil.exe:1:1: error: public: .exe files are not a type the site publishes (${PUBLISHED_EXTENSIONS.join(', ')}): remove it or convert it`,
    `public-script/public/evil.js:1:1: error: public: .js ${CODE}`,
    `public-script/public/img/distant.svg:1:1: error: public: the SVG contains a link or a reference to another file (href): ${PLAIN_SVG}`,
    `public-script/public/img/entite.svg:1:1: error: public: the SVG contains an entity declaration: ${PLAIN_SVG}`,
    `public-script/public/img/evil.svg:1:1: error: public: the SVG contains <script>: ${PLAIN_SVG}`,
    `public-script/public/img/objet.svg:1:1: error: public: the SVG contains <foreignObject>: ${PLAIN_SVG}`,
    `public-script/public/img/onload.svg:1:1: error: public: the SVG contains an event attribute (on…=): ${PLAIN_SVG}`,
    'public-script/public/img/photo.png:1:1: error: public: its bytes are a GIF image, not PNG as its .png name says: rename it .gif',
    `public-script/public/media/vieux-0123456789ab-480.gif:1:1: error: public: the folder « media/ » ${RESERVED}`,
    `public-script/public/module.mjs:1:1: error: public: .mjs ${CODE}`,
    `public-script/public/page.htm:1:1: error: public: .htm ${CODE}`,
    `public-script/public/page.xhtml:1:1: error: public: .xhtml ${CODE}`,
    `public-script/public/redirect.html:1:1: error: public: .html ${CODE}`,
    `public-script/public/robots.txt:1:1: error: public: « robots.txt » ${RESERVED}`,
  ],
  'not-an-image': [
    `not-an-image/actualites/composant.mdx:8:1: error: mdx: video poster « ./page.html » ${NOT_IMAGE}`,
    `not-an-image/actualites/script-en-image.md:4:1: error: image: « ./script.js » ${NOT_IMAGE}`,
    `not-an-image/actualites/script-en-image.md:9:1: error: image: « notes.txt » ${NOT_IMAGE}`,
    `not-an-image/actualites/script-en-image.md:11:1: error: html: video poster « /img/affiche.png » ${NOT_IMAGE}`,
    'not-an-image/public/img/affiche.png:1:1: error: public: a .png file must be a PNG image and its bytes are not: replace it with a real .png file',
  ],
  'outside-paths': [
    `outside-paths/actualites/corps.md:8:1: error: image: « ../../../../../../package.json » ${INSIDE('outside-paths')}`,
    `outside-paths/actualites/corps.md:10:1: error: image: « ../../../../../../../../../../../../etc/hostname » ${INSIDE('outside-paths')}`,
    // Decoded once: %2F stays a character of the name, which no file has.
    'outside-paths/actualites/corps.md:12:1: error: image: « ..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd » not found (looked in the folder of the Markdown file)',
    // A site path resolves as a browser does: /../../etc/passwd is /etc/passwd of the site.
    `outside-paths/actualites/corps.md:14:1: error: image: « /../../../../../../etc/passwd » not found (looked in ${BASE}/outside-paths/public/ and public/)`,
    `outside-paths/actualites/corps.md:16:1: error: html: video poster « ../../../../../../../../../../../../etc/passwd » ${INSIDE('outside-paths')}`,
    'outside-paths/actualites/corps.md:22:3: error: link « /../../../../../../etc/passwd » leads to no page',
    'outside-paths/actualites/corps.md:23:3: error: link « /../package.json » leads to no page',
    `outside-paths/actualites/encode.md:4:1: error: image: « %2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd » ${INSIDE('outside-paths')}`,
    `outside-paths/actualites/passwd.md:4:1: error: image: « ../../../../../../../../../../../../etc/passwd » ${INSIDE('outside-paths')}`,
  ],
  // SVG with scripts and a GIF/JavaScript polyglot are fine as images: they are re-encoded.
  'image-polyglot': [],
};

describe('npm run check on tests/fixtures/hostile-files/, one content source per attack', () => {
  it('has a case for every fixture folder', () => {
    expect(fs.readdirSync(BASE).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} at its file and line, with its message`, async () => {
      const { problems } = await checkContent(path.join(BASE, name));
      expect(problems.map(formatProblemWithSeverity)).toEqual(
        expected.map((line) => `${BASE}/${line}`),
      );
    });
  }
});

/** A content source made at run time: git keeps symbolic links, but tests make them plainly here. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-links-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let made: Promise<string> | undefined;
const sourceWithLinks = () => (made ??= makeSourceWithLinks());

async function makeSourceWithLinks() {
  const root = path.join(tmp, 'source');
  const elsewhere = path.join(tmp, 'elsewhere');
  const write = (file: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  };
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  write(path.join(elsewhere, 'secret.png'), png);
  write(path.join(elsewhere, 'secret.pdf'), '%PDF-1.4\n');
  write(path.join(elsewhere, 'article.md'), '---\ntitle: Ailleurs\ndate: 2026-01-15\n---\n');
  write(path.join(root, 'actualites', 'vraie.png'), png);
  write(
    path.join(root, 'actualites', 'liens.md'),
    [
      '---',
      'title: Des liens symboliques',
      'date: 2026-01-15',
      'image: ./secret.png',
      '---',
      '',
      '![Copie interne](./interne.png)',
      '',
      '- [Le rapport](/docs/secret.pdf)',
      '',
    ].join('\n'),
  );
  fs.symlinkSync(path.join(elsewhere, 'secret.png'), path.join(root, 'actualites', 'secret.png'));
  fs.symlinkSync('vraie.png', path.join(root, 'actualites', 'interne.png'));
  fs.symlinkSync(path.join(elsewhere, 'article.md'), path.join(root, 'actualites', 'ailleurs.md'));
  fs.mkdirSync(path.join(root, 'public'));
  fs.symlinkSync(elsewhere, path.join(root, 'public', 'docs'));
  fs.symlinkSync('/etc/passwd', path.join(root, 'public', 'passwd.txt'));
  return root;
}

describe('symbolic links in a content source', () => {
  it('are each an error naming the link, and what they lead out to is outside the source', async () => {
    const root = await sourceWithLinks();
    const shown = (rel: string) => path.relative(process.cwd(), path.join(root, rel));
    const link = (rel: string) =>
      `${shown(rel)}:1:1: error: file: is a symbolic link (or another special file): content must be real files inside its source (put the file itself here)`;
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblemWithSeverity)).toEqual([
      link('actualites/ailleurs.md'),
      link('actualites/interne.png'),
      `${shown('actualites/liens.md')}:4:1: error: image: « ./secret.png » is outside the content source: images and files must be inside ${path.relative(process.cwd(), root)}/ or public/`,
      // The link to a document through a linked folder leads nowhere: its size is not published.
      `${shown('actualites/liens.md')}:9:3: error: link « /docs/secret.pdf » leads to no page`,
      link('actualites/secret.png'),
      link('public/docs'),
      link('public/passwd.txt'),
    ]);
  });

  it('are never copied into the export: the copy stops, naming them, and copies nothing', async () => {
    const root = await sourceWithLinks();
    const out = path.join(tmp, 'out-links');
    expect(() => copyPublicFolder(path.join(root, 'public'), out)).toThrow(
      /public\/docs: symbolic link[\s\S]*public\/passwd\.txt: symbolic link/,
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('the copy of a content source’s public/ into the export', () => {
  it('refuses a folder with files the site does not publish, naming each, and copies nothing', () => {
    const out = path.join(tmp, 'out-script');
    let message = '';
    try {
      copyPublicFolder(path.join(BASE, 'public-script', 'public'), out);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [
      'evil.js',
      'img/evil.svg',
      'page.htm',
      'page.xhtml',
      'redirect.html',
      '_headers',
    ]) {
      expect(message).toContain(`${path.join(BASE, 'public-script', 'public', name)}: `);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('copies the files it may publish, as they are, and nothing else', () => {
    const out = path.join(tmp, 'out-ok');
    const source = path.join(BASE, 'image-polyglot', 'public');
    copyPublicFolder(source, out);
    const copied = fs
      .readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(out, path.join(d.parentPath, d.name)))
      .sort();
    expect(copied).toEqual([
      'docs/donnees.csv',
      'docs/donnees.json',
      'docs/rapport.pdf',
      'img/logo.svg',
      'img/photo.png',
    ]);
    for (const file of copied) {
      expect(
        fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(source, file))),
      ).toBe(true);
    }
  });
});
