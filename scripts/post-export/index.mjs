/**
 * Steps run on out/ after `next build`, in order. Each takes the output folder and the shared view
 * of it (export-site.mjs): one list of its files, walked once, and each page read and parsed once,
 * its text handed on from step to step instead of written and read back.
 */
import { copyContentPublic } from './copy-content-public.mjs';
import { linkCheck } from './link-check.mjs';
import { lean } from './lean.mjs';
import { publishMedia } from './publish-media.mjs';
import { ExportSite } from './export-site.mjs';
import { removePlaceholders } from './remove-placeholders.mjs';
import { removeErrorCopies } from './remove-error-copies.mjs';
import { buildSearchIndex } from './pagefind.mjs';
import { writeRedirects } from './redirects.mjs';
import { writeDataFiles } from './data-files.mjs';
import { fillSiteMeasures } from './site-measures.mjs';

/**
 * @param {string} outDir
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ step: string, ms: number, cpuMs: number }[]>} how long each step took,
 *   and the processor time this process spent in it (Pagefind's own process not counted)
 */
export async function postExport(outDir, { log = console.log } = {}) {
  // The lean step comes before anything that reads pages (it parses each page once, for itself and
  // for the link check); generated images are published once the pages and feeds that name them
  // are final but for the table of measures, which measures pages with their images; the search
  // index is built on the final HTML (after the lean step, and once the table of measures is in);
  // the link check runs last: it checks what visitors get.
  const steps = [
    removePlaceholders,
    removeErrorCopies,
    copyContentPublic,
    lean,
    writeRedirects,
    writeDataFiles,
    publishMedia,
    fillSiteMeasures,
    buildSearchIndex,
    linkCheck,
  ];
  /** @type {{ step: string, ms: number, cpuMs: number }[]} */
  const timings = [];
  /** @param {string} step @param {() => unknown} run */
  const timed = async (step, run) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpu);
    timings.push({ step, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  };
  /** @type {ExportSite | undefined} */
  let site;
  await timed('listFiles', () => (site = new ExportSite(outDir)));
  for (const step of steps) {
    // Pagefind reads the written pages in a process of its own: the texts go first.
    if (step === buildSearchIndex) site?.releaseTexts();
    await timed(step.name, () => step(outDir, { site }));
  }
  log(formatTimings(timings));
  return timings;
}

/**
 * One line: the total wall time (what `npm run bench` reads), the processor time (what a busy
 * machine does not inflate), then each step's, wall/processor in seconds.
 * @param {{ step: string, ms: number, cpuMs: number }[]} timings
 */
export function formatTimings(timings) {
  const s = (/** @type {number} */ ms) => (ms / 1000).toFixed(2);
  const total = timings.reduce((sum, t) => sum + t.ms, 0);
  const cpu = timings.reduce((sum, t) => sum + t.cpuMs, 0);
  const parts = timings.map((t) => `${t.step} ${s(t.ms)}/${s(t.cpuMs)}`);
  return `Post-export: ${s(total)} s (CPU ${s(cpu)} s; wall/CPU s: ${parts.join(', ')})`;
}
