import type { ContentDate } from '@/lib/content/dates';
import { formatFrenchDate } from '@/lib/format-date';

/** « 9 juin 2022 » in a machine-readable `<time>`. */
export function DateText({ date, className }: { date: ContentDate; className?: string }) {
  return (
    <time dateTime={date.day} className={className}>
      {formatFrenchDate(date.timestamp)}
    </time>
  );
}
