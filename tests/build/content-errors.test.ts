import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

let build: BuildResult;

beforeAll(() => {
  build = siteBuild('content-errors');
});

describe('a content source with errors', () => {
  it('stops the build with exit code 1', () => {
    expect(build.status).toBe(1);
  });

  it('prints one file:line line per problem, all of them, without a stack trace', () => {
    const dir = 'tests/fixtures/content-errors/actualites';
    const lines = build.output.split('\n').filter((line) => line.startsWith(dir));
    expect(lines).toEqual([
      `${dir}/date-invalide.md:3: date: « 2022-13-01 » is not a valid date (expected YYYY-MM-DD)`,
      `${dir}/image-absente.md:1: slug: same URL /actualites/image-absente/ as ${dir}/doublons/image-absente.md: rename one of the two files`,
      `${dir}/image-absente.md:4: image: « /img/nulle-part.png » not found (looked in tests/fixtures/content-errors/public/ and public/)`,
      `${dir}/image-absente.md:7: interpolation: « {{ inconnu }} »: no front matter field « inconnu » (add it, or write the value itself)`,
      `${dir}/jour-inexistant.md:3: date: « 2022-02-30 » is not a valid date (expected YYYY-MM-DD)`,
      `${dir}/sans-titre.md:1: title: is required: add a line « title: … » to the front matter`,
    ]);
    expect(build.output).not.toMatch(/^\s+at /m);
  });
});
