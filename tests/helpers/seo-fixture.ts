/** The SEO tests' constants (the fixture's build: the `seo` variant of tests/helpers/builds.ts). */
export { BASE_PATH } from './builds';

export const SITE_URL = 'https://ecoresponsable.numerique.gouv.fr';

/** Marks that only the draft and the future post carry: they must appear in no output file. */
export const HIDDEN_MARKERS = [
  'ZZBROUILLONZZ',
  'ZZFUTURZZ',
  'theme-du-futur',
  'theme-du-brouillon',
];
