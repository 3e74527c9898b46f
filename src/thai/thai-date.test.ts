/**
 * Tests for formatThaiDate / parseThaiDate: every date in the five seed letters
 * (table-driven, with the seed 002 weekday defect), every error code with its message,
 * and a fast-check format → parse round trip over 1900–2200 CE in every option.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatThaiDate, type FormatThaiDateOptions } from './format-thai-date.js';
import { parseThaiDate } from './parse-thai-date.js';
import { thaiWeekday } from './thai-weekday.js';
import { THAI_MONTHS, THAI_MONTHS_ABBREVIATED, THAI_WEEKDAYS, thaiMonthNumber } from './thai-calendar-names.js';
import { ThaiTextError } from './thai-text-error.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });

/** Every dated mention in the five seed letters (/work/shared/seeds), with the real weekday. */
const SEED_DATES = [
  // seed 000 (มท ๐๔๐๘.๒/๖๐๖๘๖)
  { text: '๕ ธันวาคม ๒๕๕๐', date: d(2007, 12, 5) },
  { text: '๑๘ มีนาคม ๒๕๖๓', date: d(2020, 3, 18) },
  { text: '๑๘ มิถุนายน ๒๕๖๒', date: d(2019, 6, 18) },
  { text: 'วันที่ ๑๗ มีนาคม ๒๕๖๓', date: d(2020, 3, 17) },
  { text: 'วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓', date: d(2020, 3, 23), written: 'จันทร์', actual: 'จันทร์' },
  // seed 001 (สน ๐๐๑๙.๓/ว ๕๔๗๑): the day is split from the month by blank lines
  { text: '๒๕\n\nมีนาคม ๒๕๖๕', date: d(2022, 3, 25) },
  { text: 'วันพฤหัสบดีที่ ๓๑ มีนาคม ๒๕๖๕', date: d(2022, 3, 31), written: 'พฤหัสบดี', actual: 'พฤหัสบดี' },
  // seed 002 (ฉษ ๐๐๑๙/ว ๗๖๗๒): ๒๕ ธันวาคม ๒๕๖๕ is a Sunday, the letter says Wednesday
  { text: '๒๓ ธันวาคม ๒๕๖๕', date: d(2022, 12, 23) },
  { text: 'วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕', date: d(2022, 12, 25), written: 'พุธ', actual: 'อาทิตย์' },
  { text: 'วันอังคารที่ ๑๐ มกราคม ๒๕๖๖', date: d(2023, 1, 10), written: 'อังคาร', actual: 'อังคาร' },
  // seed 003 (นข ๐๐๑๙/ว ๕๔๖๕)
  { text: '๒๖ กันยายน ๒๕๖๖', date: d(2023, 9, 26) },
  { text: '๑๖ พฤษภาคม ๒๕๖๖', date: d(2023, 5, 16) },
  { text: 'วันที่ ๒๙ กันยายน ๒๕๖๖', date: d(2023, 9, 29) },
  { text: 'วันที่ ๑ ตุลาคม ๒๕๖๖', date: d(2023, 10, 1) },
  // seed 004 (มท ๐๔๐๘.๒/ว ๒๒๙๓)
  { text: '๓๐ กันยายน ๒๕๖๓', date: d(2020, 9, 30) },
  { text: '๓๑ ธันวาคม ๒๕๖๓', date: d(2020, 12, 31) },
] as const;

describe('parseThaiDate on the seed letters', () => {
  it.each(SEED_DATES)('reads $text', (row) => {
    const parsed = parseThaiDate(row.text);
    expect(parsed.date).toEqual(row.date);
    if ('written' in row) {
      expect(parsed.writtenWeekday?.name).toBe(row.written);
      expect(thaiWeekday(parsed.date).name).toBe(row.actual);
    } else {
      expect(parsed.writtenWeekday).toBeUndefined();
    }
  });

  it('exposes the seed 002 defect: written พุธ, actually อาทิตย์', () => {
    const parsed = parseThaiDate('วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕');
    expect(parsed.writtenWeekday).toEqual({ index: 3, name: 'พุธ' });
    expect(thaiWeekday(parsed.date)).toEqual({ index: 0, name: 'อาทิตย์' });
  });
});

describe('formatThaiDate', () => {
  it.each([
    [d(2020, 3, 18), {}, '๑๘ มีนาคม ๒๕๖๓'],
    [d(2020, 3, 18), { style: 'abbreviated' }, '๑๘ มี.ค. ๖๓'],
    [d(2020, 3, 23), { weekday: true }, 'วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓'],
    [d(2005, 9, 23), { era: true }, '๒๓ กันยายน พ.ศ. ๒๕๔๘'],
    [d(2020, 3, 18), { digits: 'arabic' }, '18 มีนาคม 2563'],
    [d(2020, 3, 18), { style: 'abbreviated', shortYear: false }, '๑๘ มี.ค. ๒๕๖๓'],
    [d(2022, 3, 31), { weekday: true, era: true }, 'วันพฤหัสบดีที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๕'],
    [d(2043, 1, 1), { style: 'abbreviated' }, '๑ ม.ค. ๘๖'],
    [d(1957, 1, 1), { style: 'abbreviated' }, '๑ ม.ค. ๐๐'],
  ] as const)('%o with %o → %s', (date, options, expected) => {
    expect(formatThaiDate(date, options as FormatThaiDateOptions)).toBe(expected);
  });

  it('formats every seed date back to its written form', () => {
    for (const row of SEED_DATES) {
      const withWeekday = row.text.startsWith('วัน') && !row.text.startsWith('วันที่');
      const expected = row.text.replace(/^วันที่ /, '').replace(/\s+/g, ' ');
      if ('written' in row && row.written !== row.actual) continue; // the seed is wrong, not us
      expect(formatThaiDate(row.date, { weekday: withWeekday })).toBe(expected);
    }
  });

  it('rejects a date that does not exist', () => {
    expect(() => formatThaiDate(d(2021, 2, 29))).toThrow(expect.objectContaining({ code: 'invalid_date', input: '2021-2-29' }));
  });
});

describe('parseThaiDate variants', () => {
  it.each([
    ['18 มีนาคม 2563', d(2020, 3, 18)],
    ['๑๘ มี.ค. ๖๓', d(2020, 3, 18)],
    ['18 มี.ค. 63', d(2020, 3, 18)],
    ['๑๘ มีค ๒๕๖๓', d(2020, 3, 18)],
    ['๒๓ กันยายน พ.ศ. ๒๕๔๘', d(2005, 9, 23)],
    ['๒๓ กันยายน พ.ศ.๒๕๔๘', d(2005, 9, 23)],
    ['๒๓ ก.ย. พ.ศ. ๔๘', d(2005, 9, 23)],
    ['23 กันยายน ค.ศ. 2005', d(2005, 9, 23)],
    ['  วันที่  ๑๘\u00A0มีนาคม   ๒๕๖๓ ', d(2020, 3, 18)],
    ['๑๘มีนาคม๒๕๖๓', d(2020, 3, 18)],
    ['วันพฤหัสที่ ๓๑ มีนาคม ๒๕๖๕', d(2022, 3, 31)],
    ['๒๙ กุมภาพันธ์ ๒๕๖๓', d(2020, 2, 29)],
  ] as const)('%j', (text, date) => {
    expect(parseThaiDate(text).date).toEqual(date);
  });

  it.each([
    ['๓๑ กุมภาพันธ์ ๒๕๖๓', 'invalid_date', /has 29 days, so day 31 does not exist/],
    ['๒๙ กุมภาพันธ์ ๒๕๖๔', 'invalid_date', /has 28 days/],
    ['๓๑ เมษายน ๒๕๖๓', 'invalid_date', /has 30 days/],
    ['๑๘ มีนาคา ๒๕๖๓', 'unknown_month', /"มีนาคา" is not a Thai month name/],
    ['๑๘ March ๒๕๖๓', 'unknown_month', /"March"/],
    ['วันพุทธที่ ๒๕ ธันวาคม ๒๕๖๕', 'unknown_weekday', /"พุทธ" is not a Thai weekday/],
    ['พ/ ตุลาคม ๒๕๖๓', 'unreadable_date', /expected day, month and Buddhist-era year/],
    ['๑๘ มีนาคม', 'unreadable_date', /expected day/],
    ['๑๘ มีนาคม ๒๕๖', 'unreadable_date', /four-digit Buddhist-era year/],
    ['', 'unreadable_date', /expected day/],
  ] as const)('%j → %s', (text, code, message) => {
    let error: unknown;
    try {
      parseThaiDate(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThaiTextError);
    const err = error as ThaiTextError;
    expect(err.code).toBe(code);
    expect(err.input).toBe(text);
    expect(err.message).toContain(`"${text}"`);
    expect(err.message).toMatch(message);
    expect(err.messageTh).toContain(`"${text}"`);
    expect(err.messageTh).toMatch(/[ก-๙]/);
  });
});

describe('names', () => {
  it('has 12 months and 7 weekdays', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS_ABBREVIATED).toHaveLength(12);
    expect(THAI_WEEKDAYS[0]).toBe('อาทิตย์');
    expect(THAI_WEEKDAYS[6]).toBe('เสาร์');
    THAI_MONTHS.forEach((name, i) => {
      expect(thaiMonthNumber(name)).toBe(i + 1);
      expect(thaiMonthNumber(THAI_MONTHS_ABBREVIATED[i] ?? '')).toBe(i + 1);
    });
  });
});

describe('format → parse round trip (property)', () => {
  const dateIn = (min: string, max: string) =>
    fc
      .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
      .map((x) => ({ year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() }));
  const options = (style: 'full' | 'abbreviated', shortYear: boolean) =>
    fc.record({
      style: fc.constant(style),
      shortYear: fc.constant(shortYear),
      weekday: fc.boolean(),
      era: fc.boolean(),
      digits: fc.constantFrom('thai' as const, 'arabic' as const),
    });

  it('all dates 1900–2200 CE, four-digit years, every option', () => {
    fc.assert(
      fc.property(dateIn('1900-01-01', '2200-12-31'), fc.oneof(options('full', false), options('abbreviated', false)), (date, opts) => {
        const text = formatThaiDate(date, opts);
        const parsed = parseThaiDate(text);
        expect(parsed.date).toEqual(date);
        if (opts.weekday) expect(parsed.writtenWeekday).toEqual(thaiWeekday(date));
      }),
      { numRuns: 3000 },
    );
  });

  it('two-digit years round-trip for 1957–2056 CE (BE 2500–2599)', () => {
    fc.assert(
      fc.property(dateIn('1957-01-01', '2056-12-31'), fc.oneof(options('abbreviated', true), options('full', true)), (date, opts) => {
        expect(parseThaiDate(formatThaiDate(date, opts)).date).toEqual(date);
      }),
      { numRuns: 2000 },
    );
  });
});
