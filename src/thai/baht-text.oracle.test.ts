/**
 * Oracle test: bahtText against the npm package thai-baht-text (dev dependency, test only).
 * Random amounts where both are defined must agree exactly; every known difference is
 * listed below with the reason, and checked so that a change in either side shows up.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ThaiBahtText from 'thai-baht-text';
import { bahtText } from './baht-text.js';

const oracle = (input: string | number): string => ThaiBahtText(input);

describe('bahtText agrees with thai-baht-text', () => {
  it('on random amounts with satang below 10^13 baht (string input)', () => {
    // 15 significant digits at most, so the oracle's parseFloat keeps every digit.
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), (satang) => {
        const text = `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
        expect(bahtText(text)).toBe(oracle(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('on random whole amounts up to 10^20 (number input)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 5 }), (n, shift) => {
        const amount = n * 10 ** shift;
        expect(bahtText(amount)).toBe(oracle(amount));
      }),
      { numRuns: 5000 },
    );
  });

  it('on every reading rule around ล้าน', () => {
    for (const amount of [1, 11, 21, 101, 111, 1001, 1_000_001, 1_000_011, 11_000_000, 21_000_001, 101_000_101, 1_000_000_000_001, 1_000_001_000_000]) {
      expect(bahtText(amount)).toBe(oracle(amount));
    }
  });
});

describe('known differences from thai-baht-text (each on purpose)', () => {
  it('zero: the oracle returns an empty string; a letter needs ศูนย์บาทถ้วน', () => {
    expect(oracle(0)).toBe('');
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
  });

  it('rounding: the oracle truncates to satang; we round half up, as money is rounded', () => {
    expect(oracle(1.005)).toBe('หนึ่งบาทถ้วน');
    expect(bahtText(1.005)).toBe('หนึ่งบาทหนึ่งสตางค์');
    expect(oracle(0.999)).toBe('เก้าสิบเก้าสตางค์');
    expect(bahtText(0.999)).toBe('หนึ่งบาทถ้วน');
  });

  it('large amounts: the oracle goes through parseFloat, so 17+ significant digits lose precision', () => {
    expect(oracle('9007199254740993')).toBe(oracle('9007199254740992'));
    expect(bahtText('9007199254740993')).toBe('เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบสามบาทถ้วน');
    // ≥ 10^21 the oracle reads the exponent form and produces undefined pieces.
    expect(oracle(1e21)).toContain('undefined');
    expect(bahtText(1e21)).toBe('หนึ่งพันล้านล้านล้านบาทถ้วน');
    // 18 significant digits with satang: parseFloat rounds 9,999,999,999,999,999.99 up to 10^16.
    expect(oracle('9999999999999999.99')).toBe('หนึ่งหมื่นล้านล้านบาทถ้วน');
    expect(bahtText('9999999999999999.99')).toBe('เก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์');
  });

  it('bad input: the oracle throws TypeError or returns garbage; we throw ThaiTextError', () => {
    expect(() => oracle(Number.NaN)).toThrow(TypeError);
    expect(() => bahtText(Number.NaN)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(oracle(Number.POSITIVE_INFINITY)).not.toMatch(/^[ก-๙]+$/u);
    expect(() => bahtText(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(oracle(-5)).not.toBe('');
    expect(() => bahtText(-5)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });

  it('digit forms: the oracle rejects grouped and Thai-digit strings; we read them as letters write them', () => {
    expect(() => oracle('4,477,560,000')).toThrow(TypeError);
    expect(() => oracle('๑๕๐๐๐')).toThrow(TypeError);
    expect(bahtText('๑๕,๐๐๐')).toBe(oracle(15000));
  });
});
