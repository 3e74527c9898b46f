import { describe, expect, it } from 'vitest';
import { runsWidthPt, textWidthPt } from './table-measure.js';

describe('textWidthPt (TH SarabunPSK metrics)', () => {
  it('gives TH Sarabun New advances: ก is 580/1504 em, the space 324/1504 em', () => {
    expect(textWidthPt('ก', 16)).toBeCloseTo((580 / 1504) * 16, 6);
    expect(textWidthPt(' ', 16)).toBeCloseTo((324 / 1504) * 16, 6);
  });

  it('gives marks no width and scales with size and weight', () => {
    expect(textWidthPt('น้ำ', 16)).toBeCloseTo(textWidthPt('นำ', 16), 6);
    expect(textWidthPt('ปี่', 16)).toBeCloseTo(textWidthPt('ป', 16), 6);
    expect(textWidthPt('เรื่อง', 32)).toBeCloseTo(2 * textWidthPt('เรื่อง', 16), 6);
    expect(textWidthPt('ขอ', 16, true)).toBeGreaterThan(textWidthPt('ขอ', 16));
    expect(runsWidthPt([{ text: 'ขอ' }, { text: 'ขอ', bold: true }], 16)).toBeCloseTo(textWidthPt('ขอ', 16) + textWidthPt('ขอ', 16, true), 6);
  });

  it('measures a typical ที่ line at about 4 cm', () => {
    const width = textWidthPt('ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓', 16);
    expect(width).toBeGreaterThan(80);
    expect(width).toBeLessThan(140);
  });
});
