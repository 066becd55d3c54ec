export type Severity = 'error' | 'warning';

/** A problem found in a content file, always tied to a place an editor can open. */
export interface Problem {
  /** Path relative to the working directory, as an editor would type it. */
  file: string;
  line: number;
  column?: number;
  severity: Severity;
  /** The front matter field or the construct at fault (`date`, `link`, `html`, ...). */
  field?: string;
  message: string;
  /** A stable identifier of the rule, for counting and tests. */
  rule: string;
}

/**
 * `content/actualites/x.md:3: date: « 2022-13-01 » is not a valid date (expected YYYY-MM-DD)`;
 * a warning says so, so that it never reads as an error.
 */
export function formatProblem(p: Problem): string {
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}: ${severity}${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** `content/actualites/x.md:3:1: error: date: ...`, the format of `npm run check`. */
export function formatProblemWithSeverity(p: Problem): string {
  return `${p.file}:${p.line}:${p.column ?? 1}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 1) - (b.column ?? 1),
  );
}

/**
 * Thrown when content cannot be published. Carries every problem found, so that one run
 * reports them all; the build prints them one per line, without a stack trace.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
    super(
      `${errors.length} content error${errors.length > 1 ? 's' : ''}:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = errors;
  }
}
