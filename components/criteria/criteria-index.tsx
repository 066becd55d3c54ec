import type { CriteriaCollection, Criterion, FacetKind } from '@/lib/content';
import { CriteriaDownloads } from './criteria-downloads';
import { CriteriaFilter } from './criteria-filter';
import { CriteriaList } from './criteria-list';

/**
 * A collection's index, whole or filtered: filters, the criteria by theme, and the downloads
 * (first on the whole index, after the list on a filtered one, where the list is what was asked).
 */
export function CriteriaIndex({
  collection,
  criteria = collection.criteria,
  active,
}: {
  collection: CriteriaCollection;
  criteria?: readonly Criterion[];
  active?: { kind: FacetKind; slug: string };
}) {
  const downloads = <CriteriaDownloads collection={collection} />;
  return (
    <div className="mt-10 grid gap-6">
      {!active && downloads}
      <CriteriaFilter collection={collection} active={active} />
      <div>
        <h2 id="criteres" className="mt-4 text-step-2 font-bold">
          {criteria.length} critère{criteria.length > 1 ? 's' : ''}
        </h2>
        <CriteriaList
          collection={collection}
          criteria={criteria}
          // A theme's page shows its description once, under its title.
          describeThemes={active?.kind !== 'theme'}
        />
      </div>
      {active && downloads}
    </div>
  );
}
