export const SITE_TIME_ZONE = 'Europe/Paris';

export interface ContentDate {
  /** The calendar day in Paris, `YYYY-MM-DD`: what `<time datetime>` and URLs show. */
  day: string;
  /** The instant, ISO 8601 with offset: what feeds and JSON-LD need. */
  iso: string;
  /** Milliseconds since the epoch, for sorting and the « not yet published » rule. */
  timestamp: number;
}

export type DateResult = { ok: true; value: ContentDate } | { ok: false; message: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE_TIME_ZONE,
  timeZoneName: 'longOffset',
});

/** Offset of Paris from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(utcMs: number): number {
  const name = offsetFormat.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The UTC instant of a wall-clock time in Paris (across DST: the offset is read twice). */
export function parisToUtc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = wall - parisOffsetMinutes(wall) * 60_000;
  return wall - parisOffsetMinutes(first) * 60_000;
}

function isRealDay(y: number, mo: number, d: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function parisDay(timestamp: number): string {
  return dayFormat.format(timestamp);
}

export function toContentDate(timestamp: number): ContentDate {
  const offset = parisOffsetMinutes(timestamp);
  const local = new Date(timestamp + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const tz = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { day: parisDay(timestamp), iso: `${local}${tz}`, timestamp };
}

/**
 * Front matter dates: `YYYY-MM-DD` (a day in Paris) or an ISO date-time. A day that does not
 * exist (2022-02-30) is refused rather than silently rolled over to March.
 */
export function parseContentDate(value: unknown): DateResult {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const expected = 'expected YYYY-MM-DD or an ISO date-time such as 2022-06-09T10:00:00+02:00';
  const day = DAY.exec(text);
  const dateTime = day ? null : DATE_TIME.exec(text);
  const parts = day ?? dateTime;
  if (!parts) return { ok: false, message: `« ${text} » is not a date (${expected})` };
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!isRealDay(y, mo, d)) {
    return { ok: false, message: `« ${text} » is not a valid date (expected YYYY-MM-DD)` };
  }
  if (day) return { ok: true, value: toContentDate(parisToUtc(y, mo, d)) };

  const [h, mi, s] = [Number(parts[4]), Number(parts[5]), Number(parts[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) {
    return { ok: false, message: `« ${text} » is not a valid time (${expected})` };
  }
  const zone = parts[7];
  if (!zone) return { ok: true, value: toContentDate(parisToUtc(y, mo, d, h, mi, s)) };
  const timestamp = Date.parse(`${parts[1]}-${parts[2]}-${parts[3]}T${parts[4]}:${parts[5]}:${String(s).padStart(2, '0')}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(timestamp)) return { ok: false, message: `« ${text} » is not a date (${expected})` };
  return { ok: true, value: toContentDate(timestamp) };
}
