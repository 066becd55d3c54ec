/**
 * GitHub Actions annotations (`::error file=…,line=…,col=…::message`), the workflow command that
 * shows a problem on the changed line of a pull request. GitHub reads one command per line and
 * splits properties on `,` and `=` and the command on `::`: a value is escaped as GitHub documents
 * it (and its toolkit does), so that a file name or a message can neither end the command early
 * nor start another one on a new line.
 */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** The message: `%`, `\r`, `\n`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, and `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line, whatever the file name and the message hold. */
export function formatAnnotation({ level, message, ...properties }: Annotation): string {
  const written = (['file', 'line', 'col', 'title'] as const)
    .filter((name) => properties[name] !== undefined && properties[name] !== '')
    .map((name) => `${name}=${escapeProperty(String(properties[name]))}`)
    .join(',');
  return `::${level}${written ? ` ${written}` : ''}::${escapeData(message)}`;
}

/**
 * Lines printed with workflow commands stopped: on a runner, any printed line that starts with
 * `::` is a command, and a line of plain output can be made to start so (a file name holding a
 * line break). Nothing between the two markers is read as a command; the token, unguessable,
 * is the only way to resume.
 */
export function withCommandsStopped(lines: readonly string[], token: string): string[] {
  return [`::stop-commands::${token}`, ...lines, `::${token}::`];
}
