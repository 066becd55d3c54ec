import { describe as group, expect, it } from 'vitest';
import { describe, firstParagraph, truncateAtWord } from '@/lib/seo/description';

group('truncateAtWord', () => {
  it('keeps a short text whole, with its spaces collapsed', () => {
    expect(truncateAtWord('  Un   texte\ncourt. ')).toBe('Un texte court.');
  });

  it('cuts a long text at a word boundary within the limit and adds an ellipsis', () => {
    const text = 'mot '.repeat(60).trim();
    const cut = truncateAtWord(text, 160);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('mot…')).toBe(true);
    expect(cut).not.toMatch(/ …$/);
  });

  it('never ends on a half word', () => {
    const text = `${'a'.repeat(150)} anticonstitutionnellement et la suite`;
    expect(truncateAtWord(text, 160)).toBe(`${'a'.repeat(150)}…`);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    const text = `${'b'.repeat(148)} cccccc, ${'d'.repeat(20)}`;
    expect(truncateAtWord(text, 160)).toBe(`${'b'.repeat(148)} cccccc…`);
  });
});

group('firstParagraph', () => {
  it('skips headings, images alone and raw HTML blocks, and returns plain text', () => {
    const body = [
      '## Un intertitre',
      '',
      '![Une image](/img/x.png)',
      '',
      '<div class="x">bloc</div>',
      '',
      'Le **premier** vrai [paragraphe](/x/) avec du `code`.',
      '',
      'Le second.',
    ].join('\n');
    expect(firstParagraph(body)).toBe('Le premier vrai paragraphe avec du code.');
  });

  it('finds a paragraph inside a list when the body starts with one', () => {
    expect(firstParagraph('- Premier point\n- Second point')).toBe('Premier point');
  });

  it('returns an empty string for a body without text', () => {
    expect(firstParagraph('![seule](/img/x.png)\n')).toBe('');
  });
});

group('describe', () => {
  it('prefers the front matter description', () => {
    expect(describe({ description: ' Écrite à la main. ', body: 'Autre chose.' })).toBe(
      'Écrite à la main.',
    );
  });

  it('falls back to the first paragraph cut at about 160 characters', () => {
    const body = `${'Une phrase assez longue pour dépasser la limite. '.repeat(6)}\n\nSuite.`;
    const text = describe({ body });
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.length).toBeGreaterThan(120);
    expect(text.endsWith('…')).toBe(true);
  });
});
