import type { ReactNode } from 'react';
import { Breadcrumb, type Crumb } from '@/components/layout/breadcrumb';
import {
  facetUrl,
  TOOL_FACETS,
  TOOLBOX_URL,
  type FacetValue,
  type ToolEntry,
  type ToolFacet,
} from '@/lib/content';
import { withBasePath } from '@/lib/site';
import { ToolCard } from './tool-card';

interface Props {
  title: string;
  tools: ToolEntry[];
  total: number;
  facets: Record<ToolFacet, FacetValue[]>;
  /** The filter this page shows, if any. */
  active?: { facet: ToolFacet; value: FacetValue };
  intro?: ReactNode;
}

function FacetFilter({
  facet,
  values,
  active,
  filtered,
  total,
}: {
  facet: ToolFacet;
  values: FacetValue[];
  active?: string;
  /** A filter is active, on this facet or another: « Tous » is then not the current page. */
  filtered: boolean;
  total: number;
}) {
  const label = TOOL_FACETS[facet].label;
  const link = (href: string, text: string, count: number, current: boolean) => (
    <a href={withBasePath(href)} aria-current={current ? 'page' : undefined} className="pill">
      {text} <span aria-hidden="true">({count})</span>
      <span className="sr-only">
        , {count} outil{count > 1 ? 's' : ''}
      </span>
    </a>
  );
  return (
    <div>
      <h3 id={`filtre-${facet}`} className="mb-2 text-step-0 font-bold">
        {label}
      </h3>
      <ul aria-labelledby={`filtre-${facet}`} className="flex flex-wrap gap-2">
        <li>{link(TOOLBOX_URL, 'Tous', total, !filtered)}</li>
        {values.map((value) => (
          <li key={value.slug}>
            {link(facetUrl(facet, value.slug), value.label, value.count, active === value.slug)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The toolbox and its filtered views: each filter is a prerendered page with a shareable URL, so
 * filtering works without JavaScript.
 */
export function ToolboxListing({ title, tools, total, facets, active, intro }: Props) {
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Publications', href: '/publications/' },
    ...(active
      ? [{ label: 'La boîte à outils', href: TOOLBOX_URL }, { label: active.value.label }]
      : [{ label: title }]),
  ];
  return (
    <div className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb items={crumbs} />
      <h1 className="max-w-measure text-step-3 font-bold leading-tight">{title}</h1>
      {intro}
      <nav aria-labelledby="filtres" className="mt-8 grid gap-4 rounded-lg bg-surface p-4">
        <h2 id="filtres" className="text-step-1 font-bold">
          Filtrer les outils
        </h2>
        {(Object.keys(TOOL_FACETS) as ToolFacet[]).map((facet) => (
          <FacetFilter
            key={facet}
            facet={facet}
            values={facets[facet]}
            active={active?.facet === facet ? active.value.slug : undefined}
            filtered={Boolean(active)}
            total={total}
          />
        ))}
      </nav>
      <h2 id="outils" className="mb-4 mt-10 text-step-2 font-bold">
        {tools.length} outil{tools.length > 1 ? 's' : ''}
        {active && (
          <span className="font-normal">
            {' '}
            ({TOOL_FACETS[active.facet].label.toLowerCase()} : {active.value.label})
          </span>
        )}
      </h2>
      {tools.length > 0 ? (
        <ul aria-labelledby="outils" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tools.map((tool) => (
            <ToolCard key={tool.slug} tool={tool} />
          ))}
        </ul>
      ) : (
        <p>Aucun outil pour le moment.</p>
      )}
    </div>
  );
}
