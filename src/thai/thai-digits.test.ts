/**
 * Tests for toThaiDigits / toArabicDigits: seed phrases (COVID-19, Meeting ID, e-mail,
 * markdown links), preserve patterns, and the digit-string round trip property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toArabicDigits, toThaiDigits } from './thai-digits.js';

describe('toThaiDigits', () => {
  it.each([
    ['COVID-19', 'COVID-๑๙'],
    ['Meeting ID: 597 212 7609 Passcode: 123456', 'Meeting ID: ๕๙๗ ๒๑๒ ๗๖๐๙ Passcode: ๑๒๓๔๕๖'],
    ['โทร. 0-3851-1238', 'โทร. ๐-๓๘๕๑-๑๒๓๘'],
    ['4,477,560,000 บาท', '๔,๔๗๗,๕๖๐,๐๐๐ บาท'],
    ['ปี 2565 (OTOP)', 'ปี ๒๕๖๕ (OTOP)'],
    // seed 003: the e-mail address must stay usable
    ['ทางไปรษณีย์อิเล็กทรอนิกส์ cd8rew@gmail.com ภายในวันที่ 1 ตุลาคม 2566', 'ทางไปรษณีย์อิเล็กทรอนิกส์ cd8rew@gmail.com ภายในวันที่ ๑ ตุลาคม ๒๕๖๖'],
    // seed 000: links written as markdown
    ['[www.otoptoday.com](http://www.otoptoday.com) ข้อ 1', '[www.otoptoday.com](http://www.otoptoday.com) ข้อ ๑'],
    ['https://meet.example.org/j/5972127609?pwd=12 เวลา 09.30', 'https://meet.example.org/j/5972127609?pwd=12 เวลา ๐๙.๓๐'],
    ['เว็บ otop4today.com และ www.cdd2.go.th/a/1', 'เว็บ otop4today.com และ www.cdd2.go.th/a/1'],
    ['ไซต์ cdd7.go.th/x1 วันที่ 5', 'ไซต์ cdd7.go.th/x1 วันที่ ๕'],
    ['ข้อ 3.Items 1.5kg', 'ข้อ ๓.Items ๑.๕kg'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });

  it('leaves spans matched by options.preserve untouched, with or without the g flag', () => {
    expect(toThaiDigits('ที่ มท 0408.2/ว 2293 ลงวันที่ 30', { preserve: [/มท [\d.]+\/ว \d+/] })).toBe('ที่ มท 0408.2/ว 2293 ลงวันที่ ๓๐');
    expect(toThaiDigits('A1 B2 A3', { preserve: [/A\d/g] })).toBe('A1 B๒ A3');
  });

  it('toArabicDigits converts everything, URLs included', () => {
    expect(toArabicDigits('COVID-๑๙ www.x๑.com ๐๙.๓๐ น.')).toBe('COVID-19 www.x1.com 09.30 น.');
  });

  it('round-trips digit strings (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 ,.\-:/]*$/), (s) => {
        const thai = toThaiDigits(s);
        expect(thai).not.toMatch(/[0-9]/);
        expect(toArabicDigits(thai)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[๐-๙ ก-ฮ]*$/), (s) => {
        expect(toThaiDigits(toArabicDigits(s))).toBe(s);
      }),
    );
  });
});
