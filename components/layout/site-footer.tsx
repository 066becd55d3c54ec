import type { ReactNode } from 'react';
import { getNavigation } from '@/lib/content';
import { site, withBasePath } from '@/lib/site';

const isExternal = (href: string) => /^https?:\/\//i.test(href);

/** The footer: groups of links and the legal links, from the content source (navigation.yaml). */
export function SiteFooter() {
  const { footer } = getNavigation();
  const anchor = (href: string, label: string) => (
    <a href={isExternal(href) ? href : withBasePath(href)} className="text-ink">
      {label}
      {isExternal(href) && <span className="sr-only"> (site externe)</span>}
    </a>
  );
  return (
    // Its own centred band (.band in app/globals.css): no inner wrapper.
    <footer className="band mt-16 grid gap-4 border-t border-line bg-surface py-8 text-step--1">
      <p className="font-bold">{site.name}</p>
      <p className="max-w-measure text-muted">{footer.description ?? site.shortDescription}</p>
      {footer.groups.length > 0 && (
        <Groups many={footer.groups.length > 1}>
          {footer.groups.map((group, i) => {
            const links = (
              <ul key={i} className="flex flex-wrap gap-x-6 gap-y-2">
                {group.links.map((l) => (
                  <li key={l.href}>{anchor(l.href, l.label)}</li>
                ))}
              </ul>
            );
            // A group without a title is its list alone: no wrapper.
            return group.title ? (
              <div key={group.title}>
                <p className="mb-1 font-bold">{group.title}</p>
                {links}
              </div>
            ) : (
              links
            );
          })}
        </Groups>
      )}
      {footer.legal.length > 0 && (
        <ul
          className={`flex flex-wrap gap-x-6 gap-y-2 ${footer.groups.length > 0 ? 'border-t border-line pt-4' : ''}`}
        >
          {footer.legal.map((l) => (
            <li key={l.href}>{anchor(l.href, l.label)}</li>
          ))}
        </ul>
      )}
      <p className="text-muted">
        Sauf mention contraire, les contenus de ce site sont sous Licence Ouverte / Etalab 2.0.
      </p>
    </footer>
  );
}

/** Groups side by side; one group alone is its list, without a wrapper. */
function Groups({ many, children }: { many: boolean; children: ReactNode }) {
  return many ? <div className="flex flex-wrap gap-x-12 gap-y-4">{children}</div> : children;
}
