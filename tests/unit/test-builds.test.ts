import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { BUILD_ENVS, mergeContent, VARIANTS } from '../helpers/builds';

/** The registry of test builds (tests/helpers/builds.ts) stays the only place that names one. */
describe('the registry of test builds', () => {
  it('gives every variant its reason', () => {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      expect(variant.why.length, name).toBeGreaterThan(40);
    }
  });

  it('has no two variants with the same environment (they would be one build)', () => {
    const keys = Object.values(VARIANTS).map((v) =>
      JSON.stringify(Object.entries(v.env).sort(([a], [b]) => a.localeCompare(b))),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the only caller of buildSite: test files ask for a variant by name', () => {
    const callers: string[] = [];
    for (const dir of ['build', 'e2e', 'unit', 'helpers']) {
      for (const file of fs.readdirSync(path.join(ROOT, 'tests', dir))) {
        const text = fs.readFileSync(path.join(ROOT, 'tests', dir, file), 'utf8');
        if (/\bbuildSite\(/.test(text)) callers.push(`${dir}/${file}`);
      }
    }
    expect(callers.sort()).toEqual(['helpers/build.ts', 'helpers/builds.ts']);
  });

  it('keeps the builds tests run themselves apart from the cached variants', () => {
    expect(Object.keys(BUILD_ENVS).sort()).toEqual(['bad-content', 'basic', 'broken-fragment']);
  });
});

describe('mergeContent', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-content-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
    fs.writeFileSync(path.join(tmp, file), text);
  };
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('copies every file of each source into one folder, replacing what was there', () => {
    write('a/actualites/un.md', 'un');
    write('a/public/img/logo.svg', '<svg/>');
    write('b/actualites/deux.md', 'deux');
    write('out/ancien.md', 'ancien');
    mergeContent(path.join(tmp, 'out'), [path.join(tmp, 'a'), path.join(tmp, 'b')]);
    const files = fs
      .readdirSync(path.join(tmp, 'out'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(path.join(tmp, 'out'), path.join(d.parentPath, d.name)))
      .sort();
    expect(files).toEqual(['actualites/deux.md', 'actualites/un.md', 'public/img/logo.svg']);
    expect(fs.readFileSync(path.join(tmp, 'out', 'actualites', 'deux.md'), 'utf8')).toBe('deux');
  });

  it('refuses two sources with a file at the same place', () => {
    write('a/actualites/un.md', 'un');
    write('b/actualites/un.md', 'autre');
    expect(() =>
      mergeContent(path.join(tmp, 'out'), [path.join(tmp, 'a'), path.join(tmp, 'b')]),
    ).toThrow(/actualites\/un\.md is in both/);
  });
});
