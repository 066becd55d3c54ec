import { describe, expect, it } from 'vitest';
import { editYaml, readYaml, splitFrontMatter, yamlKeyLines } from '@/lib/import/front-matter';

// As the former site writes it: mixed indentation, both quote styles, a trailing space, a comment.
const YAML = `title: 'Offre : chef-fe de projet "numérique responsable"'
description: l'Ademe met à jour son étude
date: 2025-05-22
image:
    path: ../img/Site_bannieres_actu_recrutement.svg
    alt: ""
image2: 
tags:
  - 'MiNumEco'
  - "Événement"   # kept
serie: Parcours MOOC Numeco
eleventyExcludeFromCollections: true
`;

describe('editYaml: only the keys that change are rewritten', () => {
  it('leaves front matter without changes byte for byte', () => {
    expect(editYaml(YAML, [])).toBe(YAML);
  });

  it('renames a key in place, keeping its value as written', () => {
    const out = editYaml(YAML, [
      { op: 'rename', from: 'serie', to: 'series' },
      { op: 'rename', from: 'eleventyExcludeFromCollections', to: 'unlisted' },
    ]);
    expect(out).toBe(
      YAML.replace('serie:', 'series:').replace('eleventyExcludeFromCollections:', 'unlisted:'),
    );
  });

  it('adds new keys at the end and keeps every other line', () => {
    const out = editYaml(YAML, [{ op: 'set', key: 'aliases', value: ['/actualites/APNR2025/'] }]);
    expect(out).toBe(`${YAML}aliases:\n  - /actualites/APNR2025/\n`);
  });

  it('replaces a value where it stands, the lines before and after untouched', () => {
    const out = editYaml(YAML, [
      { op: 'set', key: 'tags', value: ['Podcast', 'MiNumEco', 'Événement'] },
    ]);
    const [before, after] = YAML.split(/tags:\n(?:  - .*\n)+/);
    expect(out).toBe(`${before}tags:\n  - Podcast\n  - MiNumEco\n  - Événement\n${after}`);
    const parsed = readYaml(out);
    expect(parsed.ok && parsed.data.image).toEqual({
      path: '../img/Site_bannieres_actu_recrutement.svg',
      alt: '',
    });
  });

  it('quotes what YAML needs quoted, and keeps CRLF line breaks', () => {
    const out = editYaml('title: x\r\n', [
      { op: 'set', key: 'series', value: "Paroles d'experts: saison 1" },
    ]);
    expect(out).toBe(`title: x\r\nseries: "Paroles d'experts: saison 1"\r\n`);
    const parsed = readYaml(out);
    expect(parsed.ok && parsed.data.series).toBe("Paroles d'experts: saison 1");
  });

  it('adds a line break first when the last line has none, and writes into empty front matter', () => {
    expect(editYaml('title: x', [{ op: 'set', key: 'unlisted', value: true }])).toBe(
      'title: x\nunlisted: true\n',
    );
    expect(editYaml('', [{ op: 'set', key: 'unlisted', value: true }])).toBe('unlisted: true\n');
  });
});

describe('splitFrontMatter, readYaml and yamlKeyLines', () => {
  it('splits so that the parts join back into the file', () => {
    const source = '---\ntitle: x\n---\n\nBody {{ title }}\n';
    const split = splitFrontMatter(source);
    expect(split).toEqual({
      open: '---\n',
      yaml: 'title: x\n',
      close: '---\n',
      body: '\nBody {{ title }}\n',
    });
    expect(split && split.open + split.yaml + split.close + split.body).toBe(source);
    expect(splitFrontMatter('# No front matter')).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: x\n')).toBeUndefined();
  });

  it('gives the first YAML error with its line, and key lines', () => {
    expect(readYaml('title: x\ndate: a: b\ntags: []\n')).toMatchObject({ ok: false, line: 2 });
    expect(readYaml('title: a\ntitle: b\n')).toMatchObject({ ok: false });
    expect(yamlKeyLines(YAML).get('serie')).toBe(11);
  });
});
