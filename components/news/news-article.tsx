import { ContentBody } from '@/components/content-body';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { HeroImage } from '@/components/media/hero-image';
import { SearchData } from '@/components/search/search-data';
import { DateText } from '@/components/ui/date';
import { EventBox } from '@/components/events/event-box';
import { EpisodeNav } from '@/components/series/episode-nav';
import type { EpisodePlace, NewsEntry } from '@/lib/content';
import { searchBody, searchIgnore } from '@/lib/search';
import { withBasePath } from '@/lib/site';
import { LinkCard } from './link-card';
import { tagUrl } from './tag-filter';

interface Props {
  post: NewsEntry;
  previous?: NewsEntry;
  next?: NewsEntry;
  /** Where the post stands in its series, when it is an episode. */
  episode?: EpisodePlace;
  /** Whether the event the post announces is over. */
  eventOver?: boolean;
}

export function NewsArticle({ post, previous, next, episode, eventOver = false }: Props) {
  return (
    <article className="mx-auto max-w-page px-4 py-8" {...searchBody()}>
      <SearchData kind="news" date={post.date} tags={post.tags.map((tag) => tag.label)} />
      <Breadcrumb
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Actualités', href: '/actualites/' },
          { label: post.title },
        ]}
      />
      <header className="max-w-measure">
        <h1 className="text-step-3 font-bold leading-tight">{post.title}</h1>
        <p className="mt-3 text-muted" {...searchIgnore()}>
          Publié le <DateText date={post.date} />
        </p>
        {episode && <EpisodeNav place={episode} />}
        {post.event && (
          // An unlisted post is in no calendar, so it has no `.ics` of its own.
          <EventBox
            slug={post.slug}
            event={post.event}
            calendar={!post.unlisted}
            past={eventOver}
          />
        )}
      </header>
      <HeroImage image={post.image} />
      <div className="mt-8">
        <ContentBody entry={post} />
      </div>
      {post.link && <LinkCard href={post.link} title={post.linkTitle} />}
      {post.tags.length > 0 && (
        <section aria-labelledby="tags-title" className="mt-10 max-w-measure" {...searchIgnore()}>
          <h2 id="tags-title" className="text-step-0 font-bold">
            Thèmes
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {post.tags.map((tag) => (
              <li key={tag.slug}>
                <a href={withBasePath(tagUrl(tag.slug))} className="pill">
                  {tag.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(previous || next) && (
        <nav
          aria-label="Autres actualités"
          className="mt-12 max-w-measure border-t border-line pt-6"
          {...searchIgnore()}
        >
          <ul className="grid gap-4 sm:grid-cols-2">
            {previous && (
              <li>
                <span className="block text-step--1 text-muted">Actualité précédente</span>
                <a href={withBasePath(previous.url)} rel="prev">
                  {previous.title}
                </a>
              </li>
            )}
            {next && (
              <li className="sm:col-start-2 sm:text-right">
                <span className="block text-step--1 text-muted">Actualité suivante</span>
                <a href={withBasePath(next.url)} rel="next">
                  {next.title}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </article>
  );
}
