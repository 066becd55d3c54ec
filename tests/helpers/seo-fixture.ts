/** The SEO fixture's constants (its build: the `seo` variant of tests/helpers/builds.ts). */
export { BASE_PATH, SEO_FIXTURE } from './builds';

export const SITE_URL = 'https://ecoresponsable.numerique.gouv.fr';

/** Marks that only the draft and the future post carry: they must appear in no output file. */
export const HIDDEN_MARKERS = [
  'ZZBROUILLONZZ',
  'ZZFUTURZZ',
  'theme-du-futur',
  'theme-du-brouillon',
];
