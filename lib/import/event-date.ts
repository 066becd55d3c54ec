/**
 * When an event happens, read from the French text of the post that announces it (« 12 mars 2025,
 * de 11h à 12h », « le 5 décembre … de 10h à 11h30 », « du 18 au 20 octobre 2024 »). The former
 * site had no event fields: the date was only written in the text. Pure; the importer writes what
 * this finds as `event:` front matter and reports it, or reports a post it cannot date.
 */
import type { YamlChange } from './front-matter';
import type { KeyNote } from './news-fields';

const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const DAY = '(\\d{1,2})(?:er)?';
const YEAR = '(?:\\s+(\\d{4}))?';
/** « 18 au 20 octobre 2024 », « 30 septembre au 2 octobre ». */
const RANGE = new RegExp(
  `\\bdu\\s+${DAY}(?:\\s+${MONTH})?${YEAR}\\s+au\\s+${DAY}\\s+${MONTH}${YEAR}`,
  'iu',
);
const SINGLE = new RegExp(`(?<![\\d/])${DAY}\\s+${MONTH}${YEAR}(?![\\d])`, 'iu');
const TIME = '(\\d{1,2})\\s*h\\s*(\\d{2})?';
/**
 * « de 10h à 11h30 », « 14h30 - 17h », « 9h–12h », « Horaires : 09h30 / 12h30 ». A lone « 3h00 »
 * is a duration, not a time.
 */
const TIME_RANGE = new RegExp(`(?:\\bde\\s+)?${TIME}\\s*(?:à|-|–|—|/)\\s*${TIME}`, 'iu');
/** A line of a programme: « 9h30 — Accueil café ». */
const PROGRAMME_ITEM = new RegExp(`^\\W*${TIME}\\s*[—–-]\\s*\\S`, 'u');
/** « à 14h », « dès 9h30 ». */
const TIME_START = new RegExp(`(?:\\bà|\\bdès)\\s+${TIME}(?![\\d])`, 'iu');

export interface FoundEvent {
  /** `YYYY-MM-DDTHH:MM` (Paris), or `YYYY-MM-DD` for days without a time. */
  start: string;
  end?: string;
  place?: string;
  registration?: string;
  /** The words the date was read from, and their line in the text given (1-based). */
  evidence: string;
  line: number;
}

export interface EventText {
  title: string;
  description?: string;
  /** The body, as written. */
  body: string;
  /** The post's own date, `YYYY-MM-DD`: a day written without its year is the next one after it. */
  postDay: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The year of a day written without one: the post's year, or the next if that day is over a
 * month before the post (a post of late November announcing « 5 janvier »).
 */
function yearFor(month: number, day: number, postDay: string): number {
  const [y, m, d] = postDay.split('-').map(Number) as [number, number, number];
  const post = Date.UTC(y, m - 1, d);
  return Date.UTC(y, month - 1, day) < post - 31 * 86_400_000 ? y + 1 : y;
}

function dayText(y: number, m: number, d: number): string | undefined {
  return isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function clock(h: string | undefined, mi: string | undefined): string | undefined {
  const hours = Number(h);
  const minutes = Number(mi ?? '0');
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

interface Line {
  text: string;
  line: number;
}

/** The times of a line: a range, or a start. */
function timesIn(text: string): { start: string; end?: string } | undefined {
  const range = TIME_RANGE.exec(text);
  if (range) {
    const start = clock(range[1], range[2]);
    const end = clock(range[3], range[4]);
    if (start && end && end > start) return { start, end };
  }
  const start = TIME_START.exec(text);
  const at = start && clock(start[1], start[2]);
  return at ? { start: at } : undefined;
}

const LINK = /\]\((https?:\/\/[^)\s]+)\)|href="(https?:\/\/[^"\s]+)"/;
const PLACE = /^\W*(?:lieu|adresse)\s*:\s*(.+?)\s*$/iu;
const ONLINE = /\ben ligne\b|\bwebinaire\b|\bvisioconférence\b/iu;

function unmark(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The event a post announces, or undefined when its text gives no day with a time (nor a span of
 * whole days). Looks at the body first (where the practical details are), then the description,
 * then the title; times are looked for on the day's line, then on the lines just after it.
 */
export function findEvent(text: EventText): FoundEvent | undefined {
  const bodyLines: Line[] = text.body.split('\n').map((t, i) => ({ text: unmark(t), line: i + 1 }));
  const sources: Line[][] = [
    bodyLines,
    text.description ? [{ text: unmark(text.description), line: 0 }] : [],
    [{ text: unmark(text.title), line: 0 }],
  ];
  const place = bodyLines.map((l) => PLACE.exec(l.text)?.[1]).find(Boolean);
  // The registration link: the first web link on a line about registering or just below it.
  const raw = text.body.split('\n');
  const registration = raw
    .flatMap((l, i) => (/inscri/iu.test(l) ? raw.slice(i, i + 8) : []))
    .map((l) => LINK.exec(l))
    .map((m) => m?.[1] ?? m?.[2])
    .find(Boolean);
  // A programme (« 9h30 — Accueil », …, « 12h00 — Conclusion »): from its first time to its last.
  const programme = bodyLines
    .map((l) => PROGRAMME_ITEM.exec(l.text))
    .flatMap((m) => (m ? [clock(m[1], m[2])] : []))
    .filter((t): t is string => t !== undefined);
  const online = ONLINE.test(`${text.title} ${text.description ?? ''} ${text.body}`);
  const extras = {
    ...(place ? { place } : online ? { place: 'En ligne' } : {}),
    ...(registration ? { registration } : {}),
  };

  for (const lines of sources) {
    for (const [index, { text: words, line }] of lines.entries()) {
      const range = RANGE.exec(words);
      if (range) {
        const endMonth = MONTHS[range[5]!.toLowerCase()]!;
        const startMonth = range[2] ? MONTHS[range[2].toLowerCase()]! : endMonth;
        const endYear = range[6]
          ? Number(range[6])
          : yearFor(endMonth, Number(range[4]), text.postDay);
        const startYear = range[3]
          ? Number(range[3])
          : startMonth > endMonth
            ? endYear - 1
            : endYear;
        const start = dayText(startYear, startMonth, Number(range[1]));
        const end = dayText(endYear, endMonth, Number(range[4]));
        if (start && end && end > start) return { start, end, ...extras, evidence: range[0], line };
      }
      const single = SINGLE.exec(words);
      if (!single) continue;
      const month = MONTHS[single[2]!.toLowerCase()]!;
      const dayOfMonth = Number(single[1]);
      const year = single[3] ? Number(single[3]) : yearFor(month, dayOfMonth, text.postDay);
      const day = dayText(year, month, dayOfMonth);
      if (!day) continue;
      // The time: on the day's line, else within the next three lines of the same block.
      const near = [words];
      for (const next of lines.slice(index + 1, index + 4)) {
        if (!next.text) break;
        near.push(next.text);
      }
      for (const candidate of near) {
        const times = timesIn(candidate);
        if (times) {
          return {
            start: `${day}T${times.start}`,
            ...(times.end ? { end: `${day}T${times.end}` } : {}),
            ...extras,
            evidence: candidate === words ? words : `${single[0]} … ${candidate}`,
            line,
          };
        }
      }
      const [first, last] = [programme[0], programme.at(-1)];
      if (first && last && last > first) {
        return {
          start: `${day}T${first}`,
          end: `${day}T${last}`,
          ...extras,
          evidence: `${single[0]} … programme de ${first} à ${last}`,
          line,
        };
      }
    }
  }
  return undefined;
}

/** « Événement », « Evenement », « événement »: the tag the former site's agenda listed. */
const isEventTag = (tag: string) =>
  tag
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase() === 'evenement';

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/**
 * `event:` for a post tagged Événement, from its text; a note either way (what was read, to
 * check; or that the post stays off the agenda until an editor writes its `event:`).
 */
export function mapEvent(
  data: Record<string, unknown>,
  tags: readonly string[],
  body: string,
): { changes: YamlChange[]; notes: KeyNote[] } {
  if (data.event !== undefined || !tags.some(isEventTag)) return { changes: [], notes: [] };
  const date =
    data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
  const found = /^\d{4}-\d{2}-\d{2}/.test(date)
    ? findEvent({
        title: String(data.title ?? ''),
        description: typeof data.description === 'string' ? data.description : undefined,
        body,
        postDay: date.slice(0, 10),
      })
    : undefined;
  if (!found) {
    return {
      changes: [],
      notes: [
        {
          key: 'tags',
          kind: 'event',
          message:
            'tagged Événement, but its text gives no day with a time: not on the agenda until « event: » is written',
        },
      ],
    };
  }
  const { evidence, line, ...event } = found;
  return {
    changes: [{ op: 'set', key: 'event', value: event }],
    notes: [
      {
        key: 'event',
        kind: 'event',
        message: `event read from the text${line ? ` (line ${line} of the body)` : ''}: « ${shorten(evidence)} » → ${event.start}${event.end ? ` – ${event.end}` : ''}${event.place ? `, ${event.place}` : ''}: check it`,
      },
    ],
  };
}
