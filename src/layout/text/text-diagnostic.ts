/**
 * layout/text — diagnostics of the text engine, in English and Thai: `missing_glyph` (no
 * loaded face has a character; it is drawn as the face's .notdef box) and `overfull_line`
 * (one word alone is wider than the line, so it is broken between grapheme clusters).
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export function missingGlyph(runIndex: number, char: string): Diagnostic {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    code: 'missing_glyph',
    severity: 'warning',
    stage: 'layout',
    path: ['runs', runIndex, 'text'],
    message: `No loaded font has the character "${char}" (${code}); it prints as an empty box. Replace it or add a fallback font that has it.`,
    messageTh: `ไม่มีฟอนต์ที่มีอักขระ "${char}" (${code}) จะพิมพ์เป็นกล่องว่าง ให้เปลี่ยนอักขระหรือเพิ่มฟอนต์สำรองที่มีอักขระนี้`,
  };
}

export function overfullLine(runIndex: number, word: string, widthPt: number, measurePt: number): Diagnostic {
  return {
    code: 'overfull_line',
    severity: 'warning',
    stage: 'layout',
    path: ['runs', runIndex, 'text'],
    message: `"${word}" is ${widthPt.toFixed(1)} pt wide, more than the ${measurePt.toFixed(1)} pt line, so it is broken between letters; add a space or shorten it.`,
    messageTh: `"${word}" กว้าง ${widthPt.toFixed(1)} pt เกินความยาวบรรทัด ${measurePt.toFixed(1)} pt จึงถูกตัดกลางคำ ให้เว้นวรรคหรือทำให้สั้นลง`,
  };
}
