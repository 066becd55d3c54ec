import type { ToolEntry } from '@/lib/content';
import { withBasePath } from '@/lib/site';

/**
 * A tool in the toolbox: category and scope, name (the link), what it does. The list item is the
 * card: no wrapper (the toolbox lists every tool, each element counts 14 times).
 */
export function ToolCard({ tool }: { tool: ToolEntry }) {
  return (
    <li className="relative flex flex-col gap-2 rounded-lg border border-line bg-paper p-4 focus-within:ring-2 focus-within:ring-focus hover:border-brand">
      <h3 className="text-step-1 font-bold leading-snug">
        <a href={withBasePath(tool.url)} className="card-link">
          {tool.title}
        </a>
      </h3>
      <p className="order-first flex flex-wrap gap-2 text-step--1">
        <span className="rounded bg-brand-soft px-2 py-0.5 font-medium text-brand-strong">
          <span className="sr-only">Catégorie : </span>
          {tool.category}
        </span>
        <span className="rounded border border-line px-2 py-0.5 text-muted">
          <span className="sr-only">Périmètre : </span>
          {tool.scope}
        </span>
      </p>
      {tool.description && <p className="text-step--1">{tool.description}</p>}
    </li>
  );
}
