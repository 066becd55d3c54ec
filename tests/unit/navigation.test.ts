import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNavigationLinks } from '@/lib/content/check-links';
import {
  DEFAULT_NAVIGATION,
  parseNavigation,
  readNavigation,
  resolveNavigation,
} from '@/lib/content/navigation';
import { formatProblem } from '@/lib/content/problems';
import { buildPageIndex } from '@/lib/content/site-pages';
import type { PageEntry } from '@/lib/content/types';
import { importWithEnv } from '../helpers/env';

const FILE = 'content/navigation.yaml';

const page = (slug: string, aliases: string[] = []): PageEntry => ({
  kind: 'page',
  file: `content/pages/${slug}.md`,
  absPath: `/abs/${slug}.md`,
  slug,
  url: `/${slug}/`,
  title: slug,
  draft: false,
  unlisted: false,
  aliases,
  format: 'md',
  body: '',
  bodyLine: 3,
  data: {},
  keyLines: {},
});

const pages = buildPageIndex({
  news: [],
  publications: [],
  tools: [],
  pages: [page('formations', ['/ancienne-formation/']), page('contact')],
});

const SOURCE = `menu:
  - label: Accueil
    href: /
  - label: Formations
    href: /formations/
    links:
      - label: Ancienne adresse
        href: /ancienne-formation/
      - label: Nulle part
        href: /nulle-part/
  - label: Ressources
    links:
      - label: Introuvable
        href: /introuvable/
footer:
  groups:
    - title: Sites publics
      links:
        - label: data.gouv.fr
          href: https://data.gouv.fr
  legal:
    - label: Contact
      href: /contact/
`;

afterEach(() => vi.unstubAllEnvs());

describe('navigation.yaml', () => {
  it('reads the menu with its sub-links and the footer, each link with its line', () => {
    const { navigation, problems } = parseNavigation(FILE, SOURCE);
    expect(problems).toEqual([]);
    expect(navigation?.menu[1]).toEqual({
      label: 'Formations',
      href: '/formations/',
      line: 5,
      links: [
        { label: 'Ancienne adresse', href: '/ancienne-formation/', line: 8 },
        { label: 'Nulle part', href: '/nulle-part/', line: 10 },
      ],
    });
    expect(navigation?.footer.groups).toEqual([
      {
        title: 'Sites publics',
        links: [{ label: 'data.gouv.fr', href: 'https://data.gouv.fr', line: 20 }],
      },
    ]);
    expect(navigation?.footer.description).toBeUndefined();
  });

  it('reports a bad file at its file:line, naming the field', () => {
    const { navigation, problems } = parseNavigation(
      FILE,
      'menu:\n  - label: Accueil\n  - label: Piège\n    href: "javascript:alert(1)"\n  - label: X\n    lien: /x/\n',
    );
    expect(navigation).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:2: menu.0: needs « href: » (its page) or « links: » (its sub-links), or both`,
      `${FILE}:4: menu.1.href: must be a site path (/publications/…) or a web address (https://…)`,
      `${FILE}:5: menu.2: unknown key « lien »: « label: », and « href: » or « links: » (or both)`,
      `${FILE}:5: menu.2: needs « href: » (its page) or « links: » (its sub-links), or both`,
    ]);
    expect(parseNavigation(FILE, 'menu: [\n').problems[0]?.message).toMatch(/^YAML syntax error/);
  });

  it('gives the default menu and footer to a source without the file, or the part it lacks', () => {
    expect(readNavigation('/nowhere')).toEqual({ problems: [] });
    const onlyFooter = parseNavigation(
      FILE,
      'footer:\n  legal:\n    - label: Contact\n      href: /contact/\n',
    );
    expect(onlyFooter.navigation?.menu).toEqual(DEFAULT_NAVIGATION.menu);
    expect(onlyFooter.navigation?.footer.legal).toEqual([
      { label: 'Contact', href: '/contact/', line: 4 },
    ]);
    const onlyMenu = parseNavigation(FILE, 'menu:\n  - label: Accueil\n    href: /\n');
    expect(onlyMenu.navigation?.footer).toEqual(DEFAULT_NAVIGATION.footer);
    // Today's menu: the home page, the news, the publications and the about page.
    expect(DEFAULT_NAVIGATION.menu.map((s) => s.href)).toEqual([
      '/',
      '/actualites/',
      '/publications/',
      '/a-propos/',
    ]);
  });

  it('shows only links to pages the site has, a former address as its page', () => {
    const { navigation } = parseNavigation(FILE, SOURCE);
    const shown = resolveNavigation(navigation!, pages);
    expect(shown.menu).toEqual([
      { label: 'Accueil', href: '/', line: 3, links: [] },
      {
        label: 'Formations',
        href: '/formations/',
        line: 5,
        links: [{ label: 'Ancienne adresse', href: '/formations/', line: 8 }],
      },
      // « Ressources » had only a link to nothing: no section left to show.
    ]);
    expect(shown.footer.legal.map((l) => l.href)).toEqual(['/contact/']);
    expect(shown.footer.groups[0]?.links[0]?.href).toBe('https://data.gouv.fr');
    // The default keeps today's behaviour: a link to a page the source lacks (« À propos ») is
    // not shown; the site's own routes always are.
    expect(resolveNavigation(DEFAULT_NAVIGATION, pages).menu.map((s) => s.href)).toEqual([
      '/',
      '/actualites/',
      '/publications/',
    ]);
  });

  it('checks each link of the file like other links: an error at its line, a warning for an import', async () => {
    const { navigation } = parseNavigation(FILE, SOURCE);
    expect(checkNavigationLinks(navigation!, pages).map(formatProblem)).toEqual([
      `${FILE}:10: menu.1.links.1.href: link « /nulle-part/ » leads to no page: the menu and the footer link to pages of the site`,
      `${FILE}:14: menu.2.links.0.href: link « /introuvable/ » leads to no page: the menu and the footer link to pages of the site`,
    ]);
    const imported = await importWithEnv(
      { LINKS: 'warn' },
      () => import('@/lib/content/check-links'),
    );
    expect(imported.checkNavigationLinks(navigation!, pages).map((p) => p.severity)).toEqual([
      'warning',
      'warning',
    ]);
    // The default is the site's own: nothing to report.
    expect(checkNavigationLinks(DEFAULT_NAVIGATION, pages)).toEqual([]);
  });
});
