/**
 * Every page is prerendered and exported as plain files (`out/`), for any static host.
 * `BASE_PATH` serves the site under a sub-path; links written in content get it in lib/site.ts.
 * Settings come from lib/config.mjs, where every variable is read, checked and documented.
 */
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
  // `npm run typecheck` checks the code (CI runs it before the tests); a build turns content into
  // pages and need not check the code again, in every build and every test build (figures in
  // bench/results/next-levers.md).
  typescript: { ignoreBuildErrors: true },
  // Content files are read at build time from CONTENT_DIR, not imported: nothing to bundle.
  outputFileTracingExcludes: { '*': ['content/**', 'out/**', '.build/**'] },
};

export default nextConfig;
