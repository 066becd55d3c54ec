import { Breadcrumb } from '@/components/layout/breadcrumb';
import type { CriteriaCollection, Criterion, Facet, FacetKind } from '@/lib/content';
import { CriteriaIndex } from './criteria-index';

const LABELS: Record<FacetKind, string> = { theme: 'Thématique', priority: 'Priorité' };

/** The index of a collection filtered by one theme or one priority: a page of its own. */
export function CriteriaFilterPage({
  collection,
  kind,
  value,
  criteria,
}: {
  collection: CriteriaCollection;
  kind: FacetKind;
  value: Facet;
  criteria: readonly Criterion[];
}) {
  // No-break spaces inside the guillemets, as French typography wants: « never alone on a line.
  const label = `${LABELS[kind]} «\u00a0${value.label}\u00a0»`;
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Publications', href: '/publications/' },
          { label: collection.host.title, href: collection.host.url },
          { label },
        ]}
      />
      {/* The breadcrumb links back to the framework: no second link, no wrapper (DOM budget). */}
      <h1 className="max-w-measure text-step-3 font-bold leading-tight">{label}</h1>
      {value.description && <p className="mt-3 max-w-measure text-step-1">{value.description}</p>}
      <CriteriaIndex
        collection={collection}
        criteria={criteria}
        active={{ kind, slug: value.slug }}
      />
    </div>
  );
}
