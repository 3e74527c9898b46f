import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from './xml-text.js';

/** XML 1.0 Char production, tested per code point of a well-formed UTF-16 string. */
function onlyXmlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (c === 0xfffe || c === 0xffff) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('XML character data', () => {
  it('escapes markup and keeps Thai, tabs and line feeds as written', () => {
    expect(xmlText('ก & <ข> "ค"\t\n')).toBe('ก &amp; &lt;ข&gt; "ค"\t\n');
    expect(xmlAttr('TH "Sarabun" & <New>')).toBe('TH &quot;Sarabun&quot; &amp; &lt;New&gt;');
    expect(xmlText('COVID-๑๙ 😀')).toBe('COVID-๑๙ 😀');
  });

  it('drops what XML 1.0 cannot hold: U+FFFE, U+FFFF, C0 controls, lone surrogates', () => {
    expect(xmlText('ก\uFFFEข\uFFFF\u0000\u0008\u000B\u001F')).toBe('กข');
    expect(xmlText('a\uD800b\uDC00c')).toBe('abc');
    expect(xmlText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
  });

  it('any string of code units becomes legal character data without raw markup', () => {
    fc.assert(
      fc.property(fc.oneof(anyCodeUnits, fc.string({ unit: 'grapheme' })), (text) => {
        for (const out of [xmlText(text), xmlAttr(text)]) {
          expect(onlyXmlChars(out)).toBe(true);
          expect(out).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot);)/);
        }
        expect(xmlAttr(text)).not.toContain('"');
      }),
      { numRuns: 2000 },
    );
  });
});
