import {
  criteriaFacetUrl,
  type CriteriaCollection,
  type Facet,
  type FacetKind,
} from '@/lib/content';
import { withBasePath } from '@/lib/site';

const LABELS: Record<FacetKind, string> = { theme: 'Thématique', priority: 'Priorité' };

/**
 * The filters of a collection's index as plain links: each filter is a prerendered page, so it
 * works without JavaScript; the page shown is marked with aria-current (.pill follows it).
 */
export function CriteriaFilter({
  collection,
  active,
}: {
  collection: CriteriaCollection;
  active?: { kind: FacetKind; slug: string };
}) {
  const total = collection.criteria.length;
  // The count is plain text in the link (« Stratégie (10) »), read as it shows: no extra
  // elements, so that the index stays within its DOM budget (as the news tag filter).
  const link = (href: string, text: string, count: number, current: boolean) => (
    <a href={withBasePath(href)} aria-current={current ? 'page' : undefined} className="pill">
      {text} ({count})
    </a>
  );
  const group = (kind: FacetKind, values: Facet[]) => (
    <div key={kind}>
      <h3 id={`filtre-${kind}`} className="mb-2 text-step-0 font-bold">
        {LABELS[kind]}
      </h3>
      <ul aria-labelledby={`filtre-${kind}`} className="flex flex-wrap gap-2">
        <li>{link(collection.host.url, 'Toutes', total, !active)}</li>
        {values.map((value) => (
          <li key={value.slug}>
            {link(
              criteriaFacetUrl(collection, kind, value.slug),
              value.label,
              value.count,
              active?.kind === kind && active.slug === value.slug,
            )}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <nav aria-labelledby="filtrer-criteres" className="grid gap-4 rounded-lg bg-surface p-4">
      <h2 id="filtrer-criteres" className="text-step-1 font-bold">
        Filtrer les critères
      </h2>
      {group('theme', collection.themes)}
      {group('priority', collection.priorities)}
    </nav>
  );
}
