import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PAGES } from '../../scripts/measure/lighthouse.mjs';
import { ROOT } from '../helpers/build';
import { siteBuild } from '../helpers/builds';

interface PageResult {
  page: string;
  status: string | null;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  failing: string[];
}

const PAGES = LIGHTHOUSE_PAGES as string[];

let results: PageResult[] = [];
let output = '';

/**
 * `npm run lighthouse` on the build of this test run: one Lighthouse run per page, one after the
 * other (scripts/measure/lighthouse.mjs), results read back from its JSON.
 */
beforeAll(() => {
  const build = siteBuild('site');
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.output.slice(-4000)}`);
  const json = path.join(ROOT, 'test-results', 'lighthouse.json');
  fs.mkdirSync(path.dirname(json), { recursive: true });
  fs.rmSync(json, { force: true });
  const run = spawnSync(
    process.execPath,
    ['scripts/measure/lighthouse.mjs', '--dir', build.outDir, '--json', json],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  output = `${run.stdout}\n${run.stderr}`;
  console.log(run.stdout);
  if (!fs.existsSync(json))
    throw new Error(`scripts/measure/lighthouse.mjs wrote no results:\n${output}`);
  results = JSON.parse(fs.readFileSync(json, 'utf8')) as PageResult[];
}, 900_000);

describe('Lighthouse (mobile preset)', () => {
  it('audits the seed post, the news index and the publications hub', () => {
    expect(PAGES).toEqual([
      '/actualites/hop-mois-numerique-durable/',
      '/actualites/',
      '/publications/',
    ]);
    expect(results.map((r) => r.page)).toEqual(PAGES);
  });

  it.each(PAGES)(
    'scores 100 in Accessibility, Best Practices and SEO on %s (Performance reported)',
    (page) => {
      const result = results.find((r) => r.page === page);
      expect(result?.status ?? null, `Lighthouse could not audit ${page}`).toBeNull();
      const { accessibility, 'best-practices': bestPractices, seo } = result?.scores ?? {};
      expect(
        { accessibility, bestPractices, seo },
        `${page}:\n${result?.failing.join('\n') ?? output}`,
      ).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
    },
  );
});
