/**
 * `npm run check`: validates the content source (CONTENT_DIR honoured) without building.
 * One line per problem, `path:line:column: error|warning: message`; exit 1 on any error.
 */
import { checkContent } from '@/lib/content/check';
import { formatProblem, formatProblemWithSeverity } from '@/lib/content/problems';

const quiet = process.argv.includes('--quiet');
// `--format build`: the build's shorter `path:line: field: message` lines.
const format = process.argv.includes('build') ? formatProblem : formatProblemWithSeverity;
const { problems, files } = await checkContent();
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.length - errors.length;
for (const problem of problems) {
  // The build shows broken links even as warnings (LINKS=warn): an import should see them.
  if (quiet && problem.severity === 'warning' && problem.rule !== 'link-broken') continue;
  console.log(format(problem));
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const p of problems) {
    const message = `${p.field ? `${p.field}: ` : ''}${p.message}`
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A');
    console.log(
      `::${p.severity} file=${p.file},line=${p.line}${p.column ? `,col=${p.column}` : ''}::${message}`,
    );
  }
}
const summary = `${files} file${files > 1 ? 's' : ''} checked: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
console.log(errors.length > 0 ? `✗ ${summary}` : `✓ ${summary}`);
process.exit(errors.length > 0 ? 1 : 0);
