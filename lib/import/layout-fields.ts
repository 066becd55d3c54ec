/**
 * The fields a former layout showed from a page's front matter (`<b>Auteur</b> : {{ auteur }}`,
 * `<h2>Périmètre</h2><p>{{ perimetre }}</p>`, `<a href="{{ url }}">Voir l'outil</a>`), with the
 * label it gave them, in the layout's order; and those fields written as Markdown, a table and
 * a link, for a site whose front matter does not know them. Pure: takes the layout's text.
 */

export interface LayoutField {
  key: string;
  label: string;
  /** Shown as a link's address, `label` being the link's text. */
  link: boolean;
}

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function layoutFields(layout: string): LayoutField[] {
  const found: (LayoutField & { at: number })[] = [];
  // A label element closed just before the value: </b>, </strong>, </h2>…, </dt>, </th>.
  const labelled =
    /<(b|strong|h[2-6]|dt|th)\b[^>]*>([\s\S]{1,120}?)<\/\1>\s*(?::\s*)?(?:<\/?(?:p|dd|td|span|div)\b[^>]*>\s*)*\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;
  for (const m of layout.matchAll(labelled)) {
    const label = text(m[2] ?? '');
    if (label) found.push({ key: m[3] ?? '', label, link: false, at: m.index ?? 0 });
  }
  const links = /<a\b[^>]*\bhref="\{\{\s*([A-Za-z_]\w*)\s*\}\}"[^>]*>([\s\S]{1,120}?)<\/a>/g;
  for (const m of layout.matchAll(links)) {
    const label = text(m[2] ?? '');
    if (label) found.push({ key: m[1] ?? '', label, link: true, at: m.index ?? 0 });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.key) && seen.add(f.key))
    .map(({ key, label, link }) => ({ key, label, link }));
}

const cell = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** The fields a page has, as a table (`| Auteur | Déclic |`) then its links, in Markdown. */
export function fieldsMarkdown(
  fields: readonly LayoutField[],
  data: Record<string, unknown>,
): string {
  const value = (key: string) => {
    const v = data[key];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? String(v).trim()
      : '';
  };
  const rows = fields.filter((f) => !f.link && value(f.key));
  const links = fields.filter((f) => f.link && /^(https?:\/\/|\/)/.test(value(f.key)));
  const parts: string[] = [];
  if (rows.length > 0)
    parts.push(
      [
        '| Caractéristique | Description |',
        '| --- | --- |',
        ...rows.map((f) => `| ${cell(f.label)} | ${cell(value(f.key))} |`),
      ].join('\n'),
    );
  for (const f of links) parts.push(`[${f.label.replace(/[[\]]/g, '\\$&')}](${value(f.key)})`);
  return parts.join('\n\n');
}
