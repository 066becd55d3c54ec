import { permalinkUrl } from './address';
import type { Defaults } from './cascade';
import { readYaml, splitFrontMatter, type FrontMatterSplit } from './front-matter';
import { cascadePermalink } from './news-fields';
import type { NoteKind } from './report';

export type PageFrontMatter =
  | { ok: true; split: FrontMatterSplit; data: Record<string, unknown> }
  /** Unreadable: the page is copied as written, with its former address for the editor. */
  | { ok: false; oldAddress?: string };

/**
 * A page's front matter, as every mapper reads it: repaired where the former site's parser was
 * more lenient than YAML (reported), or, when it cannot be read, the reason reported and the page
 * to be copied as written (an editor fixes it, then the check reads it).
 */
export function readPageFrontMatter(
  source: string,
  page: { defaults: Defaults; inputRel: string; slug: string; newAddress: string },
  note: (line: number, kind: NoteKind, message: string) => void,
): PageFrontMatter {
  const split = repaired(splitFrontMatter(source));
  const parsed = split ? readYaml(split.yaml) : undefined;
  if (split && parsed?.ok) {
    if (split.repaired) note(1, 'front-matter', `front matter ${split.repaired}`);
    return { ok: true, split, data: parsed.data };
  }
  const why =
    parsed && !parsed.ok ? `front matter is not valid YAML (${parsed.message})` : 'no front matter';
  const permalink = cascadePermalink(page.defaults, page.inputRel);
  const old = permalink ? permalinkUrl(permalink, page.slug) : undefined;
  const alias = old && old !== page.newAddress ? `; add « aliases: [${old}] » once fixed` : '';
  note(
    parsed && !parsed.ok ? parsed.line + 1 : 1,
    'front-matter',
    `${why}: copied as written, nothing mapped${alias}`,
  );
  return { ok: false, oldAddress: old };
}

/**
 * Front matter the former site's parser read but YAML forbids, made valid when that is enough:
 * indentation with tabs (`tags:` then a tab and `- x`) becomes two spaces a tab; a quoted value
 * continued on lines that start at the margin gets those lines indented.
 */
function repaired(
  split: FrontMatterSplit | undefined,
): (FrontMatterSplit & { repaired?: string }) | undefined {
  if (!split || readYaml(split.yaml).ok) return split;
  const untabbed = split.yaml.replace(/^\t+/gm, (tabs: string) => '  '.repeat(tabs.length));
  if (untabbed !== split.yaml && readYaml(untabbed).ok)
    return {
      ...split,
      yaml: untabbed,
      repaired: 'indented with tabs, which YAML does not allow: indented with spaces instead',
    };
  const continued = indentQuotedContinuations(untabbed);
  if (continued !== untabbed && readYaml(continued).ok)
    return {
      ...split,
      yaml: continued,
      repaired:
        'a quoted value continued on lines at the margin, which YAML does not allow: those lines indented',
    };
  return split;
}

/** `key: "text` then lines at the margin until the closing quote: those lines indented. */
function indentQuotedContinuations(yaml: string): string {
  let open = false;
  return yaml
    .split('\n')
    .map((line) => {
      const quotes = (text: string) => (text.replace(/\\"/g, '').match(/"/g) ?? []).length;
      if (open) {
        if (quotes(line) % 2 === 1) open = false;
        return /^\S/.test(line) ? `  ${line}` : line;
      }
      const value = /^[\w-]+:\s*(".*)$/.exec(line)?.[1];
      if (value && quotes(value) % 2 === 1) open = true;
      return line;
    })
    .join('\n');
}

/** A page's front matter values, repaired as above, or none: for what lists show of a page. */
export function frontMatterData(source: string): Record<string, unknown> {
  const split = repaired(splitFrontMatter(source));
  const parsed = split ? readYaml(split.yaml) : undefined;
  return parsed?.ok ? parsed.data : {};
}
