import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glyphCode, pdfNumber, rgbComponents, utf16BeHex } from './pdf-syntax.js';
import { toUnicodeCMap } from './to-unicode-cmap.js';

describe('PDF syntax helpers', () => {
  it.each([
    [0, '0'],
    [-0.00001, '0'],
    [12, '12'],
    [10.637065, '10.6371'],
    [-3.5, '-3.5'],
    [1e-7, '0'],
    [123456.78901, '123456.789'],
  ])('writes %f as %s', (value, text) => {
    expect(pdfNumber(value)).toBe(text);
  });

  it('writes every number as the plain toFixed(4) form with trailing zeros dropped, never an exponent', () => {
    const reference = (value: number): string => {
      const rounded = Math.round(value * 10_000) / 10_000;
      return rounded === 0 ? '0' : rounded.toFixed(4).replace(/\.?0+$/, '');
    };
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 8)), (value) => {
        expect(pdfNumber(value)).toBe(reference(value));
        expect(pdfNumber(value)).toMatch(/^-?\d+(\.\d{1,4})?$/);
      }),
      { numRuns: 5000 },
    );
  });

  it('writes UTF-16BE hex with a BOM, surrogate pairs as two code units', () => {
    expect(utf16BeHex('น้ำ')).toBe('FEFF0E190E490E33');
    expect(utf16BeHex('😀', false)).toBe('D83DDE00');
  });

  it('writes glyph codes as four hex digits and colours as 0–1 components', () => {
    expect(glyphCode(460)).toBe('01CC');
    expect(rgbComponents('#FF0000')).toBe('1 0 0');
    expect(rgbComponents('#808080')).toBe('0.502 0.502 0.502');
    expect(rgbComponents('red')).toBe('0 0 0');
  });

  it('writes a ToUnicode CMap in sorted bfchar blocks of at most 100', () => {
    const map = new Map<number, string>();
    for (let id = 250; id > 0; id--) map.set(id, 'ก');
    map.set(999, 'ำ');
    const cmap = toUnicodeCMap(map);
    expect(cmap.match(/beginbfchar/g)).toHaveLength(3);
    expect(cmap).toContain('100 beginbfchar\n<0001> <0E01>');
    expect(cmap).toContain('<03E7> <0E33>');
    expect(cmap.indexOf('<0001>')).toBeLessThan(cmap.indexOf('<00FA>'));
  });
});
