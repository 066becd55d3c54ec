import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  documentWarning,
  classifyPublicFolder,
  publicFileProblem,
  svgActiveContent,
} from '@/lib/media/public-files.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'public-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The verdict on a file of public/ written with these bytes at this path. */
function verdict(relPath: string, bytes: string | Buffer): string | undefined {
  const file = path.join(tmp, 'verdict', ...relPath.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return publicFileProblem(relPath, file);
}

const svg = (inside: string, attributes = '') =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inside}</svg>`,
  );

describe('svgActiveContent', () => {
  const refused: [string, Buffer][] = [
    ['a script in a namespace prefix', svg('<svg:script>alert(1)</svg:script>')],
    [
      'a link animated into javascript:',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'),
    ],
    ['an animation of an event attribute', svg('<animate attributeName="onclick" values="x"/>')],
    [
      'an XSLT style sheet',
      Buffer.concat([Buffer.from('<?xml-stylesheet type="text/xsl" href="x.xsl"?>'), svg('')]),
    ],
    ['a javascript: link', svg('<a xlink:href="javascript:alert(1)"><rect/></a>')],
    ['a use of another file', svg('<use href="/img/autre.svg#x"/>')],
    ['a CSS @import', svg('<style>@import "https://example.org/x.css";</style>')],
    ['a CSS url() to another site', svg('<rect style="fill: url(https://example.org/x.png)"/>')],
    ['an event attribute on a nested element', svg('<g><rect onmouseover="alert(1)"/></g>')],
    [
      'an HTML element through the XHTML namespace',
      svg('<h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/>'),
    ],
    [
      'UTF-16 text, which a plain search would not read',
      Buffer.from('\ufeff<svg onload="x"/>', 'utf16le'),
    ],
  ];
  for (const [what, bytes] of refused) {
    it(`refuses ${what}`, () => {
      expect(svgActiveContent(bytes)).toMatch(/^the SVG (contains|is not UTF-8)/);
    });
  }

  it('lets through a drawing with styles, gradients, #fragments and embedded bitmaps', () => {
    const drawing = svg(
      '<defs><style>.a{fill:#000091}</style><linearGradient id="g"/></defs>' +
        '<rect class="a" fill="url(#g)"/><use xlink:href="#g"/>' +
        '<image xlink:href="data:image/jpeg;base64,/9j/4AAQ"/>',
    );
    expect(svgActiveContent(drawing)).toBeUndefined();
  });

  it('lets through the empty <script xmlns=""/> Illustrator leaves in its exports', () => {
    expect(svgActiveContent(svg('<path d="M0 0"/>\n<script xmlns=""/>'))).toBeUndefined();
    expect(svgActiveContent(svg('<script xmlns="">alert(1)</script>'))).toMatch(/<script>/);
  });
});

describe('publicFileProblem', () => {
  const zip = Buffer.from('PK\x03\x04\x14\x00\x00\x08', 'latin1');
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it('publishes documents whose bytes are what their names say', () => {
    expect(verdict('docs/guide.docx', zip)).toBeUndefined();
    expect(verdict('docs/outil.ODS', zip)).toBeUndefined();
    expect(verdict('docs/archive-vide.zip', Buffer.from('PK\x05\x06', 'latin1'))).toBeUndefined();
    expect(verdict('docs/ancien.xls', ole)).toBeUndefined();
    expect(verdict('docs/agenda.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBeUndefined();
    expect(verdict('docs/sous-titres.vtt', '\ufeffWEBVTT\n\n')).toBeUndefined();
    expect(verdict('docs/données.csv', 'a;b\n1;2\n')).toBeUndefined();
  });

  it('refuses a document that is something else under its name', () => {
    // An office document that is not one is broken, not dangerous: published, with a warning.
    expect(verdict('docs/guide.docx', 'placeholder for guide.docx')).toBeUndefined();
    expect(
      documentWarning('docs/guide.docx', path.join(tmp, 'verdict', 'docs', 'guide.docx')),
    ).toBe(
      'a .docx file should be a ZIP archive and its bytes are not: it is published as it is, but will not open (replace it with a real .docx file)',
    );
    expect(verdict('docs/agenda.ics', '<script>alert(1)</script>')).toMatch(
      /^a \.ics file must be an iCalendar file/,
    );
    expect(verdict('docs/table.csv', Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toMatch(
      /^a \.csv file must be text/,
    );
    expect(
      verdict('img/photo.jpg', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).toBe('its bytes are a PNG image, not JPEG as its .jpg name says: rename it .png');
  });

  it('reserves the names the build writes, whatever their case, and host settings', () => {
    for (const name of [
      'Media/x.png',
      '_redirects',
      '_worker.js',
      'PAGEFIND/x.json',
      'feed.xml',
      'sitemap.xml',
    ]) {
      expect(verdict(name, 'x'), name).toMatch(/is a name the build writes itself/);
    }
    expect(verdict('docs/media/x.pdf', '%PDF-1.4')).toBeUndefined();
  });

  it('does not publish tool litter, and says nothing about it', () => {
    const dir = path.join(tmp, 'litter');
    for (const name of ['.DS_Store', 'img/.gitkeep', 'img/Thumbs.db', 'docs/a.pdf']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), '%PDF-1.4');
    }
    expect(classifyPublicFolder(dir)).toEqual([
      { file: path.join(dir, 'docs', 'a.pdf'), relPath: 'docs/a.pdf', problem: undefined },
    ]);
  });
});
