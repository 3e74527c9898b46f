/**
 * Tests for formatThaiTime / parseThaiTime: the seed letters' time ranges (hyphen and
 * en dash), invalid hours and minutes, and a format → parse round trip property.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatThaiTime, formatThaiTimeRange, parseThaiTime } from './thai-time.js';
import { ThaiTextError } from './thai-text-error.js';

const t = (hour: number, minute: number) => ({ hour, minute });

describe('parseThaiTime', () => {
  it.each([
    // seed 000: เวลา ๐๙.๓๐ - ๑๒.๐๐ น.
    ['๐๙.๓๐ - ๑๒.๐๐ น.', t(9, 30), t(12, 0)],
    // seed 001: ระหว่างเวลา ๑๐.๐๐ - ๑๒.๐๐ น.
    ['๑๐.๐๐ - ๑๒.๐๐ น.', t(10, 0), t(12, 0)],
    // seed 002: รายงานตัวเวลา ๐๘.๐๐ – ๐๘.๓๐ น. (en dash)
    ['๐๘.๐๐ – ๐๘.๓๐ น.', t(8, 0), t(8, 30)],
    ['๐๙.๓๐ น.', t(9, 30), undefined],
    ['09.30', t(9, 30), undefined],
    ['10:00', t(10, 0), undefined],
    ['9.05 น.', t(9, 5), undefined],
    ['เวลา ๑๓.๓๐ น. ถึง ๑๖.๓๐ น.', t(13, 30), t(16, 30)],
    ['๐๐.๐๐ นาฬิกา', t(0, 0), undefined],
    ['23.59—00.15', t(23, 59), t(0, 15)],
  ] as const)('%j', (text, start, end) => {
    const parsed = parseThaiTime(text);
    expect(parsed.start).toEqual(start);
    expect(parsed.end).toEqual(end);
  });

  it.each([
    ['25.00', /hour 25 does not exist/],
    ['24.00 น.', /hour 24 does not exist/],
    ['09.75', /minute 75 does not exist/],
    ['๐๙.๓๐ - ๒๕.๐๐ น.', /hour 25/],
    ['9 โมง', /expected hh.mm/],
    ['09.3', /expected hh.mm/],
    ['', /expected hh.mm/],
  ] as const)('rejects %j with invalid_time', (text, message) => {
    let error: unknown;
    try {
      parseThaiTime(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThaiTextError);
    const err = error as ThaiTextError;
    expect(err.code).toBe('invalid_time');
    expect(err.input).toBe(text);
    expect(err.message).toContain(`"${text}"`);
    expect(err.message).toMatch(message);
    expect(err.messageTh).toContain(`"${text}"`);
  });
});

describe('formatThaiTime', () => {
  it('writes the seed forms', () => {
    expect(formatThaiTime(t(9, 30))).toBe('๐๙.๓๐ น.');
    expect(formatThaiTime(t(9, 30), { digits: 'arabic', suffix: false })).toBe('09.30');
    expect(formatThaiTimeRange(t(9, 30), t(12, 0))).toBe('๐๙.๓๐ - ๑๒.๐๐ น.');
    expect(formatThaiTimeRange(t(10, 0), t(12, 0))).toBe('๑๐.๐๐ - ๑๒.๐๐ น.');
    expect(formatThaiTimeRange(t(8, 0), t(8, 30), { digits: 'arabic' })).toBe('08.00 - 08.30 น.');
  });

  it('rejects an impossible time', () => {
    expect(() => formatThaiTime(t(25, 0))).toThrow(expect.objectContaining({ code: 'invalid_time', input: '25.0' }));
    expect(() => formatThaiTime(t(9, 60))).toThrow(/hour must be 0–23 and the minute 0–59/);
  });

  it('format → parse round trip (property)', () => {
    const time = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });
    const opts = fc.record({ digits: fc.constantFrom('thai' as const, 'arabic' as const), suffix: fc.boolean() });
    fc.assert(
      fc.property(time, time, opts, (a, b, o) => {
        expect(parseThaiTime(formatThaiTime(a, o))).toEqual({ start: a });
        expect(parseThaiTime(formatThaiTimeRange(a, b, o))).toEqual({ start: a, end: b });
      }),
    );
  });
});
