import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowCells, summarize, type PageFigures, type TypeSummary } from '@/lib/measures/table.mjs';
import { DETAILS } from '@/scripts/post-export/site-measures.mjs';
import { measurePages } from '@/scripts/measure/site-measures.mjs';
import { buildCorpus2026, CORPUS_2026, siteBuild } from '../helpers/builds';
import { htmlPages, readPage, type BuildResult } from '../helpers/build';

/**
 * The eco-design statement's table (`::mesures`), as built: its figures are what the page measurer
 * says of the pages of that very export, the statement included; nothing is written by hand.
 */

interface Details {
  builtAt: string;
  commit?: string;
  types: TypeSummary[];
  pages: PageFigures[];
}

const STATEMENT = '/declaration-ecoconception/';

function tableOf(html: string) {
  const page = parse(html);
  const table = page.querySelector('main table');
  return {
    page,
    table,
    rows: (table?.querySelectorAll('tbody tr') ?? []).map((r) =>
      r.querySelectorAll('th, td').map((c) => c.innerHTML),
    ),
  };
}

/** Pages of the export that are pages, not the redirects written at former addresses. */
const realPages = (outDir: string) =>
  htmlPages(outDir).filter(
    (p) => !/<meta http-equiv="refresh"/i.test(readPage(outDir, p).slice(0, 2000)),
  );

describe('the eco-design statement of the site’s own content', () => {
  let built: BuildResult;
  let details: Details;
  let html: string;
  beforeAll(() => {
    built = siteBuild('site');
    expect(built.status, built.output).toBe(0);
    details = JSON.parse(fs.readFileSync(path.join(built.outDir, DETAILS), 'utf8'));
    html = readPage(built.outDir, STATEMENT);
  });

  it('holds one table, with a caption, column and row headers, and no placeholder left', () => {
    const { page, table, rows } = tableOf(html);
    expect(page.querySelectorAll('main table')).toHaveLength(1);
    expect(page.querySelector('[data-site-measures]')).toBeNull();
    expect(table!.querySelector('caption')!.text.trim()).not.toBe('');
    expect(table!.querySelectorAll('thead th[scope=col]').length).toBe(6);
    expect(rows.length).toBe(details.types.length);
    expect(rows.length).toBeGreaterThan(8);
  });

  it('shows what the page measurer says of the pages of this export, the statement included', () => {
    const again = measurePages(
      built.outDir,
      details.pages.map((p) => ({ sitePath: p.sitePath, type: p.type })),
    );
    expect(again).toEqual(details.pages);
    const pagesByType = Object.fromEntries(details.types.map((t) => [t.label, t.pages]));
    expect(tableOf(html).rows).toEqual(summarize(again, pagesByType).map(rowCells));
    expect(details.pages.some((p) => p.sitePath === STATEMENT)).toBe(true);
  });

  it('measures every page of the export, each under one type', () => {
    const measured = details.pages.map((p) => p.sitePath).sort();
    expect(measured).toEqual(realPages(built.outDir).sort());
    expect(details.types.map((t) => t.label)).toEqual(
      expect.arrayContaining(['Accueil', 'Actualité', 'Événement', 'Page du site', 'Recherche']),
    );
  });

  it('dates its figures and links to every page’s figures', () => {
    const { page } = tableOf(html);
    const sentence = page.querySelector('main table')!.parentNode!.nextElementSibling!;
    const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
    expect(sentence.text).toContain(
      `Mesures de la construction du ${day.format(new Date(details.builtAt))}`,
    );
    if (details.commit) expect(sentence.text).toContain(details.commit);
    expect(sentence.querySelector('a')!.getAttribute('href')).toBe(`/${DETAILS}`);
  });
});

describe.skipIf(!fs.existsSync(CORPUS_2026))('the imported site’s statement', () => {
  let built: ReturnType<typeof buildCorpus2026>;
  beforeAll(() => {
    built = buildCorpus2026();
    expect(built.status, built.output.slice(-4000)).toBe(0);
  });

  it('answers at its address, with its title, the editor’s text and the measured table', () => {
    const html = readPage(built.outDir, STATEMENT);
    const { page, rows } = tableOf(html);
    expect(page.querySelector('h1')!.text).toBe("Déclaration d'écoconception");
    expect(page.querySelector('title')!.text).toMatch(/^Déclaration d'écoconception/);
    expect(html).toContain('Raison d’être de ce service');
    expect(html).not.toContain('600 Ko');
    expect(rows.length).toBeGreaterThan(10);
    const details: Details = JSON.parse(fs.readFileSync(path.join(built.outDir, DETAILS), 'utf8'));
    expect(rows.map((r) => r[0])).toEqual(details.types.map((t) => rowCells(t)[0]));
  });
});
