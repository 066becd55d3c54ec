import type { CriteriaCollection, Criterion, FacetKind } from '@/lib/content';
import { CriteriaDownloads } from './criteria-downloads';
import { CriteriaFilter } from './criteria-filter';
import { CriteriaList } from './criteria-list';

/** A collection's index, whole or filtered: downloads, filters, then the criteria by theme. */
export function CriteriaIndex({
  collection,
  criteria = collection.criteria,
  active,
}: {
  collection: CriteriaCollection;
  criteria?: readonly Criterion[];
  active?: { kind: FacetKind; slug: string };
}) {
  return (
    <div className="mt-10">
      <CriteriaDownloads collection={collection} />
      <div className="mt-6">
        <CriteriaFilter collection={collection} active={active} />
      </div>
      <h2 id="criteres" className="mt-10 text-step-2 font-bold">
        {criteria.length} critère{criteria.length > 1 ? 's' : ''}
      </h2>
      <CriteriaList
        collection={collection}
        criteria={criteria}
        // A theme's page shows its description once, under its title.
        describeThemes={active?.kind !== 'theme'}
      />
    </div>
  );
}
