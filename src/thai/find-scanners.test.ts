/**
 * Unit tests for findThaiDates / findBahtAmounts / findThaiTimes on short texts:
 * error entries instead of exceptions, ranges, abbreviations, and false-positive guards.
 */
import { describe, expect, it } from 'vitest';
import { findThaiDates } from './find-thai-dates.js';
import { findBahtAmounts } from './find-baht-amounts.js';
import { findThaiTimes } from './find-thai-times.js';

describe('findThaiDates', () => {
  it('reports an impossible date as an error entry instead of throwing', () => {
    const [m] = findThaiDates('ภายในวันที่ ๓๑ กุมภาพันธ์ ๒๕๖๕ นี้');
    expect(m).toMatchObject({ kind: 'date', text: 'วันที่ ๓๑ กุมภาพันธ์ ๒๕๖๕', index: 5 });
    expect(m?.date).toBeUndefined();
    expect(m?.error?.code).toBe('invalid_date');
    expect(m?.error?.message).toContain('has 28 days, so day 31 does not exist');
    expect(m?.error?.messageTh).toContain('มี ๒๘ วัน');
  });

  it('finds abbreviated, Arabic-digit and พ.ศ. forms', () => {
    const found = findThaiDates('ลงวันที่ 18 มี.ค. 63 และ ๒๓ กันยายน พ.ศ. ๒๕๔๘ และ วันศุกร์ที่ ๑ ม.ค. ๒๕๖๔');
    expect(found.map((f) => [f.text, f.date])).toEqual([
      ['วันที่ 18 มี.ค. 63', { year: 2020, month: 3, day: 18 }],
      ['๒๓ กันยายน พ.ศ. ๒๕๔๘', { year: 2005, month: 9, day: 23 }],
      ['วันศุกร์ที่ ๑ ม.ค. ๒๕๖๔', { year: 2021, month: 1, day: 1 }],
    ]);
    expect(found[2]?.writtenWeekday?.name).toBe('ศุกร์');
  });

  it('gives a range start that crosses the new year the previous year', () => {
    const found = findThaiDates('ระหว่าง ๑๕ ธันวาคม ถึง ๑๕ มกราคม ๒๕๖๔');
    expect(found.map((f) => [f.range, f.date, f.yearInferred])).toEqual([
      ['start', { year: 2020, month: 12, day: 15 }, true],
      ['end', { year: 2021, month: 1, day: 15 }, undefined],
    ]);
  });

  it('reads a day range within one month', () => {
    const found = findThaiDates('ระหว่างวันที่ ๑๖ - ๓๑ ตุลาคม ๒๕๖๓');
    expect(found.map((f) => [f.text, f.range, f.date])).toEqual([
      ['๑๖', 'start', { year: 2020, month: 10, day: 16 }],
      ['๓๑ ตุลาคม ๒๕๖๓', 'end', { year: 2020, month: 10, day: 31 }],
    ]);
  });

  it('ignores a day and month with no year and no range, and numbers that are not days', () => {
    expect(findThaiDates('ภายในวันที่ ๑๖ ตุลาคม นี้')).toEqual([]);
    expect(findThaiDates('ปี ๒๕๕๗-๒๕๖๔ ระดับ ๑ – ๓ ดาว ข้อ ๑.๑๘ มีนาคม')).toEqual([]);
  });

  it('returns offsets that slice back to the text', () => {
    const text = 'ก\nวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕ ข มิถุนายน ๒๕๖๖';
    for (const f of findThaiDates(text)) expect(text.slice(f.index, f.index + f.length)).toBe(f.text);
    expect(findThaiDates(text).map((f) => f.kind)).toEqual(['date', 'month']);
  });
});

describe('findBahtAmounts', () => {
  it('reads words that disagree with the digits so the caller can compare', () => {
    const [m] = findBahtAmounts('วงเงิน ๑๒,๕๐๐.๕๐ บาท (หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน)');
    expect(m).toMatchObject({ amountText: '๑๒,๕๐๐.๕๐', amount: 12500.5, wordsAmount: 12500, index: 7 });
    expect(m?.satang).toBe(1_250_050n);
  });

  it('reports unreadable words with wordsError', () => {
    const [m] = findBahtAmounts('๑๐๐ บาท (หนึ่งร้อยบาทถ้วนนะ บาท)');
    expect(m?.wordsError?.code).toBe('invalid_baht_text');
    expect(m?.wordsAmount).toBeUndefined();
  });

  it('reads ล้านบาท and ignores numbers without บาท', () => {
    expect(findBahtAmounts('งบ ๕ ล้านบาท จำนวน 76,000 คน 2.5 ล้านบาท').map((m) => m.amount)).toEqual([5_000_000, 2_500_000]);
  });
});

describe('findThaiTimes', () => {
  it('needs น./นาฬิกา or เวลา, so decimals and clause numbers are not times', () => {
    expect(findThaiTimes('ข้อ ๑.๑ ราคา ๑๒.๕๐ บาท')).toEqual([]);
    expect(findThaiTimes('เวลา 13:30 ณ ห้องประชุม').map((m) => [m.text, m.start])).toEqual([['13:30', { hour: 13, minute: 30 }]]);
    expect(findThaiTimes('๑๓.๐๐ นาฬิกา').map((m) => m.start)).toEqual([{ hour: 13, minute: 0 }]);
  });

  it('reports an impossible time as an error entry with the numbers as written', () => {
    const [m] = findThaiTimes('เริ่มเวลา ๒๕.๐๐ น.');
    expect(m).toMatchObject({ text: '๒๕.๐๐ น.', start: { hour: 25, minute: 0 }, index: 10 });
    expect(m?.error?.code).toBe('invalid_time');
    const [n] = findThaiTimes('๐๙.๗๕ - ๑๐.๐๐ น.');
    expect(n?.error?.message).toContain('minute 75 does not exist');
  });
});
