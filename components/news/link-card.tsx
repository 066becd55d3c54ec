import { withBasePath } from '@/lib/site';

const isExternal = (href: string) => /^https?:\/\//i.test(href);

/** The call to action a post may end with (`link` + `linkTitle`). */
export function LinkCard({ href, title }: { href: string; title?: string }) {
  const external = isExternal(href);
  const label = title || 'En savoir plus';
  return (
    <aside
      aria-label="Pour aller plus loin"
      className="mt-10 max-w-measure rounded-lg border-l-4 border-brand bg-brand-soft p-5"
    >
      <a href={withBasePath(href)} className="text-step-1 font-bold text-brand-strong">
        {label}
        <span aria-hidden="true"> →</span>
      </a>
      {external && (
        <p className="mt-1 text-step--1 text-muted">
          Site externe : {new URL(href).hostname.replace(/^www\./, '')}
        </p>
      )}
    </aside>
  );
}
