import { describe, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/content/dates';
import { formatFrenchDate } from '@/lib/format-date';

const ok = (value: unknown) => {
  const result = parseContentDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('parseContentDate', () => {
  it('reads a day as midnight in Paris', () => {
    const date = ok('2022-06-09');
    expect(date.day).toBe('2022-06-09');
    expect(date.iso).toBe('2022-06-09T00:00:00+02:00');
    expect(date.timestamp).toBe(Date.parse('2022-06-08T22:00:00Z'));
  });

  it('uses the winter offset in winter', () => {
    expect(ok('2022-01-15').iso).toBe('2022-01-15T00:00:00+01:00');
  });

  it('reads ISO date-times with and without an offset', () => {
    expect(ok('2022-06-09T10:30:00Z').iso).toBe('2022-06-09T12:30:00+02:00');
    expect(ok('2022-06-09T10:30').iso).toBe('2022-06-09T10:30:00+02:00');
    // Late evening UTC is already the next day in Paris.
    expect(ok('2022-06-09T23:30:00Z').day).toBe('2022-06-10');
  });

  it('rejects a day that does not exist', () => {
    expect(parseContentDate('2022-02-30')).toEqual({
      ok: false,
      message: '« 2022-02-30 » is not a valid date (expected YYYY-MM-DD)',
    });
    expect(parseContentDate('2022-13-01').ok).toBe(false);
  });

  it('rejects what is not a date', () => {
    const result = parseContentDate('le 9 juin');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^« le 9 juin » is not a date/);
    expect(parseContentDate(2022).ok).toBe(false);
  });
});

describe('formatFrenchDate', () => {
  it('writes dates the French way, in Paris time', () => {
    expect(formatFrenchDate(ok('2022-06-09').timestamp)).toBe('9 juin 2022');
    expect(formatFrenchDate(ok('2021-12-01').timestamp)).toBe('1er décembre 2021');
    expect(formatFrenchDate(ok('2022-06-09T23:30:00Z').timestamp)).toBe('10 juin 2022');
  });
});
