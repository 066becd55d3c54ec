import { withBasePath } from '@/lib/site';

/**
 * The search form of every page's header: a plain GET form to /recherche/, no JavaScript. On a
 * phone it takes a full row under the site name; from a tablet up it sits under the menu, on the
 * right (a menu of six sections, set by the content, leaves it no room beside the menu).
 */
export function HeaderSearch() {
  return (
    <form
      role="search"
      method="get"
      action={withBasePath('/recherche/')}
      className="order-last flex w-full gap-2 sm:ml-auto sm:w-auto"
    >
      <label htmlFor="recherche-entete" className="sr-only">
        Rechercher dans le site
      </label>
      <input
        id="recherche-entete"
        type="search"
        name="q"
        required
        autoComplete="off"
        placeholder="ex. : écoconception"
        className="min-w-0 flex-1 rounded border border-muted bg-paper px-3 py-2 text-ink placeholder:text-muted sm:w-56 sm:flex-none"
      />
      <button
        type="submit"
        className="rounded bg-brand px-3 py-2 font-medium text-paper hover:bg-brand-strong"
      >
        Rechercher
      </button>
    </form>
  );
}
