/**
 * Unit and property tests for calendar-math and thai-weekday.
 * Oracle: JavaScript's Date.UTC / getUTCDay on random instants (independent of our
 * Hinnant day-count algorithm), plus leap-year and boundary tables.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  calendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  fromEpochDays,
  isValidCalendarDate,
  parseIsoDate,
  toEpochDays,
  toIsoDate,
} from './calendar-math.js';
import { thaiWeekday } from './thai-weekday.js';
import { ThaiTextError } from './thai-text-error.js';

/** Independent oracle: a random instant's UTC calendar fields. */
const utcDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T23:59:59Z`), noInvalidDate: true })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), utcDay: d.getUTCDay() }));

describe('calendarDate', () => {
  it.each([
    [2020, 2, 29, true],
    [2021, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2020, 4, 31, false],
    [2020, 13, 1, false],
    [2020, 0, 1, false],
    [2020, 1, 0, false],
    [2020, 1, 1.5, false],
    [0, 1, 1, false],
    [10000, 1, 1, false],
  ])('isValidCalendarDate(%i, %i, %s) is %s', (y, m, d, ok) => {
    expect(isValidCalendarDate(y, m, d)).toBe(ok);
  });

  it('throws invalid_date naming the input for 31 February', () => {
    expect(() => calendarDate(2020, 2, 31)).toThrow(ThaiTextError);
    try {
      calendarDate(2020, 2, 31);
    } catch (e) {
      const err = e as ThaiTextError;
      expect(err.code).toBe('invalid_date');
      expect(err.input).toBe('2020-2-31');
      expect(err.message).toContain('2020-2-31');
      expect(err.message).toContain('29 days');
      expect(err.messageTh).toContain('29 วัน');
    }
  });

  it('daysInMonth knows leap years', () => {
    expect([2019, 2020, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2020, 13)).toBe(0);
  });
});

describe('ISO dates', () => {
  it('round-trips 2020-03-18', () => {
    expect(parseIsoDate('2020-03-18')).toEqual({ year: 2020, month: 3, day: 18 });
    expect(toIsoDate({ year: 2020, month: 3, day: 18 })).toBe('2020-03-18');
    expect(toIsoDate({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
  });
  it.each(['2020-3-18', '18/03/2020', '2020-02-30', '', '2020-03-18T00:00'])('rejects %j with invalid_date', (text) => {
    expect(() => parseIsoDate(text)).toThrow(expect.objectContaining({ code: 'invalid_date', input: text }));
  });
  it('names the input in the message', () => {
    expect(() => parseIsoDate('2020-02-30')).toThrow(/"2020-02-30" is not a real date/);
  });
});

describe('day arithmetic', () => {
  it('epoch days agree with Date.UTC for 1900–2200', () => {
    fc.assert(
      fc.property(utcDate('1900-01-01', '2200-12-31'), (d) => {
        expect(toEpochDays(d)).toBe(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
        expect(fromEpochDays(toEpochDays(d))).toEqual({ year: d.year, month: d.month, day: d.day });
      }),
      { numRuns: 2000 },
    );
  });

  it('thaiWeekday agrees with Date.UTC getUTCDay', () => {
    fc.assert(
      fc.property(utcDate('0100-01-01', '9999-12-31'), (d) => {
        expect(thaiWeekday(d).index).toBe(d.utcDay);
      }),
      { numRuns: 2000 },
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(utcDate('1900-01-01', '2200-12-31'), fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const date = { year: d.year, month: d.month, day: d.day };
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(compareDates(later, date)).toBe(Math.sign(n));
        expect(compareDates(date, later)).toBe(n === 0 ? 0 : -Math.sign(n));
      }),
    );
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays({ year: 2020, month: 2, day: 28 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addDays({ year: 2021, month: 2, day: 28 }, 1)).toEqual({ year: 2021, month: 3, day: 1 });
    expect(addDays({ year: 2022, month: 12, day: 31 }, 1)).toEqual({ year: 2023, month: 1, day: 1 });
    expect(daysBetween({ year: 2020, month: 10, day: 16 }, { year: 2020, month: 12, day: 31 })).toBe(76);
  });

  it('rejects a fractional day count and dates past 9999', () => {
    expect(() => addDays({ year: 2020, month: 1, day: 1 }, 0.5)).toThrow(expect.objectContaining({ code: 'invalid_number' }));
    expect(() => addDays({ year: 9999, month: 12, day: 31 }, 1)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
