import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideOf } from '@/lib/content/guides';
import { readContent } from '@/lib/content/load';
import { parseEntry } from '@/lib/content/parse';
import { buildSiteMap } from '@/lib/content/site-pages';
import { isUpcoming, upcomingFirst } from '@/lib/content/upcoming';
import type { PageEntry, ToolEntry } from '@/lib/content';

/** Pages nested in sections of the site (content/pages/<section>/…), and tools' own details. */
let dir: string;
const write = (rel: string, front: string) => {
  const file = path.join(dir, 'pages', rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `---\n${front}\n---\nCorps.\n`);
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sections-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const pages = (entries: readonly { kind: string }[]) =>
  entries.filter((e): e is PageEntry => e.kind === 'page');

describe('a section of pages', () => {
  it('publishes a folder’s index at the folder’s address and the other files under it', () => {
    write('contact.md', 'title: Contact');
    write('Formations/index.md', 'title: Formations');
    write('Formations/Parcours MOOC.md', 'title: Parcours\norder: 2');
    write('Formations/sessions/index.md', 'title: Sessions\norder: 1');
    write('Formations/sessions/printemps.md', 'title: Printemps');
    const { entries, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(
      pages(entries)
        .map((e) => [e.url, e.parent])
        .toSorted(),
    ).toEqual(
      [
        ['/contact/', undefined],
        ['/formations/', undefined],
        ['/formations/parcours-mooc/', 'formations'],
        ['/formations/sessions/', 'formations'],
        ['/formations/sessions/printemps/', 'formations/sessions'],
      ].toSorted(),
    );
  });

  it('gives its pages the section’s menu in the editors’ order, and the previous and next pages', () => {
    write('formations/index.md', 'title: Formations');
    write('formations/b.md', 'title: B\norder: 2');
    write('formations/a.md', 'title: A\norder: 1');
    write('formations/c.md', 'title: C');
    const all = pages(readContent(dir).entries);
    const page = all.find((p) => p.slug === 'formations/b')!;
    const section = guideOf(all, page)!;
    expect(section.root.slug).toBe('formations');
    expect(section.tree.map((n) => n.entry.slug)).toEqual([
      'formations/a',
      'formations/b',
      'formations/c',
    ]);
    expect([section.previous?.slug, section.next?.slug]).toEqual(['formations/a', 'formations/c']);
    expect(section.ancestors.map((p) => p.slug)).toEqual(['formations']);
  });

  it('refuses a page with no section page above it: it would not be published', () => {
    write('formations/orpheline.md', 'title: Orpheline');
    const { problems } = readContent(dir);
    expect(problems.map((p) => [p.rule, p.message.slice(0, 40)])).toEqual([
      ['page-no-section', 'no page for its section /formations/, so'],
    ]);
  });

  it('refuses a page in a section the site builds itself', () => {
    write('actualites/index.md', 'title: Mes actualités');
    write('agenda.md', 'title: Agenda');
    const { problems } = readContent(dir);
    expect(
      problems
        .filter((p) => p.rule === 'slug-reserved')
        .map((p) => p.file.split('/').slice(-2).join('/')),
    ).toEqual(['actualites/index.md', 'pages/agenda.md']);
  });

  it('indents a section’s pages under it in the site map', () => {
    write('formations/index.md', 'title: Formations');
    write('formations/a.md', 'title: A\norder: 1');
    write('apropos.md', 'title: À propos');
    const all = pages(readContent(dir).entries);
    const [site] = buildSiteMap({ news: [], publications: [], tools: [], pages: all });
    const formations = site!.items.find((i) => i.url === '/formations/');
    expect(formations?.children?.map((c) => c.url)).toEqual(['/formations/a/']);
    expect(site!.items.some((i) => i.url === '/formations/a/')).toBe(false);
  });
});

describe('a tool sheet’s own characteristics', () => {
  const tool = (front: string) =>
    parseEntry({
      kind: 'tool',
      file: 'content/boite-outils/x.md',
      absPath: path.resolve('content/boite-outils/x.md'),
      slug: 'x',
      url: '/publications/boite-outils/x/',
      source: `---\ntitle: X\ndate: 2025-01-01\ncategory: Mesure\nscope: Web\nlicence: MIT\n${front}\n---\nCorps.\n`,
    });

  it('shows « details: » after the usual ones, in the order written', () => {
    const { entry, problems } = tool('details:\n  Hébergement: Cloud\n  Version: 3');
    expect(problems).toEqual([]);
    expect((entry as ToolEntry).details.map((d) => `${d.label}=${d.value}`)).toEqual([
      'Catégorie=Mesure',
      'Périmètre=Web',
      'Licence=MIT',
      'Hébergement=Cloud',
      'Version=3',
    ]);
  });

  it('refuses details that are not « Label: valeur » lines', () => {
    const { problems } = tool('details: [a, b]');
    expect(problems.map((p) => [p.field, p.line])).toEqual([['details', 7]]);
  });
});

describe('upcoming sessions (:::posts … upcoming)', () => {
  const at = (iso: string) => Date.parse(iso);
  const post = (slug: string, date: string, event?: { start: string; end?: string }) => ({
    slug,
    date: { timestamp: at(date) },
    event: event && {
      start: { day: event.start.slice(0, 10), time: '10:00', timestamp: at(event.start) },
      end: event.end
        ? { day: event.end.slice(0, 10), time: '12:00', timestamp: at(event.end) }
        : undefined,
    },
  });
  const now = at('2026-03-10T11:00:00Z');

  it('keeps a post announcing an event not over yet, though the post itself is published', () => {
    expect(isUpcoming(post('a', '2026-02-01', { start: '2026-03-20T09:00:00Z' }), now)).toBe(true);
    // Under way at the build: still to come for whoever reads the page.
    expect(
      isUpcoming(
        post('b', '2026-02-01', { start: '2026-03-10T09:00:00Z', end: '2026-03-10T12:00:00Z' }),
        now,
      ),
    ).toBe(true);
    expect(isUpcoming(post('c', '2026-02-01', { start: '2026-03-01T09:00:00Z' }), now)).toBe(false);
  });

  it('takes the date of a post without an event, and lists the soonest first', () => {
    expect(isUpcoming(post('d', '2026-02-01'), now)).toBe(false);
    const list = upcomingFirst(
      [
        post('late', '2026-01-01', { start: '2026-05-01T09:00:00Z' }),
        post('past', '2026-01-01', { start: '2026-01-05T09:00:00Z' }),
        post('soon', '2026-03-01', { start: '2026-03-12T09:00:00Z' }),
      ],
      now,
    );
    expect(list.map((p) => p.slug)).toEqual(['soon', 'late']);
  });
});
