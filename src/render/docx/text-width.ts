/**
 * render/docx — the width of a line of text in the DOCX's face, in pt.
 * Word lays out the text itself; this only places what Word cannot derive: the office
 * block's x, hanging indents after labels and markers, the centre of the closing line.
 * Input: plain text, a TH SarabunPSK point size, bold or not, the face. Pure.
 */
import type { Run } from '../../compose/tree.js';
import { thSarabunFace, writtenHalfPoints, type DocxFace } from './font-face.js';

const DEFAULT_FACE = thSarabunFace('TH SarabunPSK');

/** Width of a character the tables lack: a mid-width Thai consonant (ก). */
const FALLBACK_EM = 0.385;

/** Combining marks take no width whether or not the table knows them. */
const COMBINING = /\p{Mn}/u;

export function textWidthPt(text: string, sizePt: number, bold = false, face: DocxFace = DEFAULT_FACE): number {
  const table = bold ? face.bold : face.regular;
  let units = 0;
  for (const char of text) {
    const advance = table.get(char.codePointAt(0) ?? 0);
    if (advance !== undefined) units += advance;
    else if (!COMBINING.test(char)) units += FALLBACK_EM * face.unitsPerEm;
  }
  // Measured at the size actually written (half-point rounding included).
  return (units / face.unitsPerEm) * (writtenHalfPoints(face, sizePt) / 2);
}

export function runsWidthPt(runs: readonly Run[], sizePt: number, face: DocxFace = DEFAULT_FACE): number {
  return runs.reduce((sum, run) => sum + textWidthPt(run.text, sizePt, run.bold === true, face), 0);
}
