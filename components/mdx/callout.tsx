import type { ReactNode } from 'react';

/** A boxed notice with an optional title and call to action (the former site's « fr-callout »). */
export function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside
      aria-label={title || 'À noter'}
      className="rounded-lg border border-line bg-surface p-5 [&>*+*]:mt-3"
    >
      {title && <p className="text-step-1 font-bold">{title}</p>}
      {children}
    </aside>
  );
}
