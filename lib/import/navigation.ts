import { stringify } from 'yaml';
import { NAVIGATION_FILE } from '@/lib/content/navigation';
import { readJsDataFile } from './data-file';
import type { Mapper, MapperResult, Output, SourceTree } from './plan';
import type { Note } from './report';
import {
  addressOfPage,
  inCollections,
  navigationOf,
  siteAddresses,
  sourcePages,
} from './site-links';

/**
 * The menu and the footer of an eleventy-dsfr site, written to `navigation.yaml`:
 * - the menu is what its navigation template builds from the pages' `eleventyNavigation`: the
 *   pages without a parent, by `order`, each with the pages naming it as parent as sub-links;
 *   then the header's own links (À propos, Contact);
 * - the footer: the description from `_data/data.js`, the footer template's links (external ones
 *   as a group, the bottom ones as the legal links), labels translated from `_data/i18n/fr/`.
 * Only links to pages this import publishes are written; the others are reported. Templates are
 * read as text for their links, never run.
 */

const HEADER = '_includes/templates/header.njk';
const FOOTER = '_includes/templates/footer.njk';
const DATA = '_data/data.js';
const I18N = '_data/i18n/fr/index.js';

interface Link {
  label: string;
  href: string;
}

/** `<a class="… CLASS …" href="…">label</a>` of a template: href and label read as text. */
export function templateLinks(
  template: string,
  className: string,
  i18n: Record<string, unknown>,
): { links: Link[]; unread: string[] } {
  const links: Link[] = [];
  const unread: string[] = [];
  // Attributes may hold `{{ "…" | filter }}`, quotes inside quotes; comments `{# … #}` are not links.
  const anchor = /<a\b((?:\{\{[\s\S]*?\}\}|[^>])*)>([\s\S]*?)<\/a>/g;
  const visible = template.replace(/\{#[\s\S]*?#\}/g, '');
  for (const [, attributes = '', inner = ''] of visible.matchAll(anchor)) {
    const classes = /class="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
    if (!classes.includes(className)) continue;
    const hrefText = /href="(\{\{[\s\S]*?\}\}|[^"]*)"/.exec(attributes)?.[1] ?? '';
    // `{{ "/a-propos" | locale_url }}`: the path itself, in the one language of the site.
    const href = /^\{\{\s*"([^"]+)"\s*\|\s*locale_url\s*\}\}$/.exec(hrefText)?.[1] ?? hrefText;
    const label = inner
      .replace(/\{\{\s*"(\w+)"\s*\|\s*i18n\s*\}\}/g, (_, key: string) =>
        typeof i18n[key] === 'string' ? (i18n[key] as string) : `{{${key}}}`,
      )
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!href || /[{}]/.test(href) || !label || /[{}]/.test(label))
      unread.push(inner.trim() || hrefText);
    else links.push({ label, href });
  }
  return { links, unread };
}

const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function navigationMapper(): Mapper {
  return {
    name: 'navigation',
    map(tree: SourceTree, written: readonly Output[] = []): MapperResult {
      const files = new Set(tree.files);
      const notes: Note[] = [];
      const handled: string[] = [];
      const note = (message: string, kind: Note['kind'] = 'navigation') =>
        notes.push({ file: NAVIGATION_FILE, line: 1, kind, message });
      const site = siteAddresses(written);
      const read = (path: string) =>
        files.has(path) ? (handled.push(path), tree.read(path)) : undefined;
      const i18nText = read(I18N);
      const i18n = i18nText ? readJsDataFile(i18nText).values : {};

      // The menu: pages without a parent, by order; their children as sub-links.
      const pages = sourcePages(tree)
        .filter(inCollections)
        .map((page) => ({ page, nav: navigationOf(page) }))
        .filter((p): p is typeof p & { nav: NonNullable<typeof p.nav> } => p.nav !== undefined);
      const byOrder = <T extends { nav: { order?: number } }>(list: T[]) =>
        list.toSorted((a, b) => (a.nav.order ?? 0) - (b.nav.order ?? 0));
      const menu: { label: string; href?: string; links?: Link[] }[] = [];
      for (const top of byOrder(pages.filter((p) => !p.nav.parent))) {
        const label = top.nav.title ?? top.nav.key ?? String(top.page.data.title ?? '');
        const href = addressOfPage(top.page, site);
        const links: Link[] = [];
        for (const child of byOrder(
          pages.filter((p) => top.nav.key && p.nav.parent === top.nav.key),
        )) {
          const childLabel =
            child.nav.title ?? child.nav.key ?? String(child.page.data.title ?? '');
          const childHref = addressOfPage(child.page, site);
          if (childHref) links.push({ label: childLabel, href: childHref });
          else
            note(
              `menu « ${label} », sub-link « ${childLabel} »: its page ${child.page.path} is not published by this import: left out`,
            );
        }
        if (!href)
          note(
            `menu « ${label} »: its page ${top.page.path} is not published by this import: ${links.length > 0 ? 'the section keeps its sub-links' : 'left out'}`,
          );
        if (href || links.length > 0)
          menu.push({ label, ...(href ? { href } : {}), ...(links.length > 0 ? { links } : {}) });
      }
      const resolve = (link: Link, where: string): Link | undefined => {
        if (/^https?:\/\//.test(link.href)) return link;
        const to = site.lead(link.href);
        if (!to)
          note(
            `${where} « ${link.label} » (${link.href}): no page of this import answers there: left out`,
          );
        return to ? { label: link.label, href: to } : undefined;
      };
      const header = read(HEADER);
      if (header) {
        const { links, unread } = templateLinks(header, 'fr-link', i18n);
        for (const link of links) {
          const found = resolve(link, 'header link');
          if (found) menu.push(found);
        }
        for (const u of unread) note(`header link « ${u.slice(0, 60)} »: template logic, not read`);
        if (links.length > 0)
          note('the header’s own links (À propos, Contact…) are written at the end of the menu');
      }

      // The footer.
      const footer: { description?: string; groups?: { links: Link[] }[]; legal?: Link[] } = {};
      const dataText = read(DATA);
      const description = dataText
        ? readJsDataFile(dataText).values.footer_content_description
        : undefined;
      if (typeof description === 'string' && plainText(description)) {
        footer.description = plainText(description);
        if (/<a\b/.test(description))
          note('footer description: its links are dropped (the description is plain text)');
      }
      const footerText = read(FOOTER);
      if (footerText) {
        const outside = templateLinks(footerText, 'fr-footer__content-link', i18n);
        const bottom = templateLinks(footerText, 'fr-footer__bottom-link', i18n);
        const group = outside.links.flatMap((l) => resolve(l, 'footer link') ?? []);
        if (group.length > 0) footer.groups = [{ links: group }];
        const legal = bottom.links.flatMap((l) => resolve(l, 'footer link') ?? []);
        if (legal.length > 0) footer.legal = legal;
        for (const u of [...outside.unread, ...bottom.unread])
          note(`footer link « ${u.slice(0, 60)} »: template logic, not read`);
      }

      const data: Record<string, unknown> = {};
      if (menu.length > 0) data.menu = menu;
      if (Object.keys(footer).length > 0) data.footer = footer;
      const outputs: Output[] =
        Object.keys(data).length > 0
          ? [
              {
                to: NAVIGATION_FILE,
                from: header ? HEADER : FOOTER,
                text: `# The former site's menu and footer, from its pages' eleventyNavigation and its templates.\n${stringify(data, { lineWidth: 0 })}`,
              },
            ]
          : [];
      return {
        outputs,
        notes,
        handled,
        counts: { 'menu sections': menu.length },
      };
    },
  };
}
