import { describe, expect, it } from 'vitest';
import { parseEventTime, type EventInfo } from '@/lib/content/events';
import { formatEventDay, formatEventWhen } from '@/lib/format-event';

const time = (text: string) => {
  const result = parseEventTime(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const event = (start: string, end?: string): EventInfo => ({
  start: time(start),
  ...(end ? { end: time(end) } : {}),
});

describe('formatEventWhen', () => {
  it('writes the day once for an event that ends the day it starts', () => {
    expect(formatEventWhen(event('2026-03-10T14:00', '2026-03-10T16:00'))).toBe(
      'mardi 10 mars 2026, 14\u00a0h\u00a000 – 16\u00a0h\u00a000',
    );
  });

  it('writes both days for an event over several days', () => {
    expect(formatEventWhen(event('2026-03-10T14:00', '2026-03-11T12:30'))).toBe(
      'mardi 10 mars 2026, 14\u00a0h\u00a000 – mercredi 11 mars 2026, 12\u00a0h\u00a030',
    );
    expect(formatEventWhen(event('2026-10-24', '2026-10-25'))).toBe(
      'samedi 24 octobre 2026 – dimanche 25 octobre 2026',
    );
  });

  it('writes the start alone without an end, and « 1er » for the first of the month', () => {
    expect(formatEventWhen(event('2026-06-01T09:05'))).toBe(
      'lundi 1er juin 2026, 9\u00a0h\u00a005',
    );
    expect(formatEventDay('2026-06-01')).toBe('lundi 1er juin 2026');
  });
});
