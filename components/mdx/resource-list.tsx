import type { ReactNode } from 'react';
import { withBasePath } from '@/lib/site';

/**
 * A list of resources, built from a Markdown list of links by lib/mdx/plugins/resource-lists.ts,
 * which resolves each link at build time and hands the item plain text props.
 */
export function ResourceList({ children }: { children?: ReactNode }) {
  return <ul className="resource-list not-prose grid gap-3">{children}</ul>;
}

interface ItemProps {
  href: string;
  title: string;
  kind?: 'internal' | 'external' | 'document' | 'other';
  domain?: string;
  format?: string;
  size?: string;
  source?: string;
  children?: ReactNode;
}

function ResourceItem({ href, title, kind, domain, format, size, source, children }: ItemProps) {
  const document = format ? [format, size].filter(Boolean).join(', ') : undefined;
  const meta = [
    kind === 'internal' ? undefined : domain,
    document,
    source ? `Source : ${source}` : undefined,
  ].filter(Boolean);
  return (
    <li className="relative rounded-lg border border-line bg-paper p-4 hover:border-brand focus-within:ring-2 focus-within:ring-focus">
      <a
        href={withBasePath(href)}
        className="font-bold text-brand-strong after:absolute after:inset-0 focus-visible:outline-none"
      >
        {title}
        {document && <span className="sr-only"> ({document})</span>}
      </a>
      {children && <div className="mt-1 [&_a]:relative [&_a]:z-10">{children}</div>}
      {meta.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-x-3 text-step--1 text-muted">
          {meta.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </p>
      )}
    </li>
  );
}

ResourceList.Item = ResourceItem;
