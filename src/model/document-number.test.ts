/**
 * parseDocumentNumber / formatDocumentNumber: table of real numbers (spec §4.1 examples and the seeds),
 * rejections with an invalid_document_number diagnostic, and a fast-check round trip over
 * generated numbers in Thai and Arabic digits (oracle: format then parse gives the number back).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSarabanError } from '../diagnostics/diagnostic.js';
import type { DocumentNumber } from './circular-types.js';
import { formatDocumentNumber, parseDocumentNumber, safeParseDocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['มท ๐๔๐๘.๒/ว ๒๒๙๓', { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' }],
    ['ที่ สน 0019.3/ว5471', { agencyCode: 'สน', ownerNumber: '0019.3', circular: true, running: '5471' }],
    ['ขก ๐๐๓๓.๐๐๒/ว.๖๕๐๐', { agencyCode: 'ขก', ownerNumber: '0033.002', circular: true, running: '6500' }],
    ['มท ๐๔๐๘.๒/ว', { agencyCode: 'มท', ownerNumber: '0408.2', circular: true }],
    ['มท ๐๔๐๘.๒/๖๐๖๘๖', { agencyCode: 'มท', ownerNumber: '0408.2', circular: false, running: '60686' }],
    ['ทม 0501.1.13/ว 136', { agencyCode: 'ทม', ownerNumber: '0501.1.13', circular: true, running: '136' }],
    ['  ฉษ ๐๐๑๙/ว ๗๖๗๒ ', { agencyCode: 'ฉษ', ownerNumber: '0019', circular: true, running: '7672' }],
    ['กทม 0403/ว211', { agencyCode: 'กทม', ownerNumber: '0403', circular: true, running: '211' }],
  ])('reads %s', (text, expected) => {
    expect(parseDocumentNumber(text)).toEqual(expected);
  });

  it.each(['', 'มท', 'มท 408.2/ว 1', 'MT 0408.2/1', 'มท ๐๔๐๘.๒ ว ๒๒๙๓', 'มทมท 0408/1', 'มท 0408./1', 'x'.repeat(10_000)])(
    'rejects %j with a diagnostic',
    (text) => {
      const result = safeParseDocumentNumber(text, ['number']);
      expect(result.ok).toBe(false);
      const d = result.diagnostics[0];
      expect(d?.code).toBe('invalid_document_number');
      expect(d?.path).toEqual(['number']);
      expect(d?.stage).toBe('model');
      expect(d?.messageTh).toMatch(/เลขที่หนังสือ/u);
      expect(() => parseDocumentNumber(text)).toThrow();
      try {
        parseDocumentNumber(text);
      } catch (error) {
        expect(isSarabanError(error)).toBe(true);
      }
    },
  );
});

describe('formatDocumentNumber', () => {
  it('prints the official form with a space after ว', () => {
    const n = { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' };
    expect(formatDocumentNumber(n)).toBe('มท ๐๔๐๘.๒/ว ๒๒๙๓');
    expect(formatDocumentNumber(n, { digits: 'arabic' })).toBe('มท 0408.2/ว 2293');
    expect(formatDocumentNumber({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true })).toBe('มท ๐๔๐๘.๒/ว');
    expect(formatDocumentNumber({ agencyCode: 'มท', ownerNumber: '0408.2', circular: false, running: '60686' })).toBe('มท ๐๔๐๘.๒/๖๐๖๘๖');
  });

  it('round-trips every well-formed number in both digit styles', () => {
    const thaiConsonant = fc.integer({ min: 0x0e01, max: 0x0e2e }).map((cp) => String.fromCodePoint(cp));
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: min, maxLength: max });
    const numberArb = fc.record({
      agencyCode: fc.array(thaiConsonant, { minLength: 2, maxLength: 3 }).map((a) => a.join('')),
      ownerNumber: fc
        .tuple(digits(4, 4), fc.array(digits(1, 3), { maxLength: 3 }))
        .map(([head, subs]) => [head, ...subs].join('.')),
      circular: fc.boolean(),
      running: fc.option(digits(1, 6), { nil: undefined }),
    });
    fc.assert(
      fc.property(numberArb, fc.constantFrom('thai' as const, 'arabic' as const), (raw, style) => {
        const n: DocumentNumber = {
          agencyCode: raw.agencyCode,
          ownerNumber: raw.ownerNumber,
          circular: raw.circular,
          ...(raw.running === undefined ? {} : { running: raw.running }),
        };
        const printed = formatDocumentNumber(n, { digits: style });
        expect(parseDocumentNumber(printed)).toEqual(n);
        expect(parseDocumentNumber(`ที่ ${printed}`)).toEqual(n);
      }),
      { numRuns: 500 },
    );
  });
});
