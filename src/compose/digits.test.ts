import { describe, expect, it } from 'vitest';
import { printDigits, spanRuns } from './digits.js';

describe('printDigits', () => {
  it.each([
    ['thai', 'ปี 2566 เวลา 09.30 น.', 'ปี ๒๕๖๖ เวลา ๐๙.๓๐ น.'],
    ['thai', 'COVID-19', 'COVID-๑๙'],
    ['thai', 'ดูที่ https://www.cdd.go.th/otop2023 ครั้งที่ 1', 'ดูที่ https://www.cdd.go.th/otop2023 ครั้งที่ ๑'],
    ['thai', 'ส่งที่ cd8rew@gmail.com ภายใน 3 วัน', 'ส่งที่ cd8rew@gmail.com ภายใน ๓ วัน'],
    ['arabic', 'ปี ๒๕๖๖ ข้อ 3', 'ปี 2566 ข้อ 3'],
  ] as const)('%s: %s', (numerals, input, expected) => {
    expect(printDigits(input, numerals)).toBe(expected);
  });
});

describe('spanRuns', () => {
  it('keeps the digits of literal spans and converts the rest', () => {
    expect(
      spanRuns(
        [
          { text: 'รหัส ' },
          { text: 'OTC-2023-08', literal: true, bold: true },
          { text: ' ข้อ 2', italic: true, underline: true },
        ],
        'thai',
      ),
    ).toEqual([{ text: 'รหัส ' }, { text: 'OTC-2023-08', bold: true }, { text: ' ข้อ ๒', italic: true, underline: true }]);
  });

  it('keeps Thai digits of a literal span in an Arabic-digit letter', () => {
    expect(spanRuns([{ text: 'ที่ ๑' }, { text: ' ฉบับ ๒', literal: true }], 'arabic')).toEqual([{ text: 'ที่ 1' }, { text: ' ฉบับ ๒' }]);
  });

  it('drops empty spans and copies no false flags', () => {
    expect(spanRuns([{ text: '' }, { text: 'ก', bold: false, literal: false }], 'thai')).toEqual([{ text: 'ก' }]);
  });
});
