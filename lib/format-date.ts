import { SITE_TIME_ZONE } from './content/dates';

const longFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « 9 juin 2022 », and « 1er juin 2022 » as French typography writes the first of the month. */
export function formatFrenchDate(timestamp: number): string {
  return longFormat
    .formatToParts(timestamp)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
