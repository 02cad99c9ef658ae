import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/process/dates.js';

/** What a date is as the calendar has it: the day a UTC Date lands on, written back the same. */
function calendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

describe('isDate', () => {
  it('takes real days only: leap years by the Gregorian rule, no month 13, no day 0 or 32', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '0000-01-01', '9999-12-31', '2026-11-30', '2026-12-31'])
      expect(isDate(ok), ok).toBe(true);
    for (const bad of ['1900-02-29', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01'])
      expect(isDate(bad), bad).toBe(false);
    expect(isDate(20260101)).toBe(false);
  });

  it('agrees with the calendar on any YYYY-MM-DD', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const value = `${y}-${m}-${d}`;
        expect(isDate(value)).toBe(calendarDay(value));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});
