/** A small iCalendar reader for tests: what the generator writes, read back independently. */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A small reader of what the generator writes: unfolds, then splits name;params:value. */
export function parse(text: string): Property[] {
  if (!text.endsWith('\r\n') || /[\r\n]/.test(text.replace(/\r\n/g, '')))
    throw new Error('not CRLF-terminated lines');
  return text
    .slice(0, -2)
    .split('\r\n')
    .reduce<string[]>((lines, line) => {
      if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
      else lines.push(line);
      return lines;
    }, [])
    .map((line) => {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

export const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

/** Offsets of Paris, read from the VTIMEZONE rules: last Sunday of March and of October. */
export function parisInstant(local: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local);
  if (!m) throw new Error(local);
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const key = mo * 100 + d + h / 100;
  const summer = key >= 300 + lastSunday(3) + 0.02 && key < 1000 + lastSunday(10) + 0.03;
  return Date.UTC(y, mo - 1, d, h, mi) - (summer ? 2 : 1) * 3_600_000;
}

/** Each VEVENT as its properties by name. */
export function events(text: string): Map<string, Property>[] {
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | undefined;
  for (const property of parse(text)) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = new Map();
    else if (property.name === 'END' && property.value === 'VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else current?.set(property.name, property);
  }
  return out;
}
