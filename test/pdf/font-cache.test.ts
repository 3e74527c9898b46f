/**
 * Letters rendered one after another share compressed font subsets and ToUnicode streams
 * (bounded caches keyed on the face object and the glyph set, and on the CMap text). Two
 * letters that differ in their glyphs must not share an entry, and what the cache holds
 * never changes a letter's bytes: the same letter gives the same PDF before and after others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/layout/font/load-fonts.js';
import { renderPdf } from '../../src/pipeline/render-pdf.js';
import { extractLines, run, writeOutput } from './poppler.js';

const base = JSON.parse(readFileSync(new URL('../../examples/letters/000.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const withAddressee = (addressee: string): Record<string, unknown> => ({ ...base, addressee });
const LAKSAMAN = { regular: '/usr/share/fonts/truetype/tlwg/Laksaman.ttf', bold: '/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf' };

function subsetNames(path: string): string[] {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((name) => name !== '')
    .sort();
}

describe('font subsets shared across letters', () => {
  for (const [label, fontOptions] of [
    ['bundled Sarabun', undefined],
    ['Laksaman', LAKSAMAN],
  ] as const) {
    it(`${label}: other glyphs get their own subset; the same letter gives the same bytes whatever came before`, async () => {
      const fonts = fontOptions === undefined ? undefined : await loadFonts(fontOptions);
      if (fonts !== undefined && !fonts.ok) throw new Error(JSON.stringify(fonts.diagnostics));
      const options = fonts === undefined ? {} : { fonts: fonts.value };
      const first = await renderPdf(withAddressee('ผู้ว่าราชการจังหวัดสงขลา'), options);
      // ฃ ฅ ฮ ฦ: glyphs the first letter does not draw.
      const other = await renderPdf(withAddressee('ผู้ว่าราชการจังหวัดฃฅฮฦ'), options);
      const again = await renderPdf(withAddressee('ผู้ว่าราชการจังหวัดสงขลา'), options);
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
      const firstPath = writeOutput(`font-cache-${label}-1.pdf`, first);
      const otherPath = writeOutput(`font-cache-${label}-2.pdf`, other);
      expect(subsetNames(otherPath)).not.toEqual(subsetNames(firstPath));
      expect(extractLines(otherPath).join('\n')).toContain('เรียน ผู้ว่าราชการจังหวัดฃฅฮฦ');
      expect(extractLines(firstPath).join('\n')).toContain('เรียน ผู้ว่าราชการจังหวัดสงขลา');
      expect(run('qpdf', ['--check', otherPath])).toContain('No syntax or stream encoding errors');
    });
  }
});
