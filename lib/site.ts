import { config, withBasePath } from './config.mjs';

export { withBasePath } from './config.mjs';

/** Site-wide settings; those of the environment come from lib/config.mjs, read once. */
export const site = {
  name: 'Numérique écoresponsable',
  shortDescription:
    'La mission interministérielle Numérique écoresponsable aide les services publics à réduire l’empreinte environnementale du numérique.',
  locale: 'fr_FR',
  /** Canonical origin, without trailing slash. */
  url: config.siteUrl,
  /** Sub-path the site is served under (`/sous-dossier`), or '' at the root of its host. */
  basePath: config.basePath,
};

/** Site path -> absolute URL on the canonical origin, base path included. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBasePath(path)}`;
}
