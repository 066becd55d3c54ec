import type { CriteriaCollection, Criterion, FacetKind } from '@/lib/content';
import { CriteriaDownloads } from './criteria-downloads';
import { CriteriaFilter } from './criteria-filter';
import { CriteriaList } from './criteria-list';
import { CriteriaThemes } from './criteria-themes';

/**
 * A collection's index, whole or filtered. Whole: the downloads, the filters and its themes, each
 * leading to its criteria. Filtered: the filters, the criteria by theme, then the downloads.
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
  const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  return (
    <div className="mt-10 grid gap-6">
      {!active && downloads}
      <CriteriaFilter collection={collection} active={active} />
      <div>
        <h2 id="criteres" className="mt-4 text-step-2 font-bold">
          {active
            ? count(criteria.length, 'critère', 'critères')
            : `${count(criteria.length, 'critère', 'critères')} en ${count(collection.themes.length, 'thématique', 'thématiques')}`}
        </h2>
        {active ? (
          <CriteriaList
            collection={collection}
            criteria={criteria}
            // A theme's page shows its description once, under its title.
            describeThemes={active.kind !== 'theme'}
          />
        ) : (
          <CriteriaThemes collection={collection} />
        )}
      </div>
      {active && downloads}
    </div>
  );
}
