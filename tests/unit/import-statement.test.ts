import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type SourceTree } from '@/lib/import/plan';
import { formatReport } from '@/lib/import/report';
import {
  mapStatementBody,
  STATEMENT_SOURCE,
  STATEMENT_TARGET,
  statementMapper,
} from '@/lib/import/statement';
import { SHARED } from '../helpers/build';

/** The former site's eco-design statement: its text kept, its hand-written figures measured. */

const tree = (files: Record<string, string>): SourceTree => ({
  files: Object.keys(files).sort(),
  links: [],
  read: (p) => files[p] ?? '',
});

describe('the hand-written figures of a statement', () => {
  it('are list items taken out, the table going right after their list', () => {
    const body = [
      '## Stratégie',
      '',
      '- Navigation simple',
      '- Nombre de requêtes serveurs maximum par écran : 30',
      '- Poids des ressources maximum par écran : 600 Ko',
      '- Compression des images',
      '',
      '## Suite',
    ].join('\n');
    const mapped = mapStatementBody(body);
    expect(mapped.body.split('\n')).toEqual([
      '## Stratégie',
      '',
      '- Navigation simple',
      '- Compression des images',
      '',
      '::mesures',
      '',
      '## Suite',
    ]);
    expect(mapped.removed).toEqual([
      { line: 4, text: '- Nombre de requêtes serveurs maximum par écran : 30' },
      { line: 5, text: '- Poids des ressources maximum par écran : 600 Ko' },
    ]);
    expect(mapped.directiveLine).toBe(6);
    expect(mapped.appended).toBe(false);
  });

  it('are a whole table of figures, replaced where it stood', () => {
    const body = [
      'Nos mesures :',
      '',
      '| Page | Poids | Requêtes |',
      '| --- | --- | --- |',
      '| Accueil | 250 Ko | 22 |',
      '',
      'Fin.',
    ].join('\n');
    const mapped = mapStatementBody(body);
    expect(mapped.body).toBe('Nos mesures :\n\n::mesures\n\nFin.');
    expect(mapped.removed.map((r) => r.line)).toEqual([3, 4, 5]);
  });

  it('leave alone a table of something else, figures without a measure, and code', () => {
    const body = [
      '| Critère | État |',
      '| --- | --- |',
      '| 2.1 | à faire |',
      '',
      '- Taille minimum d’écran de 320 pixels de large',
      '',
      '```',
      '- Poids maximum : 600 Ko',
      '```',
    ].join('\n');
    const mapped = mapStatementBody(body);
    expect(mapped.removed).toEqual([]);
    expect(mapped.body).toBe(`${body}\n\n## Mesures des pages du site\n\n::mesures\n`);
    expect(mapped.appended).toBe(true);
  });
});

describe('the statement mapper', () => {
  const source = '---\ntitle: Déclaration\n---\n\n## Cibles\n\n- Poids maximum : 600 Ko\n';

  it('writes the page at the same address, front matter as written, and reports each figure', () => {
    const plan = planImport(tree({ [STATEMENT_SOURCE]: source }), [statementMapper()]);
    expect(plan.outputs).toEqual([
      {
        to: STATEMENT_TARGET,
        from: STATEMENT_SOURCE,
        text: '---\ntitle: Déclaration\n---\n\n## Cibles\n\n::mesures\n',
      },
    ]);
    expect(plan.notes).toEqual([
      {
        file: STATEMENT_TARGET,
        line: 7,
        kind: 'measures',
        message: `« - Poids maximum : 600 Ko » (line 7 of ${STATEMENT_SOURCE}) replaced by the table of the measured pages (::mesures)`,
      },
    ]);
    expect(formatReport('Import', plan.notes, plan.counts)).toContain(
      'Hand-written figures replaced by the measured table (::mesures) (1)',
    );
  });

  it('claims nothing in a source without a statement', () => {
    const plan = planImport(tree({ 'content/a.md': 'x' }), [statementMapper()]);
    expect(plan.outputs).toEqual([]);
    expect(plan.counts['statement pages written']).toBeUndefined();
  });
});

const CORPUS_FILE = path.join(SHARED, 'corpus', 'minumeco-2026', STATEMENT_SOURCE);

describe.skipIf(!fs.existsSync(CORPUS_FILE))('the mission’s statement (minumeco-2026)', () => {
  const source = fs.readFileSync(CORPUS_FILE, 'utf8');
  const plan = planImport(tree({ [STATEMENT_SOURCE]: source }), [statementMapper()]);
  const text = plan.outputs[0] && 'text' in plan.outputs[0] ? plan.outputs[0].text : '';

  it('loses its two figures per screen, and only them, for the table after their list', () => {
    const before = source.split('\n');
    const after = text.split('\n');
    const gone = before.filter((line) => !after.includes(line));
    // Written with no-break spaces before the colons, as French typography wants.
    expect(gone).toHaveLength(2);
    expect(gone[0]).toMatch(/^- Nombre de requêtes serveurs maximum astreinte par écran\s:\s30$/);
    expect(gone[1]).toMatch(/^- Poids des ressources maximum astreint par écran\s:\s600 Ko$/);
    expect(after.filter((line) => !before.includes(line))).toEqual(['::mesures']);
    const directive = after.indexOf('::mesures');
    expect(after[directive - 2]).toMatch(/^- Suppression manuelle des contenus obsolètes/);
    expect(after[directive + 2]).toBe('## Diagnostic RGESN');
  });

  it('keeps its title and date', () => {
    expect(text).toMatch(
      /^---\nlayout: layouts\/post\.njk\ntitle: Déclaration d'écoconception\ndate: 2023-02-28\n---\n/,
    );
    expect(plan.notes.map((n) => n.kind)).toEqual(['measures', 'measures']);
  });
});
