import { slugify } from './slug';
import type { ToolEntry } from './types';

export const TOOLBOX_URL = '/publications/boite-outils/';

/** The two ways to filter the toolbox, with the URL segment of each (ASCII, French). */
export const TOOL_FACETS = {
  category: { segment: 'categorie', label: 'Catégorie' },
  scope: { segment: 'perimetre', label: 'Périmètre' },
} as const;

export type ToolFacet = keyof typeof TOOL_FACETS;

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function facetUrl(facet: ToolFacet, slug: string): string {
  return `${TOOLBOX_URL}${TOOL_FACETS[facet].segment}/${slug}/`;
}

/** Tools in alphabetical order of their names, as a catalogue reads. */
export function sortTools<T extends { title: string; slug: string }>(tools: readonly T[]): T[] {
  return tools.toSorted((a, b) => collator.compare(a.title, b.title) || a.slug.localeCompare(b.slug));
}

/**
 * Every value of a facet with its number of tools, alphabetically. Values that differ only by
 * case or accents share a slug and are counted together under the label met first.
 */
export function facetValues(tools: readonly ToolEntry[], facet: ToolFacet): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const tool of tools) {
    const label = tool[facet];
    const slug = slugify(label);
    if (!slug) continue;
    const known = values.get(slug);
    if (known) known.count += 1;
    else values.set(slug, { slug, label, count: 1 });
  }
  return [...values.values()].sort((a, b) => collator.compare(a.label, b.label));
}

export function filterTools<T extends ToolEntry>(tools: readonly T[], facet: ToolFacet, slug: string): T[] {
  return tools.filter((tool) => slugify(tool[facet]) === slug);
}
