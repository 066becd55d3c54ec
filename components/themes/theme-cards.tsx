import type { ThemeCard } from '@/lib/content';
import { withBasePath } from '@/lib/site';

interface Props {
  cards: ThemeCard[];
  headingLevel: 2 | 3;
}

/** The pages a theme gathers: the title is the one link, the whole card is its target. */
export function ThemeCards({ cards, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {cards.map((card) => (
        <li
          key={card.url}
          className="relative flex flex-col gap-2 rounded-lg border border-line bg-paper p-4 focus-within:ring-2 focus-within:ring-focus hover:border-brand"
        >
          <Heading className="text-step-1 font-bold leading-snug">
            <a href={withBasePath(card.url)} className="card-link">
              {card.title}
            </a>
          </Heading>
          {card.description && <p className="line-clamp-4 text-step--1">{card.description}</p>}
          {card.meta && <p className="mt-auto text-step--1 text-muted">{card.meta}</p>}
        </li>
      ))}
    </ul>
  );
}
