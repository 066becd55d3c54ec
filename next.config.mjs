/**
 * Every page is prerendered and exported as plain files (`out/`), for any static host.
 * `BASE_PATH` serves the site under a sub-path; links written in content get it in lib/site.ts.
 * Settings come from lib/config.mjs, where every variable is read, checked and documented.
 */
import os from 'node:os';
import { config } from './lib/config.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // scripts/build.mjs exports into a folder of its own (SITE_EXPORT_DIR), swapped with out/ once
  // every step succeeded: with `output: 'export'`, a `distDir` names the export's folder (Next
  // keeps .next/ for the rest).
  distDir: config.siteExportDir,
  trailingSlash: true,
  basePath: config.basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Levers measured on 1,000 posts, 2 cores (bench/results/next-levers.md):
  // - `npm run typecheck` checks the code (CI runs it before the tests): a build that turns content
  //   into pages need not check it again (12.5 s of every build, every test build too);
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // - one page-generation worker per core, not Next's default of one fewer (20-21 s instead of
    //   27-33 s of page generation);
    cpus: os.availableParallelism(),
    // - Turbopack's build cache on disk cost more than it saved here: the second build compiled
    //   in 25 s and wrote the cache for 11 s more, against 11-13 s without it.
    turbopackFileSystemCacheForBuild: false,
  },
  // Content files are read at build time from CONTENT_DIR, not imported: nothing to bundle.
  outputFileTracingExcludes: { '*': ['content/**', 'out/**', '.build/**'] },
};

export default nextConfig;
