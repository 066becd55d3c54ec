/**
 * The former site's container syntax (markdown-it-container), written as editors know it, in the
 * syntax of the directive parser this site uses (remark-directive). Line for line, so that every
 * problem is still reported at the line the editor wrote:
 *
 *   :::callout Titre          ->  :::callout[Titre]
 *   :::info Titre             ->  :::alert[Titre]{type="info"}      (also warning, error, success)
 *   :::quote /img/photo.jpg   ->  :::quote{image="/img/photo.jpg"}
 *   :::accordion Titre        ->  :::accordion[Titre]               (also « ??? Titre » … « ??? »)
 *   :::posts tags="A, B" upcoming -> :::posts{tags="A, B" upcoming}
 *
 * Fenced code is left alone. Pure.
 */
const OPENER = /^(\s{0,3})(:{3,}|\?{3,})[ \t]*([A-Za-z][\w-]*)?(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ALERTS = new Set(['info', 'warning', 'error', 'success']);

const label = (text: string) => {
  const clean = text.trim();
  return clean ? `[${clean.replace(/([\\[\]])/g, '\\$1')}]` : '';
};
const quoted = (value: string) => `"${value.trim().replace(/"/g, '&quot;')}"`;

function rewrite(indent: string, fence: string, name: string | undefined, rest: string): string {
  const colons = ':'.repeat(fence.length);
  const accordion = fence.startsWith('?');
  if (!name && !rest.trim()) return `${indent}${colons}`;
  if (accordion) {
    const title = `${name ?? ''}${rest}`;
    return title.trim() === 'accordionsgroup'
      ? `${indent}${colons}accordionsgroup`
      : `${indent}${colons}accordion${label(title)}`;
  }
  if (!name) return `${indent}${fence}${rest}`;
  const key = name.toLowerCase();
  if (ALERTS.has(key)) return `${indent}${colons}alert${label(rest)}{type="${key}"}`;
  if (key === 'quote')
    return `${indent}${colons}quote${rest.trim() ? `{image=${quoted(rest)}}` : ''}`;
  if (key === 'posts') return `${indent}${colons}posts{${rest.trim()}}`;
  // Already in directive form (`:::callout[Titre]`), or a name the plugin will report.
  if (/^[[{]/.test(rest)) return `${indent}${colons}${name}${rest}`;
  return `${indent}${colons}${name}${label(rest)}`;
}

export function prepareContainers(body: string): string {
  if (!body.includes(':::') && !body.includes('???')) return body;
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const fenceMatch = FENCE.exec(line);
      if (fence) {
        if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
        return line;
      }
      if (fenceMatch) {
        fence = fenceMatch[1];
        return line;
      }
      const match = OPENER.exec(line);
      if (!match) return line;
      const [, indent = '', marks = '', name, rest = ''] = match;
      return rewrite(indent, marks, name, rest);
    })
    .join('\n');
}
