/**
 * The ที่ numbers real agencies write besides the regulation's form: read, kept as written, printed back
 * unchanged (fast-check: generated texts of each form print back as written, digits aside).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toArabicDigits, toThaiDigits } from '../thai/index.js';
import { formatDocumentNumber, parseDocumentNumber, safeParseDocumentNumber } from './document-number.js';

describe('ที่ numbers outside the regulation form', () => {
  it.each([
    ['ที่ สธ ๐๒๐๑/พิเศษ/ว ๑๒', { agencyCode: 'สธ', ownerNumber: '0201', circular: true, running: '12', form: 'series', series: 'พิเศษ' }],
    ['ที่ ๑๒/๒๕๖๖', { agencyCode: '', ownerNumber: '', circular: false, running: '12', form: 'order', year: '2566' }],
    ['ฉบับที่ ๓/๒๕๖๖', { agencyCode: '', ownerNumber: '', circular: false, running: '3', form: 'order', year: '2566', label: 'ฉบับที่' }],
    ['ที่ สปสช ๑๒๓๔', { agencyCode: 'สปสช', ownerNumber: '', circular: false, running: '1234', form: 'no-owner' }],
    ['กสศ./ว ๑๒', { agencyCode: 'กสศ', ownerNumber: '', circular: true, running: '12', form: 'no-owner' }],
  ])('reads %s and keeps it as written', (text, expected) => {
    const parsed = parseDocumentNumber(text);
    expect(parsed).toMatchObject(expected);
    expect(formatDocumentNumber(parsed)).toBe(text.replace(/^ที่ /u, ''));
  });

  it('keeps stray spaces around the slash as written, the parts read as usual', () => {
    const parsed = parseDocumentNumber('ที่ มท ๐๔๐๘.๒ / ว ๒๒๙๓');
    expect(parsed).toMatchObject({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' });
    expect(parsed.form).toBeUndefined();
    expect(formatDocumentNumber(parsed)).toBe('มท ๐๔๐๘.๒ / ว ๒๒๙๓');
    expect(formatDocumentNumber(parsed, { digits: 'arabic' })).toBe('มท 0408.2 / ว 2293');
  });

  it('the official form has no `written` and prints canonically', () => {
    const parsed = parseDocumentNumber('มท 0408.2/ว2293');
    expect(parsed.written).toBeUndefined();
    expect(formatDocumentNumber(parsed)).toBe('มท ๐๔๐๘.๒/ว ๒๒๙๓');
  });

  it.each(['มท 408.2/ว 1', 'มท/ว ๒๒๙๓', 'ที่ ๑๒/๒๕', 'สธ ๐๒๐๑/พิเศษ/ว/ว ๑', 'ก ๑๒'])('still rejects %j', (text) => {
    expect(safeParseDocumentNumber(text).ok).toBe(false);
  });

  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`, 'u'));
  const code = fc.constantFrom('สธ', 'มท', 'ศธ', 'กค', 'นร', 'อว');
  const longCode = fc.constantFrom('สปสช', 'กสศ', 'สสส', 'สพฐ');
  const forms = fc.oneof(
    fc.tuple(code, digits(4, 4), fc.constantFrom('พิเศษ', 'ลับ', 'กพ'), fc.boolean(), digits(1, 5)).map(
      ([c, o, s, w, r]) => `${c} ${o}/${s}/${w ? 'ว ' : ''}${r}`,
    ),
    fc.tuple(fc.constantFrom('', 'ฉบับที่ '), digits(1, 4), fc.integer({ min: 2400, max: 2700 })).map(([l, r, y]) => `${l}${r}/${y}`),
    fc.tuple(longCode, fc.boolean(), digits(1, 5)).map(([c, w, r]) => `${c} ${w ? 'ว ' : ''}${r}`),
    fc.tuple(code, digits(4, 4), fc.constantFrom(' / ', '/ ', ' /'), digits(1, 5)).map(([c, o, slash, r]) => `${c} ${o}${slash}ว ${r}`),
  );

  it('every generated form prints back as written, in Thai or Arabic digits (property)', () => {
    fc.assert(
      fc.property(forms, fc.boolean(), (text, thai) => {
        const written = thai ? toThaiDigits(text) : text;
        const parsed = parseDocumentNumber(written.startsWith('ฉบับที่') ? written : `ที่ ${written}`);
        expect(formatDocumentNumber(parsed, { digits: 'arabic' })).toBe(toArabicDigits(text));
        expect(formatDocumentNumber(parsed)).toBe(toThaiDigits(text));
      }),
    );
  });
});
