/**
 * `npm run import -- <eleventy-dsfr site> <content dir>`: turns the sources of the former site
 * into a content source of this project (the news, the multi-page guides, the RGESN, the site's
 * pages and sections, the toolbox, the eco-design statement, themes, the menu and the public/
 * folder),
 * then prints what an editor must review, also written to <content dir>/import-report.txt.
 *
 * The source is only read. The content folder is created, or replaced if a previous import made
 * it (marker file .imported-from); anything else there is refused. The same source gives the
 * same bytes: sorted traversal, no dates.
 */
// First: settles LINKS before lib/config.mjs reads the environment.
import './import-links.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { guidesMapper } from '@/lib/import/guides';
import { navigationMapper } from '@/lib/import/navigation';
import { newsMapper, publicMapper } from '@/lib/import/news';
import { type ImportPlan, planImport, type SourceTree } from '@/lib/import/plan';
import { resourcesMapper } from '@/lib/import/resources';
import { rgesnMapper } from '@/lib/import/rgesn';
import { sitePagesMapper } from '@/lib/import/site-pages';
import { siteRoutesMapper } from '@/lib/import/site-routes';
import { toolboxMapper } from '@/lib/import/toolbox';
import { formatReport } from '@/lib/import/report';
import { statementMapper } from '@/lib/import/statement';
import { themesMapper } from '@/lib/import/themes';

const MARKER = '.imported-from';
const REPORT = 'import-report.txt';
/** Not the site's sources: tools' folders of a checkout. */
const NOT_SOURCES = new Set(['.git', 'node_modules', '_site', '.cache']);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Every regular file and symbolic link under `root`, sorted, as POSIX relative paths. */
function listSource(root: string): SourceTree {
  const files: string[] = [];
  const links: string[] = [];
  const walk = (dir: string, rel: string) => {
    const entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(relPath);
      else if (entry.isDirectory()) {
        if (!NOT_SOURCES.has(entry.name)) walk(path.join(dir, entry.name), relPath);
      } else if (entry.isFile()) files.push(relPath);
    }
  };
  walk(root, '');
  return { files, links, read: (p) => fs.readFileSync(path.join(root, ...p.split('/')), 'utf8') };
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The content folder may be written: new, empty, or a previous import. */
function checkTarget(target: string, source: string): void {
  if (inside(target, source) || inside(source, target)) {
    fail(`the content folder ${target} and the source ${source} must not contain one another`);
  }
  if (!fs.existsSync(target)) return;
  if (!fs.statSync(target).isDirectory())
    fail(`${target} exists and is not a folder: nothing written`);
  if (fs.readdirSync(target).length > 0 && !fs.existsSync(path.join(target, MARKER))) {
    fail(
      `${target} is not empty and was not made by an import (no ${MARKER} file): nothing written; choose a new folder`,
    );
  }
}

function write(plan: ImportPlan, source: string, dir: string, report: string): void {
  for (const output of plan.outputs) {
    const to = path.join(dir, ...output.to.split('/'));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if ('text' in output) fs.writeFileSync(to, output.text);
    else fs.copyFileSync(path.join(source, ...output.copy.split('/')), to);
  }
  fs.writeFileSync(path.join(dir, MARKER), `${source}\n`);
  fs.writeFileSync(path.join(dir, REPORT), report);
}

const [sourceArg, targetArg] = process.argv.slice(2);
if (!sourceArg || !targetArg) fail('usage: npm run import -- <eleventy-dsfr site> <content dir>');
const source = path.resolve(sourceArg);
const target = path.resolve(targetArg);
if (!fs.existsSync(path.join(source, 'content')) || !fs.statSync(source).isDirectory()) {
  fail(`${source} is not an eleventy-dsfr site (no content/ folder)`);
}
checkTarget(target, source);

// Themes and the menu link to the pages the mappers before them write: they come last.
const plan = planImport(listSource(source), [
  newsMapper(),
  guidesMapper(),
  rgesnMapper(),
  sitePagesMapper(),
  statementMapper(),
  toolboxMapper(),
  resourcesMapper(),
  publicMapper(),
  siteRoutesMapper(),
  themesMapper(),
  navigationMapper(),
]);
const report = formatReport(
  `Import of ${source} (Eleventy 2, eleventy-dsfr): what an editor must review, one line each.`,
  plan.notes,
  plan.counts,
);

// Written beside the target, then swapped in: a failed run leaves the previous import intact.
const staging = path.join(path.dirname(target), `.${path.basename(target)}.importing`);
const previous = path.join(path.dirname(target), `.${path.basename(target)}.previous`);
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
write(plan, source, staging, report);
if (fs.existsSync(target)) {
  fs.rmSync(previous, { recursive: true, force: true });
  fs.renameSync(target, previous);
}
fs.renameSync(staging, target);
fs.rmSync(previous, { recursive: true, force: true });

// What the site's own check says of the result: every warning left is a problem of the source
// (a broken link, an image without text, a frame without title…), listed for the editor too.
// (with LINKS=warn unless given: scripts/import-links.mjs)
const { checkContent } = await import('@/lib/content/check');
const { problems } = await checkContent(target);
// Paths in messages are written from the content folder, as the rest of the report, so that the
// report does not depend on where the import was written.
const shown = `${path.relative(process.cwd(), target).split(path.sep).join('/')}/`;
const checked = problems.map(
  (p) =>
    `${path.relative(target, path.resolve(p.file)).split(path.sep).join('/')}:${p.line}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message.replaceAll(shown, '')}`,
);
const byRule = new Map<string, number>();
for (const p of problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
const checkSection = [
  '',
  `What npm run check says of the imported content (${problems.length}): problems of the source, to fix there or here`,
  ...checked,
  '',
  `Check summary: ${[...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ') || 'nothing to report'}.`,
  '',
].join('\n');
fs.appendFileSync(path.join(target, REPORT), checkSection);

process.stdout.write(report + checkSection);
console.log(
  `✓ ${plan.outputs.length} files written to ${target}; report in ${path.join(target, REPORT)}`,
);
