import { renderedBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { SearchData } from '@/components/search/search-data';
import {
  adjacentCriteria,
  criteriaFacetUrl,
  criterionTexts,
  textEntry,
  type CriteriaCollection,
  type Criterion,
  type PublicationEntry,
} from '@/lib/content';
import { searchBody, searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';

interface Props {
  collection: CriteriaCollection;
  criterion: Criterion;
  host: PublicationEntry;
}

/**
 * A criterion's page: its theme, priority, difficulty and who it concerns, then its texts
 * (Markdown from the data file, through the pipeline and sanitizer of every body), the way back to
 * its theme and the criteria before and after it.
 */
export async function CriterionArticle({ collection, criterion, host }: Props) {
  const themeUrl = criteriaFacetUrl(collection, 'theme', criterion.theme.slug);
  const texts = await Promise.all(
    criterionTexts(criterion).map(async ({ key, label, text }) => ({
      key,
      label,
      body: (await renderedBody(textEntry(collection, criterion, text))).body,
    })),
  );
  const details = [
    { term: 'Thématique', value: <a href={withBasePath(themeUrl)}>{criterion.theme.label}</a> },
    {
      term: 'Priorité',
      value: (
        <a href={withBasePath(criteriaFacetUrl(collection, 'priority', criterion.priority.slug))}>
          {criterion.priority.label}
        </a>
      ),
    },
    { term: 'Difficulté', value: criterion.difficulty },
    ...(criterion.target ? [{ term: 'Cible', value: criterion.target }] : []),
    ...(criterion.jobs ? [{ term: 'Métiers', value: criterion.jobs }] : []),
  ];
  const { previous, next } = adjacentCriteria(collection, criterion.id);
  return (
    <article className="mx-auto max-w-page px-4 py-8" {...searchBody()}>
      <SearchData kind="publication" date={host.date} tags={[criterion.theme.label]} />
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Publications', href: '/publications/' },
          { label: collection.host.title, href: collection.host.url },
          { label: criterion.theme.label, href: themeUrl },
          { label: `Critère ${criterion.id}` },
        ]}
      />
      <header className="max-w-measure">
        <p className="font-bold text-brand-strong">Critère {criterion.id}</p>
        <h1 className="mt-1 text-step-3 font-bold leading-tight">{criterion.title}</h1>
      </header>
      <dl className="mt-6 grid max-w-measure grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 rounded-lg bg-surface p-4">
        {details.map(({ term, value }) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {texts.map(({ key, label, body }) => (
        <section key={key} aria-labelledby={`texte-${key}`} className="mt-8">
          <h2 id={`texte-${key}`} className="mb-3 text-step-2 font-bold">
            {label}
          </h2>
          {body}
        </section>
      ))}
      <p className="mt-10" {...searchIgnore()}>
        <a href={withBasePath(themeUrl)}>
          Tous les critères de la thématique «&nbsp;{criterion.theme.label}&nbsp;» (
          {criterion.theme.count})
        </a>
      </p>
      {(previous || next) && (
        <nav
          aria-label="Critères précédent et suivant"
          className="mt-6 border-t border-line pt-6"
          {...searchIgnore()}
        >
          <ul className="flex flex-wrap justify-between gap-4">
            {previous && (
              <li className="max-w-[45%]">
                <a href={withBasePath(previous.url)} rel="prev" className="no-underline">
                  <span className="block text-step--1 text-muted">Critère précédent</span>
                  {previous.id} – {previous.title}
                </a>
              </li>
            )}
            {next && (
              <li className="ml-auto max-w-[45%] text-right">
                <a href={withBasePath(next.url)} rel="next" className="no-underline">
                  <span className="block text-step--1 text-muted">Critère suivant</span>
                  {next.id} – {next.title}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </article>
  );
}
