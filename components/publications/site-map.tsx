import type { SiteMapItem, SiteMapSection } from '@/lib/content';
import { withBasePath } from '@/lib/site';

function Items({ items }: { items: SiteMapItem[] }) {
  return (
    <ul className="mt-2 grid gap-1 border-l border-line pl-4">
      {items.map((item) => (
        <li key={item.url}>
          <a href={withBasePath(item.url)}>{item.title}</a>
          {item.children && <Items items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

/** The HTML site map: one section per part of the site, sub-pages under their page. */
export function SiteMap({ sections }: { sections: SiteMapSection[] }) {
  return (
    <div className="grid max-w-measure gap-8">
      {sections.map((section, i) => (
        <section key={section.title} aria-labelledby={`plan-${i}`}>
          <h2 id={`plan-${i}`} className="text-step-2 font-bold">
            {section.title}
          </h2>
          <Items items={section.items} />
        </section>
      ))}
    </div>
  );
}
