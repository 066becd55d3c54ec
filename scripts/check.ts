/**
 * `npm run check`: validates the content source (CONTENT_DIR honoured) without building.
 * One line per problem, `path:line:column: error|warning: message`; exit 1 on any error.
 */
import { randomUUID } from 'node:crypto';
import { config } from '@/lib/config.mjs';
import { checkContent } from '@/lib/content/check';
import { formatProblem, formatProblemWithSeverity } from '@/lib/content/problems';
import { formatAnnotation, withCommandsStopped } from '@/lib/github-annotations';

const quiet = process.argv.includes('--quiet');
// `--format build`: the build's shorter `path:line: field: message` lines.
const format = process.argv.includes('build') ? formatProblem : formatProblemWithSeverity;
const { problems, files, bodies } = await checkContent();
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.length - errors.length;
// The build shows broken links even as warnings (LINKS=warn): an import should see them.
const shown = problems.filter(
  (p) => !quiet || p.severity !== 'warning' || p.rule === 'link-broken',
);
const lines = shown.map(format);
if (config.githubActions) {
  // The plain report names files as they are, line breaks included: printed with commands
  // stopped, then one annotation per problem, escaped.
  if (lines.length) for (const line of withCommandsStopped(lines, randomUUID())) console.log(line);
  for (const p of problems) {
    const message = `${p.field ? `${p.field}: ` : ''}${p.message}`;
    console.log(
      formatAnnotation({ level: p.severity, file: p.file, line: p.line, col: p.column, message }),
    );
  }
} else {
  for (const line of lines) console.log(line);
}
const summary = `${files} file${files > 1 ? 's' : ''} checked: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
if (!quiet) {
  console.log(
    `bodies: ${bodies.compiled} compiled, ${bodies.kept} unchanged since a previous build (node_modules/.cache/compiled-bodies/)`,
  );
}
// The summary stays the last line.
console.log(errors.length > 0 ? `✗ ${summary}` : `✓ ${summary}`);
process.exit(errors.length > 0 ? 1 : 0);
