import { Breadcrumb } from '@/components/layout/breadcrumb';
import { withBasePath } from '@/lib/site';

/** Filter groups of the search page, in the order shown. Names match lib/search.ts. */
const FILTER_GROUPS = [
  { name: 'type', legend: 'Type de contenu' },
  { name: 'year', legend: 'Année' },
  { name: 'tag', legend: 'Thème' },
] as const;

/**
 * /recherche/: the one page that runs JavaScript. The server renders a plain GET form, the message
 * shown without JavaScript, an empty results area and the hidden items the script copies and fills (lists rather than
 * `<template>`, which React cannot hydrate);
 * public/recherche/recherche.js (an external module, as the Content-Security-Policy wants) loads
 * Pagefind on demand and searches as the visitor types.
 */
export function SearchPage() {
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={[{ label: 'Accueil', href: '/' }, { label: 'Rechercher' }]} />
      <h1 className="text-step-3 font-bold leading-tight">Rechercher</h1>
      <form
        role="search"
        method="get"
        action={withBasePath('/recherche/')}
        className="mt-6 max-w-measure"
        data-search-form=""
      >
        <label htmlFor="recherche-q" className="block font-medium">
          Rechercher dans les actualités, les publications et les outils
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="recherche-q"
            type="search"
            name="q"
            autoComplete="off"
            aria-describedby="recherche-aide"
            className="min-w-0 flex-1 rounded border border-muted bg-paper px-3 py-2 text-step-1 text-ink"
          />
          <button
            type="submit"
            className="rounded bg-brand px-4 py-2 font-medium text-paper hover:bg-brand-strong"
          >
            Rechercher
          </button>
        </div>
        <p id="recherche-aide" className="mt-2 text-step--1 text-muted">
          Les résultats s’affichent pendant la saisie. Les accents sont facultatifs.
        </p>
      </form>

      <div data-search-nojs="" className="mt-8 max-w-measure rounded-lg bg-surface p-4">
        <p>
          La recherche a besoin de JavaScript, qui est désactivé ou bloqué dans votre navigateur.
        </p>
        <p className="mt-2">
          Pour trouver un contenu, parcourez le{' '}
          <a href={withBasePath('/plan-du-site/')}>plan du site</a> ou{' '}
          <a href={withBasePath('/actualites/tags/')}>les thèmes des actualités</a>.
        </p>
      </div>

      <div hidden data-search-ui="" className="mt-8">
        <p
          id="recherche-statut"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className="font-medium"
          data-search-status=""
        />
        <div className="mt-4 grid gap-8 md:grid-cols-[16rem_1fr]">
          <details data-search-filters="" hidden className="group self-start">
            <summary className="cursor-pointer rounded text-step-1 font-bold">
              Affiner les résultats
            </summary>
            {FILTER_GROUPS.map((group) => (
              <fieldset key={group.name} data-filter={group.name} hidden className="mt-4">
                <legend className="font-medium">{group.legend}</legend>
                <ul className="mt-1 max-h-72 space-y-1 overflow-y-auto" data-filter-options="" />
              </fieldset>
            ))}
          </details>
          <div className="md:col-start-2">
            <ol className="space-y-6" data-search-results="" aria-labelledby="recherche-statut" />
            <button
              type="button"
              hidden
              data-search-more=""
              className="mt-6 rounded border border-brand px-4 py-2 font-medium text-brand hover:bg-brand-soft"
            >
              Afficher plus de résultats
            </button>
          </div>
        </div>
      </div>

      <ol hidden data-template="result">
        <li className="max-w-measure border-b border-line pb-6">
          <h2 className="text-step-1 font-bold leading-snug">
            <a data-field="link" href="" />
          </h2>
          <p className="mt-1 text-step--1 text-muted">
            <span data-field="type" />
            <span data-field="date-wrap">
              {' · '}
              <time data-field="date" />
            </span>
          </p>
          <p className="mt-2" data-field="excerpt" />
        </li>
      </ol>
      <ul hidden data-template="option">
        <li>
          <label className="flex cursor-pointer items-baseline gap-2">
            <input type="checkbox" data-field="input" className="h-4 w-4 accent-brand" />
            <span>
              <span data-field="label" /> <span className="text-muted" data-field="count" />
            </span>
          </label>
        </li>
      </ul>

      {/* A module script is deferred, not blocking; next/script would need the Next runtime,
          which the lean step strips. This one is kept (lib/pages-with-js.mjs). */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={withBasePath('/recherche/recherche.js')} />
    </div>
  );
}
