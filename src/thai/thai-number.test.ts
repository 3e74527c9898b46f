/**
 * Tests for formatThaiNumber / parseThaiNumber: every figure in the seed letters,
 * rounding, NaN/Infinity errors, and a format → parse round trip property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatThaiNumber, parseThaiNumber } from './thai-number.js';

/** Amounts and counts from the seed letters (seed 003 target, seed 004 wage and budget table). */
const SEED_NUMBERS = [
  ['๔,๔๗๗,๕๖๐,๐๐๐', 4477560000],
  ['๑๕,๐๐๐', 15000],
  ['76,000', 76000],
  ['114,000', 114000],
  ['190,000', 190000],
  ['304,000', 304000],
  ['342,000', 342000],
  ['646,000', 646000],
  ['17', 17],
  ['๒๐', 20],
] as const;

describe('formatThaiNumber', () => {
  it.each([
    [4477560000, {}, '๔,๔๗๗,๕๖๐,๐๐๐'],
    [15000, {}, '๑๕,๐๐๐'],
    [76000, { digits: 'arabic' }, '76,000'],
    [1234.5, { decimals: 2 }, '๑,๒๓๔.๕๐'],
    [1234.5, { grouping: false, digits: 'arabic' }, '1234.5'],
    [0.125, { decimals: 2, digits: 'arabic' }, '0.13'],
    [-1500, {}, '-๑,๕๐๐'],
    [10n ** 18n, { digits: 'arabic' }, '1,000,000,000,000,000,000'],
    [0, {}, '๐'],
  ] as const)('%s %o → %s', (n, options, expected) => {
    expect(formatThaiNumber(n, options)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s with invalid_number', (n) => {
    expect(() => formatThaiNumber(n)).toThrow(expect.objectContaining({ code: 'invalid_number', input: String(n) }));
    expect(() => formatThaiNumber(n)).toThrow(new RegExp(`Cannot format ${String(n)}`));
  });

  it('rejects bad decimals', () => {
    expect(() => formatThaiNumber(1, { decimals: -1 })).toThrow(expect.objectContaining({ code: 'invalid_number' }));
  });
});

describe('parseThaiNumber', () => {
  it.each(SEED_NUMBERS)('%s → %i', (text, n) => {
    expect(parseThaiNumber(text)).toBe(n);
  });
  it.each([['๑๒.๕๐', 12.5], ['-๓', -3], [' 1234 ', 1234]] as const)('%j → %d', (text, n) => {
    expect(parseThaiNumber(text)).toBe(n);
  });
  it.each(['', '1,23', '12,3456', 'สิบ', '1.2.3', '๑๒ บาท', ',000'])('rejects %j with invalid_number naming it', (text) => {
    expect(() => parseThaiNumber(text)).toThrow(expect.objectContaining({ code: 'invalid_number', input: text }));
    expect(() => parseThaiNumber(text)).toThrow(`"${text}" is not a number`);
  });
  it('round-trips with formatThaiNumber (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.boolean(), fc.boolean(), (n, thai, grouping) => {
        expect(parseThaiNumber(formatThaiNumber(n, { digits: thai ? 'thai' : 'arabic', grouping }))).toBe(n);
      }),
    );
  });
});
