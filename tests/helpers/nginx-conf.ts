/**
 * Reads what docs/nginx.conf sends: its `map $uri $name { ... }` blocks and the server's
 * `add_header` lines, evaluated as nginx does for one URI, so tests can compare it with
 * out/_headers without running nginx.
 */
import fs from 'node:fs';

interface MapEntry {
  /** An exact URI, or a regular expression (`~`, `~*` for any case). */
  match: string | RegExp;
  value: string;
}

export interface NginxConf {
  maps: Map<string, { entries: MapEntry[]; fallback: string }>;
  /** `add_header` lines of the server: name and value (a literal or a `$variable`). */
  headers: [string, string][];
  /** Every other simple directive, as written (`disable_symlinks on`). */
  directives: string[];
}

const unquote = (text: string) => (/^".*"$/.test(text) ? text.slice(1, -1) : text);

/** `source value;` inside a map: the source may be quoted, the value is quoted or a word. */
function parseMapLine(line: string): [string, string] | undefined {
  const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+("(?:[^"\\]|\\.)*"|[^;\s]+)\s*;$/.exec(line);
  return match ? [unquote(match[1] ?? ''), unquote(match[2] ?? '')] : undefined;
}

export function parseNginxConf(text: string): NginxConf {
  const conf: NginxConf = { maps: new Map(), headers: [], directives: [] };
  let map: { entries: MapEntry[]; fallback: string } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const opening = /^map\s+\$\w+\s+\$(\w+)\s*\{$/.exec(line);
    if (opening) {
      map = { entries: [], fallback: '' };
      conf.maps.set(opening[1] ?? '', map);
      continue;
    }
    if (map) {
      if (line === '}') {
        map = undefined;
        continue;
      }
      const entry = parseMapLine(line);
      if (!entry) throw new Error(`nginx.conf: unreadable map line « ${line} »`);
      const [source, value] = entry;
      if (source === 'default') map.fallback = value;
      else if (source.startsWith('~*'))
        map.entries.push({ match: new RegExp(source.slice(2), 'i'), value });
      else if (source.startsWith('~'))
        map.entries.push({ match: new RegExp(source.slice(1)), value });
      else map.entries.push({ match: source, value });
      continue;
    }
    const header = /^add_header\s+(\S+)\s+("(?:[^"\\]|\\.)*"|\S+)\s+always;$/.exec(line);
    if (header) conf.headers.push([header[1] ?? '', unquote(header[2] ?? '')]);
    else if (line.endsWith(';')) conf.directives.push(line.slice(0, -1));
  }
  return conf;
}

export function readNginxConf(file: string): NginxConf {
  return parseNginxConf(fs.readFileSync(file, 'utf8'));
}

/** nginx's order: an exact string first, then the first regular expression that matches. */
function mapValue(conf: NginxConf, name: string, uri: string): string {
  const map = conf.maps.get(name);
  if (!map) throw new Error(`nginx.conf: no map for $${name}`);
  const exact = map.entries.find((e) => typeof e.match === 'string' && e.match === uri);
  const regex = map.entries.find((e) => e.match instanceof RegExp && e.match.test(uri));
  return (exact ?? regex)?.value ?? map.fallback;
}

/** The headers nginx sends for a URI; an empty value sends no header, as in nginx. */
export function nginxHeadersFor(conf: NginxConf, uri: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of conf.headers) {
    const resolved = value.startsWith('$') ? mapValue(conf, value.slice(1), uri) : value;
    if (resolved) headers[name] = resolved;
  }
  return headers;
}
