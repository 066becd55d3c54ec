/** Site-wide settings, read once from the environment at build time. */
export const site = {
  name: 'Numérique écoresponsable',
  shortDescription:
    'La mission interministérielle Numérique écoresponsable aide les services publics à réduire l’empreinte environnementale du numérique.',
  locale: 'fr_FR',
  /** Canonical origin, without trailing slash. */
  url: (process.env.SITE_URL || 'https://ecoresponsable.numerique.gouv.fr').replace(/\/+$/, ''),
  /** Sub-path the site is served under (`/sous-dossier`), or '' at the root of its host. */
  basePath: normalizeBasePath(process.env.BASE_PATH),
};

export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Site path -> href as served: `/actualites/` -> `/sous-dossier/actualites/`. Others untouched. */
export function withBasePath(href: string): string {
  if (!site.basePath || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === site.basePath || href.startsWith(`${site.basePath}/`)) return href;
  return `${site.basePath}${href}`;
}

/** Site path -> absolute URL on the canonical origin, base path included. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBasePath(path)}`;
}
