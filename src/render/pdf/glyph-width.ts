/**
 * render/pdf — the width of a glyph as the PDF states it (W array, 1/1000 em, three
 * decimals). Content streams compute TJ adjustments from the very same number, so the pen
 * lands exactly where HarfBuzz put the next glyph whatever rounding the W array uses.
 */
import type { LoadedFace } from '../../layout/font/loaded-face.js';

export function pdfGlyphWidth(face: LoadedFace, glyphId: number): number {
  return Math.round((face.hbFont.glyphHAdvance(glyphId) * 1000 * 1000) / face.unitsPerEm) / 1000;
}
