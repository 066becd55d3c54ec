import { searchFields, type SearchData as Data } from '@/lib/search';

/**
 * The type, tags, year and date of a page for the search index, as hidden markup placed inside
 * the element that carries `data-pagefind-body`. `data-pagefind-ignore` keeps these words out of
 * the searchable text; Pagefind still reads the filters, metadata and sort keys in it.
 */
export function SearchData(props: Data) {
  const { filters, meta, sort } = searchFields(props);
  return (
    <div hidden data-pagefind-ignore="">
      {filters.map((f) => (
        <span key={`f-${f.name}-${f.value}`} data-pagefind-filter={f.name}>
          {f.value}
        </span>
      ))}
      {meta.map((m) => (
        <span key={`m-${m.name}`} data-pagefind-meta={m.name}>
          {m.value}
        </span>
      ))}
      {sort.map((s) => (
        <span key={`s-${s.name}`} data-pagefind-sort={s.name}>
          {s.value}
        </span>
      ))}
    </div>
  );
}
