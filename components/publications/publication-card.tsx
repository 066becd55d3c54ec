import { Picture } from '@/components/media/picture';
import { DateText } from '@/components/ui/date';
import type { PublicationEntry } from '@/lib/content';
import { withBasePath } from '@/lib/site';

interface Props {
  publication: PublicationEntry;
  headingLevel?: 2 | 3;
  /** Focus publications: large and horizontal from tablet width up. */
  large?: boolean;
}

/**
 * A publication in a list: the list item is the card, the title is the one link, the whole card
 * is its target. A small card has no wrapper element (the news cards' .card layout, in
 * app/globals.css); a large one wraps its text only, to sit beside its image.
 */
export function PublicationCard({ publication, headingLevel = 3, large = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  const text = (
    <>
      <Heading className={large ? 'text-step-2 font-bold leading-snug' : 'card-title'}>
        <a href={withBasePath(publication.url)} className="card-link">
          {publication.title}
        </a>
      </Heading>
      {publication.description && (
        <p className={large ? 'text-step-0' : 'line-clamp-4 text-step--1'}>
          {publication.description}
        </p>
      )}
      <p className="text-step--1 text-muted">
        Mis à jour le <DateText date={publication.date} />
      </p>
    </>
  );
  const image = publication.image?.file && (
    <Picture
      file={publication.image.file}
      alt={publication.image.alt}
      sizes={
        large
          ? '(min-width: 48rem) 36rem, 100vw'
          : '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw'
      }
      pictureClassName={
        large
          ? 'order-first block aspect-[1200/630] shrink-0 overflow-hidden bg-surface md:w-1/2'
          : 'card-media'
      }
      className="h-full w-full object-cover"
      bestFormatOnly
    />
  );
  if (!large) {
    return (
      <li className="card hover:border-brand">
        {text}
        {image}
      </li>
    );
  }
  return (
    <li className="relative flex flex-col overflow-hidden rounded-lg border border-line bg-paper focus-within:ring-2 focus-within:ring-focus hover:border-brand md:flex-row">
      {image}
      <div className="flex flex-1 flex-col gap-2 p-5 md:justify-center md:p-8">{text}</div>
    </li>
  );
}
