import { getDownloadsOf, type CriteriaCollection } from '@/lib/content';
import { withBasePath } from '@/lib/site';

const size = (text: string) => {
  const kb = new TextEncoder().encode(text).length / 1000;
  return `${kb < 10 ? kb.toFixed(1).replace('.', ',') : Math.round(kb)} Ko`;
};

/** The whole framework as open data, with its licence next to the links. */
export function CriteriaDownloads({ collection }: { collection: CriteriaCollection }) {
  const files = getDownloadsOf(collection);
  return (
    <section aria-labelledby="telecharger" className="rounded-lg border border-line p-4">
      <h2 id="telecharger" className="text-step-1 font-bold">
        Télécharger les {collection.criteria.length} critères
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        {files.map((file) => {
          const format = file.path.endsWith('.csv') ? 'CSV' : 'JSON';
          return (
            <li key={file.path}>
              <a href={withBasePath(file.path)} download>
                Format {format} ({size(file.text)})
              </a>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-step--1 text-muted">
        Données ouvertes, réutilisables sous{' '}
        {collection.licenceUrl ? (
          <a href={collection.licenceUrl}>{collection.licence}</a>
        ) : (
          collection.licence
        )}
        . Le CSV suit la RFC 4180 (séparateur virgule, UTF-8 avec BOM, lisible tel quel par les
        tableurs).
      </p>
    </section>
  );
}
