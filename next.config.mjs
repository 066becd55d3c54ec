/**
 * Every page is prerendered and exported as plain files (`out/`), for any static host.
 * `BASE_PATH` serves the site under a sub-path; links written in content get it in lib/site.ts.
 * Settings come from lib/config.mjs, where every variable is read, checked and documented.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config } from './lib/config.mjs';

/** Above this many content files, `next build` generates pages with one worker (pageWorkersFor). */
const ONE_WORKER_ABOVE = 5_000;

/**
 * How many workers `next build` generates pages with: PAGE_WORKERS if set, else one per core,
 * but one only for a content source of more than ONE_WORKER_ABOVE files. Each worker
 * holds the whole content: on 10,000 posts, two workers peaked at 2.7 GB (950 MB each), one at
 * 1.5 GB, for 3.8 min of generation instead of 2.5 (bench/results/next-levers.md).
 * @param {{ pageWorkers?: number }} settings @param {string} contentRoot @param {number} cores
 */
export function pageWorkersFor(settings, contentRoot, cores, limit = ONE_WORKER_ABOVE) {
  if (settings.pageWorkers) return settings.pageWorkers;
  let files = 0;
  try {
    for (const entry of fs.readdirSync(contentRoot, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.mdx?$/.test(entry.name) && ++files > limit) return 1;
    }
  } catch {
    // no content folder: the content check reports it
  }
  return cores;
}

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
    //   27-33 s of page generation), but one for a large content source (pageWorkersFor);
    cpus: pageWorkersFor(config, path.resolve(config.contentDir), os.availableParallelism()),
    // - Turbopack's build cache on disk cost more than it saved here: the second build compiled
    //   in 25 s and wrote the cache for 11 s more, against 11-13 s without it.
    turbopackFileSystemCacheForBuild: false,
  },
  // No source maps in the page-generation workers: each worker parsed the server bundles' maps
  // (0.6 s of CPU) and held them, 300-400 MB more at the peak of 1,000 posts (1.31-1.47 GB
  // without, 1.72-1.74 GB with). A page that throws shows bundle positions in its stack; the
  // content check, which runs before, reports content errors at their file and line.
  enablePrerenderSourceMaps: false,
  // Content files are read at build time from CONTENT_DIR, not imported: nothing to bundle.
  outputFileTracingExcludes: { '*': ['content/**', 'out/**', '.build/**'] },
};

export default nextConfig;
