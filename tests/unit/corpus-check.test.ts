import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPUS } from '../helpers/build';
import { importWithEnv } from '../helpers/env';

const present = fs.existsSync(CORPUS);
if (!present) {
  console.warn(
    `\n${'!'.repeat(78)}\n! SKIPPED: the 2022 corpus is not at ${CORPUS}.\n! Its check test (warnings by kind) did not run.\n${'!'.repeat(78)}`,
  );
}

/**
 * What `npm run check` says about the former site's real 2022 content, by kind: no error, and
 * these warnings exactly. A change in the pipeline's behaviour shows here first.
 */
describe.skipIf(!present)(
  'npm run check on the 2022 corpus (LINKS=warn)',
  { timeout: 60_000 },
  () => {
    let checkContent: (typeof import('@/lib/content/check'))['checkContent'];
    beforeAll(async () => {
      ({ checkContent } = await importWithEnv(
        { CONTENT_DIR: CORPUS, LINKS: 'warn' },
        () => import('@/lib/content/check'),
      ));
    }, 120_000);
    afterAll(() => vi.unstubAllEnvs());

    it('passes with warnings only, counted by kind', async () => {
      const { problems, files } = await checkContent(CORPUS);
      expect(files).toBe(29);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const counts: Record<string, number> = {};
      for (const p of problems) counts[p.rule] = (counts[p.rule] ?? 0) + 1;
      expect(counts).toEqual({
        // Link targets (new windows). The DSFR classes (`fr-…`) are the former dialect: dropped
        // without a word.
        'html-target': 5,
        // Analytics `onclick` on download links, and one inline style.
        'html-event-attribute': 4,
        'html-style-attribute': 1,
        'image-alt-missing': 1,
        // The purchasing guide's cover, shown in the body, is not in the corpus (LINKS=warn).
        'image-missing': 1,
        // The Dailymotion embed's poster image is not in the corpus.
        'video-poster-missing': 1,
        // The callout button's address came from the former site's global data.
        'callout-link-empty': 1,
        'interpolation-legacy': 1,
        // Links to the former site's pages and PDF files (LINKS=warn): see tests/build/corpus-links.
        'link-broken': 20,
      });
    });
  },
);
