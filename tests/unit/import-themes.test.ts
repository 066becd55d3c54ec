import { describe, expect, it } from 'vitest';
import { navigationMapper, templateLinks } from '@/lib/import/navigation';
import { planImport, type Mapper, type Output, type SourceTree } from '@/lib/import/plan';
import { themesMapper } from '@/lib/import/themes';

const SOURCE: Record<string, string> = {
  'content/index.njk':
    '---\ntitle: Accueil\neleventyNavigation:\n  key: Accueil\n  order: 1\n---\n',
  'content/guides/achats/index.md':
    '---\ntitle: Acheter\npermalink: /publications/achats/\neleventyNavigation:\n  key: guideachat\n  parent: ressources\n  title: Le guide des achats\n  order: 2\n---\n',
  'content/guides/achats/fiche.md':
    '---\ntitle: Fiche\neleventyNavigation:\n  key: fiche\n  parent: ressources\n  order: 1\n---\n',
  'content/ressources/index.md':
    '---\ntitle: Ressources\neleventyNavigation:\n  key: ressources\n  order: 4\n---\n',
  'content/formations/index.md':
    '---\ntitle: Formations\neleventyNavigation:\n  key: formations\n  order: 3\n---\n',
  'content/cache.md':
    '---\ntitle: Caché\neleventyExcludeFromCollections: true\neleventyNavigation:\n  key: cache\n---\n',
  'content/thematiques/achats.md':
    '---\ntitle: Acheter responsable\neleventyNavigation:\n  parent: thematiques\n  order: 20\nitems:\n  - guideachat\n  - formations\n  - inconnu\n  - cache\n  - fiche\n  - guideachat\n---\n',
  'content/thematiques/index.njk':
    '---\ntitle: Vos besoins\n---\n<ul>{% for t in x %}{% endfor %}</ul>\n',
  '_includes/templates/header.njk':
    '<a class="fr-link fr-fi-mail-line" href="{{ "/contact" | locale_url }}">Contact</a>\n<a class="fr-link" href="/nulle-part/">{{ "about" | i18n }}</a>\n',
  '_includes/templates/footer.njk':
    '<a class="fr-footer__content-link" href="https://data.gouv.fr">data.gouv.fr</a>\n<a class="fr-footer__bottom-link" href="/fiche-page/">{{ "sitemap" | i18n }}</a>\n{# <a class="fr-footer__bottom-link" href="#">Commenté</a> #}\n',
  '_data/i18n/fr/index.js': 'module.exports = { sitemap: "Plan du site", about: "À propos" };\n',
  '_data/data.js':
    'module.exports = { footer_content_description: `La mission <a href="https://x.fr">X</a>.` };\n',
};

const tree: SourceTree = {
  files: Object.keys(SOURCE).sort(),
  links: [],
  read: (p) => SOURCE[p] ?? '',
};

/** Stands for the mappers before: the guide and its sheet written, the sheet with a former address. */
const earlier: Mapper = {
  name: 'pages',
  map: () => ({
    outputs: [
      {
        to: 'publications/achats/index.md',
        from: 'content/guides/achats/index.md',
        text: '---\ntitle: Acheter\n---\n',
      },
      {
        to: 'publications/achats/fiche.md',
        from: 'content/guides/achats/fiche.md',
        text: '---\ntitle: Fiche\naliases:\n  - /fiche-page/\n---\n',
      },
      {
        to: 'pages/contact.md',
        from: 'content/contact/index.md',
        text: '---\ntitle: Contact\n---\n',
      },
    ],
    notes: [],
    handled: [],
    counts: {},
  }),
};

const text = (outputs: readonly Output[], to: string) => {
  const output = outputs.find((o) => o.to === to);
  return output && 'text' in output ? output.text : undefined;
};

describe('themes import', () => {
  const plan = planImport(tree, [earlier, themesMapper(), navigationMapper()]);

  it('turns each navigation key into the address of the page the import wrote, in order, once', () => {
    expect(text(plan.outputs, 'thematiques/achats.md')).toBe(
      '---\ntitle: Acheter responsable\norder: 20\nitems:\n  - /publications/achats/\n  - /publications/achats/fiche/\n---\n',
    );
  });

  it('reports each key it leaves out, and why, rather than guessing', () => {
    const notes = plan.notes.filter((n) => n.kind === 'theme').map((n) => n.message);
    expect(notes).toEqual(
      [
        '« formations »: its page content/formations/index.md is not published by this import: left out',
        '« inconnu »: no page of the source has this navigation key (the former site showed no card for it): left out',
        // Excluded from the former site's collections: its filter never found it either.
        '« cache »: no page of the source has this navigation key (the former site showed no card for it): left out (content/cache.md has the address /cache/: add it by hand if it is the page meant)',
      ].map((m, i) => `item ${[2, 3, 4][i]} ${m}`),
    );
  });

  it('keeps the index page’s title, and lets the site list the themes', () => {
    expect(text(plan.outputs, 'thematiques/index.md')).toBe('---\ntitle: Vos besoins\n---\n');
    expect(plan.notes.some((n) => n.file === 'content/thematiques/' && n.kind === 'skipped')).toBe(
      false,
    );
  });
});

describe('menu and footer import', () => {
  const plan = planImport(tree, [earlier, themesMapper(), navigationMapper()]);

  it('writes the menu from the pages without a parent, sub-links from their children, by order', () => {
    const yaml = text(plan.outputs, 'navigation.yaml') ?? '';
    expect(yaml).toContain(
      [
        'menu:',
        '  - label: Accueil',
        '    href: /',
        // No title in its eleventyNavigation: the key, as the former site's menu showed it.
        '  - label: ressources',
        '    links:',
        '      - label: fiche',
        '        href: /publications/achats/fiche/',
        '      - label: Le guide des achats',
        '        href: /publications/achats/',
        '  - label: Contact',
        '    href: /contact/',
        'footer:',
        '  description: La mission X.',
        '  groups:',
        '    - links:',
        '        - label: data.gouv.fr',
        '          href: https://data.gouv.fr',
        '  legal:',
        '    - label: Plan du site',
        '      href: /publications/achats/fiche/',
      ].join('\n'),
    );
    const notes = plan.notes.filter((n) => n.kind === 'navigation').map((n) => n.message);
    expect(notes).toContain(
      'menu « formations »: its page content/formations/index.md is not published by this import: left out',
    );
    expect(notes).toContain(
      'menu « ressources »: its page content/ressources/index.md is not published by this import: the section keeps its sub-links',
    );
    expect(notes).toContain(
      'header link « À propos » (/nulle-part/): no page of this import answers there: left out',
    );
  });

  it('reads links of a template as text: filters of the former site, never run; comments skipped', () => {
    expect(
      templateLinks(SOURCE['_includes/templates/footer.njk']!, 'fr-footer__bottom-link', {
        sitemap: 'Plan du site',
      }),
    ).toEqual({ links: [{ label: 'Plan du site', href: '/fiche-page/' }], unread: [] });
    expect(templateLinks('<a class="x" href="{{ url }}">Lien</a>', 'x', {}).unread).toEqual([
      'Lien',
    ]);
  });
});
