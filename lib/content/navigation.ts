import fs from 'node:fs';
import path from 'node:path';
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { displayPath } from './config';
import { resolveSitePath } from './links';
import type { Problem } from './problems';
import { linkProblem } from './schema';
import type { KnownPage } from './site-pages';

/**
 * The header menu and the footer, from `navigation.yaml` at the root of a content source: so that
 * the mission's menu and this project's own are both written as content. A source without the
 * file, or without one of its two parts, gets the site's default for that part.
 */

export const NAVIGATION_FILE = 'navigation.yaml';

/** A link of the menu or the footer, with the line it is written on (for messages). */
export interface NavLink {
  label: string;
  /** A site path (`/publications/`) or a web address (`https://…`). */
  href: string;
  line?: number;
}

/** A section of the header menu: a link, sub-links (one level), or both. */
export interface MenuSection extends Partial<NavLink> {
  label: string;
  links: NavLink[];
}

export interface FooterGroup {
  title?: string;
  links: NavLink[];
}

export interface Navigation {
  menu: MenuSection[];
  footer: {
    /** A sentence under the site's name; the site's short description by default. */
    description?: string;
    groups: FooterGroup[];
    /** The line of links at the bottom: accessibility, legal notice, site map… */
    legal: NavLink[];
  };
  /** The file it was read from, or none for the default. */
  file?: string;
}

/** Today's menu and footer: what a content source without navigation.yaml shows. */
export const DEFAULT_NAVIGATION: Navigation = {
  menu: [
    { label: 'Accueil', href: '/', links: [] },
    { label: 'Actualités', href: '/actualites/', links: [] },
    { label: 'Publications', href: '/publications/', links: [] },
    { label: 'À propos', href: '/a-propos/', links: [] },
  ],
  footer: {
    groups: [],
    legal: [
      { label: 'Accessibilité : partiellement conforme', href: '/accessibilite/' },
      { label: 'Écoconception : mesures des pages', href: '/declaration-ecoconception/' },
      { label: 'Mentions légales', href: '/mentions-legales/' },
      { label: 'Données personnelles', href: '/donnees-personnelles/' },
      { label: 'Plan du site', href: '/plan-du-site/' },
    ],
  },
};

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required: add « ${what}: … »` : 'must be text') })
    .trim()
    .min(1, `must not be empty`);

const Href = z
  .string({ error: 'must be a site path (/publications/) or a web address (https://…)' })
  .trim()
  .superRefine((value, ctx) => {
    const message = linkProblem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const strict = <T extends z.ZodRawShape>(shape: T, keys: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key « ${issue.keys.join(', ')} »: ${keys}`
        : `must be a block with ${keys}`,
  });

const LinkSchema = strict({ label: text('label'), href: Href }, '« label: » and « href: »');
const Links = z.array(LinkSchema, { error: 'must be a list of links (« - label: … » then « href: … »)' });

const MenuSchema = z
  .array(
    strict(
      { label: text('label'), href: Href.optional(), links: Links.optional() },
      '« label: », and « href: » or « links: » (or both)',
    ).refine((s) => s.href !== undefined || (s.links?.length ?? 0) > 0, {
      error: 'needs « href: » (its page) or « links: » (its sub-links), or both',
    }),
    { error: 'must be a list of sections (« - label: … »)' },
  )
  .min(1, 'must list at least one section');

const NavigationSchema = strict(
  {
    menu: MenuSchema.optional(),
    footer: strict(
      {
        description: text('description').optional(),
        groups: z
          .array(strict({ title: text('title').optional(), links: Links.min(1) }, '« title: » and « links: »'), {
            error: 'must be a list of groups (« - title: … » then « links: »)',
          })
          .optional(),
        legal: Links.optional(),
      },
      '« description: », « groups: » and « legal: »',
    ).optional(),
  },
  '« menu: » and « footer: »',
);

/** The line of the node at `at` in the document, or of its nearest parent that exists. */
function lineAt(doc: Document, at: readonly PropertyKey[], lineOf: (offset: number) => number): number {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (depth === 0 || node !== undefined)) return lineOf(range[0]);
  }
  return 1;
}

/**
 * `navigation.yaml`, validated: the navigation it sets (default parts filled in), or problems at
 * `file:line` naming the field (`menu.2.links.0.href`). Pure: takes the file's text.
 */
export function parseNavigation(file: string, source: string): { navigation?: Navigation; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  const problem = (line: number, message: string, field?: string): Problem => ({
    file,
    line,
    severity: 'error',
    field,
    rule: 'navigation-file',
    message,
  });
  if (doc.errors.length > 0)
    return { problems: doc.errors.map((e) => problem(lineOf(e.pos[0]), `YAML syntax error: ${e.message.split('\n')[0]}`)) };
  if (doc.contents !== null && !isCollection(doc.contents))
    return { problems: [problem(1, 'must hold « menu: » and « footer: » blocks')] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 }) ?? {};
  } catch (error) {
    return { problems: [problem(1, `YAML could not be read: ${(error as Error).message}`)] };
  }
  const result = NavigationSchema.safeParse(data);
  if (!result.success)
    return {
      problems: result.error.issues.map((issue) =>
        problem(lineAt(doc, issue.path, lineOf), issue.message, issue.path.map(String).join('.') || undefined),
      ),
    };
  const at = (...keys: (string | number)[]) => lineAt(doc, keys, lineOf);
  const link = (l: { label: string; href: string }, ...keys: (string | number)[]): NavLink => ({
    label: l.label,
    href: l.href,
    line: at(...keys, 'href'),
  });
  const { menu, footer } = result.data;
  return {
    navigation: {
      file,
      menu:
        menu?.map((s, i) => ({
          label: s.label,
          ...(s.href !== undefined ? { href: s.href, line: at('menu', i, 'href') } : {}),
          links: (s.links ?? []).map((l, j) => link(l, 'menu', i, 'links', j)),
        })) ?? DEFAULT_NAVIGATION.menu,
      footer: footer
        ? {
            description: footer.description,
            groups: (footer.groups ?? []).map((g, i) => ({
              title: g.title,
              links: g.links.map((l, j) => link(l, 'footer', 'groups', i, 'links', j)),
            })),
            legal: (footer.legal ?? []).map((l, i) => link(l, 'footer', 'legal', i)),
          }
        : DEFAULT_NAVIGATION.footer,
    },
    problems: [],
  };
}

/** The navigation of a content source: its navigation.yaml if it has one. */
export function readNavigation(root: string): { navigation?: Navigation; problems: Problem[] } {
  const file = path.join(root, NAVIGATION_FILE);
  if (!fs.existsSync(file)) return { problems: [] };
  return parseNavigation(displayPath(file), fs.readFileSync(file, 'utf8'));
}

/** Every link of a navigation, with where it is written (`menu.1.links.0`), for the check. */
export function navigationLinks(navigation: Navigation): { link: NavLink; field: string }[] {
  return [
    ...navigation.menu.flatMap((s, i) => [
      ...(s.href !== undefined ? [{ link: { label: s.label, href: s.href, line: s.line }, field: `menu.${i}.href` }] : []),
      ...s.links.map((link, j) => ({ link, field: `menu.${i}.links.${j}.href` })),
    ]),
    ...navigation.footer.groups.flatMap((g, i) =>
      g.links.map((link, j) => ({ link, field: `footer.groups.${i}.links.${j}.href` })),
    ),
    ...navigation.footer.legal.map((link, i) => ({ link, field: `footer.legal.${i}.href` })),
  ];
}

/**
 * The navigation as pages show it: links to pages the site does not have are left out (a source
 * may hold only some pages; the check reports them when a file writes them), a former address
 * leads straight to its page, and a section left with no link at all is dropped.
 */
export function resolveNavigation(navigation: Navigation, pages: ReadonlyMap<string, KnownPage>): Navigation {
  const resolve = <T extends { href?: string }>(link: T): T | undefined => {
    if (link.href === undefined || !link.href.startsWith('/')) return link;
    const target = resolveSitePath(link.href, pages, () => undefined);
    if (target.kind !== 'page') return undefined;
    return { ...link, href: target.page.url ?? link.href };
  };
  const links = (list: readonly NavLink[]) => list.flatMap((l) => resolve(l) ?? []);
  return {
    ...navigation,
    menu: navigation.menu.flatMap((section) => {
      const own = resolve(section);
      const sub = links(section.links);
      if (!own?.href && sub.length === 0) return [];
      return [{ ...section, href: own?.href, links: sub }];
    }),
    footer: {
      ...navigation.footer,
      groups: navigation.footer.groups
        .map((g) => ({ ...g, links: links(g.links) }))
        .filter((g) => g.links.length > 0),
      legal: links(navigation.footer.legal),
    },
  };
}
