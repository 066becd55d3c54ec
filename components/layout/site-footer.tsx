import { site, withBasePath } from '@/lib/site';
import { onlyExistingPages } from './existing-pages';

const footerLinks = [
  {
    href: '/accessibilite/',
    label: 'Accessibilité : partiellement conforme',
    page: 'accessibilite',
  },
  {
    href: '/declaration-ecoconception/',
    label: 'Écoconception : mesures des pages',
    page: 'declaration-ecoconception',
  },
  { href: '/mentions-legales/', label: 'Mentions légales', page: 'mentions-legales' },
  { href: '/donnees-personnelles/', label: 'Données personnelles', page: 'donnees-personnelles' },
  { href: '/plan-du-site/', label: 'Plan du site' },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-page gap-4 px-4 py-8 text-step--1">
        <p className="font-bold">{site.name}</p>
        <p className="max-w-measure text-muted">{site.shortDescription}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {onlyExistingPages(footerLinks).map((link) => (
            <li key={link.href}>
              <a href={withBasePath(link.href)} className="text-ink">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="text-muted">
          Sauf mention contraire, les contenus de ce site sont sous Licence Ouverte / Etalab 2.0.
        </p>
      </div>
    </footer>
  );
}
