import { MEASURES_PLACEHOLDER } from '@/lib/measures/placeholder.mjs';

/**
 * Where the table of the site's measures goes (`::mesures`, or `<SiteMeasures />` in `.mdx`).
 * Measures of the built pages exist only once `next build` has written them: the page carries this
 * placeholder, which the post-export step scripts/post-export/site-measures.mjs replaces with the
 * table. What it says is what an editor sees in `npm run dev`.
 */
export function SiteMeasures() {
  return (
    <div {...{ [MEASURES_PLACEHOLDER]: '' }}>
      <p className="text-muted">
        Le tableau des mesures des pages de ce site apparaît ici une fois le site construit (
        <code>npm run build</code>) : il est calculé sur les pages publiées.
      </p>
    </div>
  );
}
