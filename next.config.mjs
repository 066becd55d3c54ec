/**
 * Every page is prerendered and exported as plain files (`out/`), for any static host.
 * `BASE_PATH` serves the site under a sub-path; links written in content get it in lib/site.ts.
 */
const basePath = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
// scripts/build.mjs exports into a folder of its own, swapped with out/ once every step succeeded:
// with `output: 'export'`, a `distDir` names the export's folder (Next keeps .next/ for the rest).
const exportDir = process.env.SITE_EXPORT_DIR || undefined;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  distDir: exportDir,
  trailingSlash: true,
  basePath: basePath ? (basePath.startsWith('/') ? basePath : `/${basePath}`) : undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Content files are read at build time from CONTENT_DIR, not imported: nothing to bundle.
  outputFileTracingExcludes: { '*': ['content/**', 'out/**', '.build/**'] },
};

export default nextConfig;
