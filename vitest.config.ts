import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

/**
 * Three suites: unit (pure functions, fast), build (runs `npm run build` on fixture content and
 * reads out/), e2e (real Chromium against the served out/). Builds are slow and share .next/, so
 * build and e2e files run one at a time. Every site they build is a variant of
 * tests/helpers/builds.ts, built once per run (TEST_RUN_ID) and read by both suites.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 900_000,
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000,
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
