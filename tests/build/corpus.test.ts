import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CORPUS, pageExists, readPage } from '../helpers/build';
import { slugify } from '@/lib/content/slug';
import { siteBuild } from '../helpers/builds';

const hasCorpus = fs.existsSync(CORPUS);
if (!hasCorpus) {
  console.warn(
    `\n!!! SKIPPED: the 2022 corpus test needs ${CORPUS} (../shared beside the project).\n`,
  );
}

describe.skipIf(!hasCorpus)(
  'the mission’s real 2022 content (CONTENT_DIR=../shared/corpus/minumeco-2022)',
  () => {
    it('builds with zero errors and one page per news file', () => {
      const build = siteBuild('corpus');
      expect(build.status, build.output).toBe(0);
      const files = fs
        .readdirSync(path.join(CORPUS, 'actualites'))
        .filter((f) => f.endsWith('.md'));
      expect(files).toHaveLength(19);
      for (const file of files) {
        const sitePath = `/actualites/${slugify(file.replace(/\.md$/, ''))}/`;
        expect(pageExists(build.outDir, sitePath), sitePath).toBe(true);
        const doc = parse(readPage(build.outDir, sitePath));
        expect(doc.querySelectorAll('h1'), sitePath).toHaveLength(1);
        expect(readPage(build.outDir, sitePath), sitePath).not.toContain('{{');
      }
    });
  },
);
