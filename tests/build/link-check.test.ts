import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '@/scripts/post-export/link-check.mjs';
import { siteBuild } from '../helpers/builds';

/**
 * The site's own pages, built as deployed: every internal link, image and #fragment resolves
 * (the build itself fails otherwise; this says so with the list).
 */
describe('link integrity of the default site', () => {
  it('builds with no broken internal link', () => {
    const build = siteBuild('site');
    expect(build.output).not.toContain('broken internal link');
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(findBrokenLinks(build.outDir)).toEqual([]);
  });

  it('builds under a base path with every internal link carrying it', () => {
    // The same build as the lean-export and search tests' base-path site: built once per run.
    const build = siteBuild('site-base-path');
    expect(build.output).not.toContain('broken internal link');
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(findBrokenLinks(build.outDir, { basePath: '/sous-dossier' })).toEqual([]);
  });
});
