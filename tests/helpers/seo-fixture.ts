import path from 'node:path';
import { FIXTURE_BUILD_TIME, FIXTURES } from './build';

/** The SEO fixture: 14 published posts (13 tagged Événement), a draft, a post dated in the future. */
export const SEO_FIXTURE = path.join(FIXTURES, 'content-seo');

export const SEO_ENV = { CONTENT_DIR: SEO_FIXTURE, BUILD_TIME: FIXTURE_BUILD_TIME };
export const BASE_PATH = '/sous-dossier';
export const SEO_BASE_ENV = { ...SEO_ENV, BASE_PATH };
export const SITE_URL = 'https://ecoresponsable.numerique.gouv.fr';

/** Marks that only the draft and the future post carry: they must appear in no output file. */
export const HIDDEN_MARKERS = [
  'ZZBROUILLONZZ',
  'ZZFUTURZZ',
  'theme-du-futur',
  'theme-du-brouillon',
];
