import { stringify } from 'yaml';
import { THEMES_DIR } from '@/lib/content/themes';
import { stem } from './address';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';
import {
  addressOfPage,
  inCollections,
  navigationOf,
  siteAddresses,
  sourcePages,
  type SourcePage,
} from './site-links';

/**
 * The themes of an eleventy-dsfr site (`content/thematiques/<slug>.md`): each lists, in `items:`,
 * the navigation keys of the pages it gathers (`eleventyNavigation.key`, read by the former
 * site's `eleventyNavigationByKeys` filter). Each key becomes the site path of the page it names
 * on the imported site; a key no page declares, or whose page this import does not publish, is
 * reported and left out, never guessed. Runs after the mappers whose pages it links to.
 */

const SOURCE_DIR = `content/${THEMES_DIR}`;

/** The page each navigation key names, as the former site found it (the first in its collection). */
function pagesByKey(pages: readonly SourcePage[]): Map<string, SourcePage> {
  const byKey = new Map<string, SourcePage>();
  for (const page of pages) {
    const key = navigationOf(page)?.key;
    if (key && inCollections(page) && !byKey.has(key)) byKey.set(key, page);
  }
  return byKey;
}

export function themesMapper(): Mapper {
  return {
    name: 'themes',
    map(tree: SourceTree, written: readonly Output[] = []): MapperResult {
      const outputs: Output[] = [];
      const notes: Note[] = [];
      const handled: string[] = [];
      const site = siteAddresses(written);
      const pages = sourcePages(tree);
      const byKey = pagesByKey(pages);
      const bySlug = new Map(pages.map((p) => [p.formerAddress, p]));
      let themes = 0;
      let items = 0;
      let left = 0;
      for (const page of pages) {
        if (!page.path.startsWith(`${SOURCE_DIR}/`)) continue;
        handled.push(page.path);
        const name = stem(page.path);
        const title = typeof page.data.title === 'string' ? page.data.title : undefined;
        if (name === 'index') {
          // The index page lists the themes with template code: this site lists them itself.
          const to = `${THEMES_DIR}/index.md`;
          outputs.push({
            to,
            from: page.path,
            text: `---\n${stringify({ title: title ?? 'Thématiques' })}---\n`,
          });
          notes.push({
            file: to,
            line: 1,
            kind: 'template',
            message:
              'the former index listed the themes with template code: the site lists them itself, in their order',
          });
          continue;
        }
        const to = `${THEMES_DIR}/${name}.md`;
        const keys = Array.isArray(page.data.items)
          ? page.data.items.filter((k): k is string => typeof k === 'string')
          : [];
        const paths: string[] = [];
        keys.forEach((key, i) => {
          const target = byKey.get(key);
          const address = target && addressOfPage(target, site);
          if (address) {
            if (!paths.includes(address)) paths.push(address);
            return;
          }
          left++;
          const same = bySlug.get(`/${key}/`);
          const hint = same
            ? ` (${same.path} has the address /${key}/: add it by hand if it is the page meant)`
            : '';
          notes.push({
            file: to,
            line: 1,
            kind: 'theme',
            message: target
              ? `item ${i + 1} « ${key} »: its page ${target.path} is not published by this import: left out`
              : `item ${i + 1} « ${key} »: no page of the source has this navigation key (the former site showed no card for it): left out${hint}`,
          });
        });
        items += paths.length;
        themes++;
        const order = navigationOf(page)?.order;
        const data: Record<string, unknown> = { title: title ?? name };
        if (typeof page.data.description === 'string') data.description = page.data.description;
        if (order !== undefined) data.order = order;
        if (paths.length > 0) data.items = paths;
        outputs.push({
          to,
          from: page.path,
          text: `---\n${stringify(data, { lineWidth: 0 })}---\n`,
        });
      }
      for (const file of tree.files) {
        if (file.startsWith(`${SOURCE_DIR}/`) && !handled.includes(file)) {
          handled.push(file);
          notes.push({
            file,
            line: 1,
            kind: 'skipped',
            message: 'not a page with front matter: not imported',
          });
        }
      }
      return {
        outputs,
        notes,
        handled,
        counts: { 'themes written': themes, 'theme items': items, 'theme items left out': left },
      };
    },
  };
}
