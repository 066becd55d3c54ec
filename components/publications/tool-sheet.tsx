import { ContentBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { Picture } from '@/components/media/picture';
import { DateText } from '@/components/ui/date';
import { domainOf, TOOLBOX_URL, type ToolEntry } from '@/lib/content';

/** A tool sheet: what it is, where to get it, its details as a definition list, the body. */
export function ToolSheet({ tool }: { tool: ToolEntry }) {
  const links = [
    tool.link && { href: tool.link, label: 'Site de l’outil' },
    tool.codeRepository && { href: tool.codeRepository, label: 'Code source' },
  ].filter((l): l is { href: string; label: string } => Boolean(l));
  return (
    <article className="mx-auto max-w-page px-4 py-8">
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Publications', href: '/publications/' },
          { label: 'La boîte à outils', href: TOOLBOX_URL },
          { label: tool.title },
        ]}
      />
      <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <header className="max-w-measure">
            <h1 className="text-step-3 font-bold leading-tight">{tool.title}</h1>
            {tool.description && <p className="mt-3 text-step-1">{tool.description}</p>}
            <p className="mt-3 text-muted">
              Fiche mise à jour le <DateText date={tool.date} />
            </p>
          </header>
          {links.length > 0 && (
            <ul className="mt-6 flex flex-wrap gap-3">
              {links.map((link, i) => (
                <li key={link.href}>
                  <a
                    href={link.href}
                    className={`inline-block rounded px-4 py-2 font-medium no-underline ${i === 0 ? 'bg-brand text-paper hover:bg-brand-strong hover:text-paper' : 'border border-brand bg-paper'}`}
                  >
                    {link.label}
                    <span className="sr-only"> de {tool.title}</span>
                    <span className="block text-step--1 font-normal">{domainOf(link.href)}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-8">
            <ContentBody entry={tool} />
          </div>
        </div>
        <aside aria-labelledby="caracteristiques" className="md:order-last">
          {tool.image?.file && (
            <div className="mb-4 overflow-hidden rounded-lg border border-line bg-surface">
              <Picture
                file={tool.image.file}
                alt={tool.image.alt}
                sizes="(min-width: 48rem) 18rem, 100vw"
              />
            </div>
          )}
          <h2 id="caracteristiques" className="text-step-1 font-bold">
            Caractéristiques
          </h2>
          <dl className="mt-3 grid gap-3 rounded-lg bg-surface p-4 text-step--1">
            {tool.details.map((detail) => (
              <div key={detail.label}>
                <dt className="font-bold">{detail.label}</dt>
                <dd>{detail.value}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
    </article>
  );
}
