import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/content/slug';

describe('slugify', () => {
  it('folds accents and kebab-cases file names', () => {
    expect(slugify('Événement été')).toBe('evenement-ete');
    expect(slugify('Document de référence')).toBe('document-de-reference');
    expect(slugify('Semaine NumEco 2026')).toBe('semaine-numeco-2026');
  });

  it('handles ligatures, apostrophes and punctuation', () => {
    expect(slugify('Œuvre d’art')).toBe('oeuvre-d-art');
    expect(slugify("L'été  --  2025 !")).toBe('l-ete-2025');
    expect(slugify('  __x__ ')).toBe('x');
  });

  it('gives an empty slug when nothing is left', () => {
    expect(slugify('!!!')).toBe('');
  });
});
