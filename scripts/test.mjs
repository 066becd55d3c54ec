#!/usr/bin/env node
/**
 * `npm test`: unit tests, build tests, then browser tests in Debian's Chromium when it is
 * installed (CI installs it; locally, say loudly that they were skipped). Ends with the time of
 * each project, the builds the run made (tests/helpers/build.ts logs each one; the variants are in
 * tests/helpers/builds.ts), and one summary line, `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../lib/config.mjs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const projects = ['unit', 'build'];
const hasChromium = fs.existsSync(CHROMIUM);
if (hasChromium) projects.push('e2e');

fs.mkdirSync('test-results', { recursive: true });
const env = {
  ...process.env,
  TEST_RUN_ID: config.testRunId ?? String(Date.now()),
  NEXT_TELEMETRY_DISABLED: '1',
};
const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;
/** Seconds of each project, wall clock. */
/** @type {Record<string, number>} */
const times = {};

for (const project of projects) {
  const report = path.join('test-results', `vitest-${project}.json`);
  fs.rmSync(report, { force: true });
  console.log(`\n━━ ${project} tests ━━`);
  const began = Date.now();
  const run = spawnSync(
    path.join('node_modules', '.bin', 'vitest'),
    [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env },
  );
  times[project] = (Date.now() - began) / 1000;
  if (run.status !== 0) failed = true;
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  } else if (run.status !== 0) totals.failed += 1;
}

if (!hasChromium) {
  const line = '!'.repeat(78);
  console.log(
    `\n${line}\n! BROWSER TESTS SKIPPED: ${CHROMIUM} not found.\n! Install Debian's Chromium (apt-get install -y chromium) and run npm test again,\n! or npm run test:e2e. CI always runs them.\n${line}`,
  );
}
console.log(
  `\n${Object.entries(times)
    .map(([p, s]) => `${p} ${s.toFixed(0)} s`)
    .join(', ')}`,
);
console.log(buildSummary(env.TEST_RUN_ID));
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);

/**
 * The builds of this run, from the log tests/helpers/build.ts writes: how many ran `next build`.
 * @param {string | undefined} runId
 */
function buildSummary(runId) {
  const log = path.join('.test-builds', 'builds.log');
  const lines = fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(
          (line) =>
            /** @type {{ name: string, seconds: number, status: number, next: boolean, runId: string }} */ (
              JSON.parse(line)
            ),
        )
        .filter((b) => b.runId === runId)
    : [];
  const full = lines.filter((b) => b.next);
  const seconds = (/** @type {{ seconds: number }[]} */ list) =>
    list.reduce((sum, b) => sum + b.seconds, 0).toFixed(0);
  const each = lines
    .map(
      (b) =>
        `  ${b.name}${b.next ? '' : ' (stopped before next build)'}: ${b.seconds.toFixed(1)} s${b.status === 0 ? '' : `, exit ${b.status}`}`,
    )
    .join('\n');
  return `${lines.length} builds, ${full.length} with next build (${seconds(full)} s of ${seconds(lines)} s):\n${each}`;
}
