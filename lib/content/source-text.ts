import type { Problem } from './problems';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a content file, or why it cannot be one. Content files are UTF-8: another encoding
 * (UTF-16 from some editors, Latin-1) would otherwise be read as garbage and reported as a missing
 * front matter. NUL bytes have no place in text and would reach titles and feeds.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text?: string; problems: Problem[] } {
  const problem = (line: number, message: string, rule: string) => ({
    problems: [{ file, line, severity: 'error' as const, field: 'encoding', message, rule }],
  });
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let text: string;
  try {
    if (utf16) throw new Error('UTF-16');
    text = utf8.decode(bytes);
  } catch {
    return problem(
      1,
      `the file is not UTF-8${utf16 ? ' (it is UTF-16)' : ''}: save it as UTF-8 in your editor`,
      'encoding-not-utf8',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return problem(line, 'the file holds a NUL byte (not text): remove it', 'encoding-nul');
  }
  return { text, problems: [] };
}
