/**
 * Cross-file test: the free-text scanners over the five real seed letters
 * (copied unchanged from /work/shared/seeds into fixtures/). Every date, time and
 * amount in them must be found, with the seeds' real defects reported as data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findBahtAmounts, findThaiDates, findThaiTimes, thaiWeekday, toIsoDate } from '../../src/thai/index.js';

const seed = (n: string): string => readFileSync(new URL(`fixtures/seed-${n}.txt`, import.meta.url), 'utf8');

function dateSummary(text: string) {
  return findThaiDates(text).map((m) => ({
    text: m.text,
    iso: m.date === undefined ? undefined : toIsoDate(m.date),
    month: m.month,
    written: m.writtenWeekday?.name,
    actual: m.date === undefined ? undefined : thaiWeekday(m.date).name,
    range: m.range,
    error: m.error?.code,
  }));
}

const row = (text: string, iso: string, extra: object = {}) => ({
  text,
  iso,
  month: undefined,
  written: undefined,
  actual: expect.any(String) as unknown,
  range: undefined,
  error: undefined,
  ...extra,
});

describe('findThaiDates on the seeds', () => {
  it('seed 000: letter of ๑๘ มีนาคม ๒๕๖๓, meeting on Monday ๒๓ มีนาคม', () => {
    expect(dateSummary(seed('000'))).toEqual([
      row('๕ ธันวาคม ๒๕๕๐', '2007-12-05'),
      row('๑๘ มีนาคม ๒๕๖๓', '2020-03-18'),
      row('วันที่ ๑๘ มิถุนายน ๒๕๖๒', '2019-06-18'),
      row('วันที่ ๑๗ มีนาคม ๒๕๖๓', '2020-03-17'),
      row('วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓', '2020-03-23', { written: 'จันทร์', actual: 'จันทร์' }),
    ]);
  });

  it('seed 001: a date line broken across blank lines, meeting on Thursday ๓๑ มีนาคม', () => {
    expect(dateSummary(seed('001'))).toEqual([
      row('๒๕\n\nมีนาคม ๒๕๖๕', '2022-03-25'),
      row('วันพฤหัสบดีที่ ๓๑ มีนาคม ๒๕๖๕', '2022-03-31', { written: 'พฤหัสบดี', actual: 'พฤหัสบดี' }),
    ]);
  });

  it('seed 002: วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕ is really a Sunday', () => {
    const found = dateSummary(seed('002'));
    expect(found).toEqual([
      row('๒๓ ธันวาคม ๒๕๖๕', '2022-12-23'),
      row('วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕', '2022-12-25', { written: 'พุธ', actual: 'อาทิตย์' }),
      row('วันอังคารที่ ๑๐ มกราคม ๒๕๖๖', '2023-01-10', { written: 'อังคาร', actual: 'อังคาร' }),
    ]);
    expect(found.filter((f) => f.written !== undefined && f.written !== f.actual).map((f) => f.text)).toEqual(['วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕']);
  });

  it('seed 003: dates plus a month-year deadline (เดือนมิถุนายน ๒๕๖๖)', () => {
    expect(dateSummary(seed('003'))).toEqual([
      row('๒๖ กันยายน ๒๕๖๖', '2023-09-26'),
      row('วันที่ ๑๖ พฤษภาคม ๒๕๖๖', '2023-05-16'),
      { text: 'เดือนมิถุนายน ๒๕๖๖', iso: undefined, month: { year: 2023, month: 6 }, written: undefined, actual: undefined, range: undefined, error: undefined },
      row('วันที่ ๒๙ กันยายน ๒๕๖๖', '2023-09-29'),
      row('วันที่ ๑ ตุลาคม ๒๕๖๖', '2023-10-01'),
    ]);
  });

  it('seed 004: the date line lost its day (พ/ ตุลาคม ๒๕๖๓) and a hiring range', () => {
    expect(dateSummary(seed('004'))).toEqual([
      row('๕ ธันวาคม ๒๕๕๐', '2007-12-05'),
      // Only the month and year survive; the validator sees a month mention where a date belongs.
      { text: 'ตุลาคม ๒๕๖๓', iso: undefined, month: { year: 2020, month: 10 }, written: undefined, actual: undefined, range: undefined, error: undefined },
      row('วันที่ ๓๐ กันยายน ๒๕๖๓', '2020-09-30'),
      row('วันที่ ๑๖ ตุลาคม', '2020-10-16', { range: 'start' }),
      row('๓๑ ธันวาคม ๒๕๖๓', '2020-12-31', { range: 'end' }),
    ]);
  });
});

describe('findThaiTimes on the seeds', () => {
  it.each([
    ['000', '๐๙.๓๐ - ๑๒.๐๐ น.', { hour: 9, minute: 30 }, { hour: 12, minute: 0 }],
    ['001', '๑๐.๐๐ - ๑๒.๐๐ น.', { hour: 10, minute: 0 }, { hour: 12, minute: 0 }],
    ['002', '๐๘.๐๐ – ๐๘.๓๐ น.', { hour: 8, minute: 0 }, { hour: 8, minute: 30 }],
  ])('seed %s: %s', (n, text, start, end) => {
    const found = findThaiTimes(seed(n));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text, start, end });
    expect(found[0]?.error).toBeUndefined();
    expect(seed(n).slice(found[0]?.index, (found[0]?.index ?? 0) + (found[0]?.length ?? 0))).toBe(text);
  });

  it('finds no times in seeds 003 and 004 (section numbers and document numbers are not times)', () => {
    expect(findThaiTimes(seed('003'))).toEqual([]);
    expect(findThaiTimes(seed('004'))).toEqual([]);
  });
});

describe('findBahtAmounts on the seeds', () => {
  it('seed 003: the target in digits matches its words', () => {
    const [found, ...rest] = findBahtAmounts(seed('003'));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      amountText: '๔,๔๗๗,๕๖๐,๐๐๐',
      amount: 4_477_560_000,
      wordsText: 'สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน',
      wordsAmount: 4_477_560_000,
    });
    expect(found?.satang).toBe(found?.wordsSatang);
  });

  it('seed 004: ๑๕,๐๐๐ บาทต่อเดือน (the table figures carry no บาท and are not money mentions)', () => {
    const found = findBahtAmounts(seed('004'));
    expect(found.map((f) => [f.amountText, f.amount, f.wordsText])).toEqual([['๑๕,๐๐๐', 15000, undefined]]);
  });

  it('seeds 000–002 mention no amounts of money', () => {
    for (const n of ['000', '001', '002']) expect(findBahtAmounts(seed(n))).toEqual([]);
  });
});
