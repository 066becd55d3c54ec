import { criteriaFacetUrl, type CriteriaCollection } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/**
 * The themes of a collection, each with its count and description, leading to its page: the
 * whole index's summary. The criteria themselves are listed theme by theme (the RGESN's 78 on one
 * page would weigh more than a page of this site may).
 */
export function CriteriaThemes({ collection }: { collection: CriteriaCollection }) {
  return (
    <ol className="mt-4 grid max-w-measure gap-4">
      {collection.themes.map((theme) => (
        <li key={theme.slug}>
          <a
            href={withBasePath(criteriaFacetUrl(collection, 'theme', theme.slug))}
            className="font-bold"
          >
            {theme.label} : {theme.count} critère{theme.count > 1 ? 's' : ''}
          </a>
          {theme.description && <p className="text-muted">{theme.description}</p>}
        </li>
      ))}
    </ol>
  );
}
