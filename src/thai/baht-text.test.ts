/**
 * Tests for bahtText / parseBahtText(Satang): seed amounts, เอ็ด/ยี่ rules across ล้าน,
 * satang rounding, every error with its message, and the words round trip up to 10^40 satang.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountToSatang, bahtText, satangText, thaiNumberWords } from './baht-text.js';
import { parseBahtText, parseBahtTextSatang } from './parse-baht-text.js';
import { ThaiTextError } from './thai-text-error.js';

describe('bahtText', () => {
  it.each([
    // seed 003: ขึ้นสูงของจังหวัดไว้ที่ ๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน)
    [4477560000, 'สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน'],
    ['๔,๔๗๗,๕๖๐,๐๐๐', 'สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน'],
    // seed 004: อัตราจ้างเหมาคนละ ๑๕,๐๐๐ บาทต่อเดือน, and its budget table
    ['๑๕,๐๐๐', 'หนึ่งหมื่นห้าพันบาทถ้วน'],
    ['76,000', 'เจ็ดหมื่นหกพันบาทถ้วน'],
    ['114,000', 'หนึ่งแสนหนึ่งหมื่นสี่พันบาทถ้วน'],
    ['190,000', 'หนึ่งแสนเก้าหมื่นบาทถ้วน'],
    ['304,000', 'สามแสนสี่พันบาทถ้วน'],
    ['342,000', 'สามแสนสี่หมื่นสองพันบาทถ้วน'],
    ['646,000', 'หกแสนสี่หมื่นหกพันบาทถ้วน'],
    [0, 'ศูนย์บาทถ้วน'],
    [0.5, 'ห้าสิบสตางค์'],
    [0.01, 'หนึ่งสตางค์'],
    [0.11, 'สิบเอ็ดสตางค์'],
    [0.21, 'ยี่สิบเอ็ดสตางค์'],
    [1, 'หนึ่งบาทถ้วน'],
    [10, 'สิบบาทถ้วน'],
    [11, 'สิบเอ็ดบาทถ้วน'],
    [20, 'ยี่สิบบาทถ้วน'],
    [21, 'ยี่สิบเอ็ดบาทถ้วน'],
    [101, 'หนึ่งร้อยเอ็ดบาทถ้วน'],
    [1001, 'หนึ่งพันเอ็ดบาทถ้วน'],
    [1.01, 'หนึ่งบาทหนึ่งสตางค์'],
    [1_000_000, 'หนึ่งล้านบาทถ้วน'],
    [1_000_001, 'หนึ่งล้านเอ็ดบาทถ้วน'],
    [11_000_000, 'สิบเอ็ดล้านบาทถ้วน'],
    [21_000_021, 'ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน'],
    [1_000_001_000_000n, 'หนึ่งล้านเอ็ดล้านบาทถ้วน'],
    [10n ** 12n, 'หนึ่งล้านล้านบาทถ้วน'],
    [10n ** 12n + 1n, 'หนึ่งล้านล้านเอ็ดบาทถ้วน'],
    ['1000000000000000.25', 'หนึ่งพันล้านล้านบาทยี่สิบห้าสตางค์'],
    [1e21, 'หนึ่งพันล้านล้านล้านบาทถ้วน'],
    [1234.56, 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบหกสตางค์'],
  ] as const)('%s → %s', (amount, words) => {
    expect(bahtText(amount)).toBe(words);
  });

  it.each([
    [1.005, 'หนึ่งบาทหนึ่งสตางค์'],
    [0.125, 'สิบสามสตางค์'],
    [0.994, 'เก้าสิบเก้าสตางค์'],
    [0.995, 'หนึ่งบาทถ้วน'],
    [9.999, 'สิบบาทถ้วน'],
    [1e-7, 'ศูนย์บาทถ้วน'],
    ['2.345', 'สองบาทสามสิบห้าสตางค์'],
  ] as const)('rounds %s half up to satang → %s', (amount, words) => {
    expect(bahtText(amount)).toBe(words);
  });

  it.each([
    [-1, '-1'],
    [-1n, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['abc', '"abc"'],
    ['-5', '"-5"'],
    ['1,23', '"1,23"'],
    ['', '""'],
  ] as const)('rejects %s with invalid_amount naming it', (amount, shown) => {
    let error: unknown;
    try {
      bahtText(amount);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThaiTextError);
    expect((error as ThaiTextError).code).toBe('invalid_amount');
    expect((error as ThaiTextError).message).toContain(`Invalid amount ${shown}`);
    expect((error as ThaiTextError).messageTh).toContain(shown);
  });

  it('thaiNumberWords and satangText', () => {
    expect(thaiNumberWords(0n)).toBe('ศูนย์');
    expect(thaiNumberWords(2019n)).toBe('สองพันสิบเก้า');
    expect(thaiNumberWords(-21n)).toBe('ลบยี่สิบเอ็ด');
    expect(satangText(150n)).toBe('หนึ่งบาทห้าสิบสตางค์');
    expect(amountToSatang('๑,๒๓๔.๕')).toBe(123450n);
  });
});

describe('parseBahtTextSatang / parseBahtText', () => {
  it.each([
    ['สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน', 447756000000n],
    ['ศูนย์บาทถ้วน', 0n],
    ['ห้าสิบสตางค์', 50n],
    ['หนึ่งล้านเอ็ดบาทถ้วน', 100000100n],
    ['หนึ่งร้อยหนึ่งบาท', 10100n],
    ['สิบบาท ตรง', 1000n],
    ['หนึ่งหมื่น ห้าพัน บาทถ้วน', 1500000n],
    ['สองล้านสามแสนล้านบาทถ้วน', 230000000000000n],
    ['หนึ่งบาทหนึ่งสตางค์', 101n],
  ] as const)('%s → %s satang', (text, satang) => {
    expect(parseBahtTextSatang(text)).toBe(satang);
  });

  it('parseBahtText returns baht with satang as decimals', () => {
    expect(parseBahtText('สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน')).toBe(4477560000);
    expect(parseBahtText('สิบบาทห้าสิบสตางค์')).toBe(10.5);
    expect(parseBahtText('หนึ่งแสนล้านบาทถ้วน')).toBe(100_000_000_000);
    expect(() => parseBahtText('หนึ่งแสนล้านล้านบาทถ้วน')).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(parseBahtText('เก้าหมื่นล้านบาทเก้าสิบเก้าสตางค์')).toBe(90_000_000_000.99);
  });

  it.each([
    ['', /expected words ending in บาท/],
    ['หนึ่งร้อย', /expected words ending in บาท/],
    ['หนึ่งสิบบาท', /ten and twenty/],
    ['สองสิบบาท', /ten and twenty/],
    ['ยี่บาท', /ยี่ must be followed by สิบ/],
    ['ร้อยบาท', /"ร้อย" needs a digit word/],
    ['หนึ่งพันสองพันบาท', /"พัน" is out of order/],
    ['สิบร้อยบาท', /"ร้อย" is out of order/],
    ['หนึ่งสองบาท', /two digit words in a row/],
    ['เอ็ดบาท', /เอ็ด must follow/],
    ['ล้านบาท', /ล้าน needs a number/],
    ['หนึ่งร้อยดอลลาร์บาท', /unexpected text "ดอลลาร์"/],
    ['หนึ่งร้อยสตางค์', /satang must be 1–99/],
    ['บาทถ้วน', /expected words ending in บาท/],
    ['ถ้วน', /expected words ending in บาท/],
  ] as const)('rejects %j with invalid_baht_text', (text, message) => {
    expect(() => parseBahtTextSatang(text)).toThrow(expect.objectContaining({ code: 'invalid_baht_text', input: text }));
    expect(() => parseBahtTextSatang(text)).toThrow(message);
    expect(() => parseBahtTextSatang(text)).toThrow(`"${text}"`);
  });

  it('bahtText → parseBahtTextSatang round trip up to 10^15 satang and beyond (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (satang) => {
        expect(parseBahtTextSatang(satangText(satang))).toBe(satang);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), (satang) => {
        expect(parseBahtTextSatang(satangText(satang))).toBe(satang);
      }),
    );
  });

  it('round trip through the string form of an amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (satang) => {
        const text = `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
        expect(parseBahtTextSatang(bahtText(text))).toBe(satang);
      }),
    );
  });
});
