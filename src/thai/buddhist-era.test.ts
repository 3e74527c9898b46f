import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buddhistEraYear, commonEraYear } from './buddhist-era.js';
import { findThaiDates } from './find-thai-dates.js';
import { formatThaiDate } from './format-thai-date.js';
import { parseThaiDate } from './parse-thai-date.js';
import { isThaiTextError } from './thai-text-error.js';
import { isValidCalendarDate } from './calendar-math.js';

describe('Buddhist-era years before 2484 (year began on 1 April)', () => {
  it('reads ๑๕ มกราคม ๒๔๗๕ as 15 January 1933 and ๑๕ เมษายน ๒๔๗๕ as 15 April 1932', () => {
    expect(parseThaiDate('๑๕ มกราคม ๒๔๗๕').date).toEqual({ year: 1933, month: 1, day: 15 });
    expect(parseThaiDate('๑๕ เมษายน ๒๔๗๕').date).toEqual({ year: 1932, month: 4, day: 15 });
    expect(parseThaiDate('๒๔ มิถุนายน ๒๔๗๕').date).toEqual({ year: 1932, month: 6, day: 24 });
  });
  it('prints 1 January 1941 as ๒๔๘๔ and 31 March 1940 as ๒๔๘๒', () => {
    expect(formatThaiDate({ year: 1941, month: 1, day: 1 })).toBe('๑ มกราคม ๒๔๘๔');
    expect(formatThaiDate({ year: 1940, month: 3, day: 31 })).toBe('๓๑ มีนาคม ๒๔๘๒');
    expect(formatThaiDate({ year: 1940, month: 4, day: 1 })).toBe('๑ เมษายน ๒๔๘๓');
  });
  it('refuses January–March 2483, which never existed', () => {
    let error: unknown;
    try {
      parseThaiDate('๑๐ กุมภาพันธ์ ๒๔๘๓');
    } catch (e) {
      error = e;
    }
    expect(isThaiTextError(error) && error.code === 'invalid_date').toBe(true);
    expect(commonEraYear(2483, 2)).toBeUndefined();
  });
  it('the scanner reads old-calendar dates and month mentions too', () => {
    const [date, month] = findThaiDates('ลงวันที่ ๑๕ มกราคม ๒๔๗๕ และเดือนกุมภาพันธ์ ๒๔๘๐');
    expect(date?.date).toEqual({ year: 1933, month: 1, day: 15 });
    expect(month?.month).toEqual({ year: 1938, month: 2 });
  });
  it('format then parse gives the same date, 1900–2100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        fc.pre(isValidCalendarDate(year, month, day));
        const date = { year, month, day };
        expect(parseThaiDate(formatThaiDate(date)).date).toEqual(date);
        expect(commonEraYear(buddhistEraYear(year, month), month)).toBe(year);
      }),
    );
  });
});

describe('พุทธศักราช written in full', () => {
  it('parseThaiDate reads วันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕', () => {
    const parsed = parseThaiDate('วันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕');
    expect(parsed.date).toEqual({ year: 2022, month: 12, day: 25 });
    expect(parsed.writtenWeekday?.name).toBe('พุธ');
  });
  it('the scanner finds a date with พุทธศักราช and its weekday', () => {
    const [found] = findThaiDates('ขอให้ส่งภายในวันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕ ด้วย');
    expect(found?.date).toEqual({ year: 2022, month: 12, day: 25 });
    expect(found?.writtenWeekday?.name).toBe('พุธ');
    expect(found?.text).toBe('วันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕');
  });
  it('a scanned พุทธศักราช date reads the same as the พ.ศ. one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const date = { year, month, day };
        const withEra = formatThaiDate(date, { era: true });
        const full = withEra.replace('พ.ศ.', 'พุทธศักราช');
        expect(findThaiDates(`ภายใน ${full} นี้`)[0]?.date).toEqual(date);
      }),
    );
  });
});
