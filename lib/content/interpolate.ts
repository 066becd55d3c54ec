import { LIMITS } from './limits';
import type { Problem } from './problems';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

function lookup(data: Record<string, unknown>, key: string): unknown {
  let value: unknown = data;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  // An `image: { path, alt }` object stands for its path, as `![]({{ image }})` expects.
  if (value && typeof value === 'object' && 'path' in value) return (value as { path: unknown }).path;
  return value;
}

/**
 * Legacy Liquid-style interpolation of the former Eleventy site: `{{ key }}` in a `.md` body is
 * replaced by the front matter value. An unknown key is an error with its line, except keys of the
 * former site's global data (`metadata.*`), which this site does not have: those are removed with a
 * warning so that imported content still builds.
 */
export function interpolate(
  file: string,
  body: string,
  bodyLine: number,
  data: Record<string, unknown>,
): { body: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  // What the values add, bounded: a short placeholder repeated can otherwise grow a file a
  // thousandfold before any other limit sees it.
  let added = 0;
  let tooLong = false;
  const out = lines.map((text, index) =>
    text.replace(PLACEHOLDER, (match, key: string, offset: number) => {
      const value = lookup(data, key);
      const place = { file, line: bodyLine + index, column: offset + 1 };
      if (typeof value === 'string' || typeof value === 'number') {
        const replacement = String(value);
        added += replacement.length;
        if (body.length + added <= LIMITS.bodyBytes) return replacement;
        if (!tooLong)
          problems.push({
            ...place,
            severity: 'error',
            field: 'interpolation',
            message: `« ${match} »: the values put in the text make it longer than ${LIMITS.bodyBytes / 1000} Ko: write the text itself`,
            rule: 'limit-interpolation',
          });
        tooLong = true;
        return '';
      }
      if (key.startsWith('metadata.')) {
        problems.push({
          ...place,
          severity: 'warning',
          field: 'interpolation',
          message: `« ${match} » refers to the former site's global data, which this site does not have: it is removed (write the value itself instead)`,
          rule: 'interpolation-legacy',
        });
        return '';
      }
      problems.push({
        ...place,
        severity: 'error',
        field: 'interpolation',
        message:
          value === undefined
            ? `« ${match} »: no front matter field « ${key} » (add it, or write the value itself)`
            : `« ${match} »: the field « ${key} » is not a text`,
        rule: 'interpolation-unknown',
      });
      return match;
    }),
  );
  return { body: out.join('\n'), problems };
}
