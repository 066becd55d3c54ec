import type { ReactNode } from 'react';

/** A passage set apart in a body (the former site's « fr-highlight »). */
export function Highlight({ children }: { children?: ReactNode }) {
  return <div className="border-l-4 border-brand pl-5 text-step-1 [&>*+*]:mt-3">{children}</div>;
}
