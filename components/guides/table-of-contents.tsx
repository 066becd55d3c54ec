import { searchIgnore } from '@/lib/search';
import type { OutlineHeading } from '@/lib/mdx/plugins/headings';

/** « Sur cette page »: links to the sections of a long body (see tableOfContents). */
export function TableOfContents({ sections }: { sections: readonly OutlineHeading[] }) {
  if (sections.length === 0) return null;
  return (
    <nav
      aria-label="Sur cette page"
      className="mt-6 max-w-measure rounded-lg border border-line p-4"
      {...searchIgnore()}
    >
      <p className="font-bold">Sur cette page</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
