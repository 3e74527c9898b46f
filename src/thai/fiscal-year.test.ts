/**
 * Tests for fiscalYear / fiscalYearRange: the seed letters' fiscal years and the
 * property that fiscalYearRange(fiscalYear(d)) contains d for 1900–2200 CE.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiscalYear, fiscalYearRange } from './fiscal-year.js';
import { compareDates } from './calendar-math.js';

describe('fiscalYear', () => {
  it.each([
    [{ year: 2021, month: 10, day: 1 }, 2565],
    [{ year: 2021, month: 9, day: 30 }, 2564],
    // seed 002: letter of ๒๓ ธันวาคม ๒๕๖๕ speaks of ปีงบประมาณ พ.ศ. ๒๕๖๖
    [{ year: 2022, month: 12, day: 23 }, 2566],
    // seed 003: letter of ๒๖ กันยายน ๒๕๖๖ speaks of ปีงบประมาณ พ.ศ. ๒๕๖๖ (and the next, ๒๕๖๗)
    [{ year: 2023, month: 9, day: 26 }, 2566],
    // seed 004: ๑๖ ตุลาคม ๒๕๖๓ hiring falls in ปีงบประมาณ พ.ศ. ๒๕๖๔
    [{ year: 2020, month: 10, day: 16 }, 2564],
    [{ year: 2020, month: 12, day: 31 }, 2564],
  ])('%o → %i', (date, be) => {
    expect(fiscalYear(date)).toBe(be);
  });

  it('fiscalYearRange(2565) is 2021-10-01 … 2022-09-30', () => {
    expect(fiscalYearRange(2565)).toEqual({ start: { year: 2021, month: 10, day: 1 }, end: { year: 2022, month: 9, day: 30 } });
  });

  it('rejects a fiscal year that is not a BE year', () => {
    expect(() => fiscalYearRange(2565.5)).toThrow(expect.objectContaining({ code: 'invalid_date', input: '2565.5' }));
    expect(() => fiscalYearRange(20)).toThrow(/Fiscal year 20 is not a Buddhist-era year/);
  });

  it('fiscalYearRange(fiscalYear(d)) contains d (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), (x) => {
        const date = { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
        const { start, end } = fiscalYearRange(fiscalYear(date));
        expect(compareDates(start, date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, end)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
