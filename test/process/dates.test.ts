import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isDate, isTimeZone } from '../../src/process/dates.js';

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

describe('addDays and addMonths', () => {
  const day = fc
    .date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9000-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('count days as the calendar does, across months, leap days and years', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        const d = new Date(`${date}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + days);
        expect(addDays(date, days)).toBe(d.toISOString().slice(0, 10));
      }),
      { seed: 12, numRuns: 3000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it("keep the day of the month, or the month's last when it has fewer days", () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('0050-06-30', 12)).toBe('0051-06-30');
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isDate(result)).toBe(true);
        const [y, m] = date.split('-').map(Number) as [number, number];
        const total = y * 12 + m - 1 + months;
        expect(result.slice(0, 7)).toBe(
          `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`,
        );
        const wanted = Number(date.slice(8));
        const got = Number(result.slice(8));
        expect(
          got === wanted || (got < wanted && !isDate(`${result.slice(0, 8)}${String(got + 1).padStart(2, '0')}`)),
        ).toBe(true);
      }),
      { seed: 13, numRuns: 3000 },
    );
  });
});

describe('isTimeZone', () => {
  it('knows the IANA names, their aliases and other cases, as a DateTimeFormat takes them', () => {
    const formats = (zone: string) => {
      try {
        Intl.DateTimeFormat('en-CA', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    };
    const zones = ['America/Mexico_City', 'Europe/Warsaw', 'US/Pacific', 'america/mexico_city', 'UTC', 'Etc/GMT+6'];
    const wrong = ['Mars/Olympus', 'America/Ciudad_de_Mexico', '', 'GMT+25'];
    for (const zone of [...zones, ...wrong])
      expect({ zone, known: isTimeZone(zone) }).toEqual({ zone, known: formats(zone) });
    expect(zones.every(isTimeZone)).toBe(true);
    expect(wrong.some(isTimeZone)).toBe(false);
  });
});
