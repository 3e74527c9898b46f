/**
 * render/docx — the face the DOCX names: its family, its size factor and its advance widths.
 * Sizes in the profile are TH SarabunPSK points; a face whose glyphs are larger per em
 * (Sarabun: 150.42 %) is written at size × sizeFactor, rounded to DOCX half-points, and
 * measured at that written size. Data and pure functions only.
 */
import { ptToHalfPoint } from '../../style/profile.js';
import { BOLD_ADVANCES, REGULAR_ADVANCES, SARABUN_BOLD_ADVANCES, SARABUN_REGULAR_ADVANCES, type AdvanceRuns } from './advance-widths.js';

export interface DocxFace {
  readonly family: string;
  /** Written size = TH SarabunPSK size × sizeFactor (1 for TH SarabunPSK / TH Sarabun New). */
  readonly sizeFactor: number;
  readonly unitsPerEm: number;
  readonly regular: ReadonlyMap<number, number>;
  readonly bold: ReadonlyMap<number, number>;
}

function expand(runs: AdvanceRuns): ReadonlyMap<number, number> {
  const map = new Map<number, number>();
  for (const [first, ...advances] of runs) {
    if (first === undefined) continue;
    advances.forEach((advance, index) => map.set(first + index, advance));
  }
  return map;
}

const TH_REGULAR = expand(REGULAR_ADVANCES);
const TH_BOLD = expand(BOLD_ADVANCES);

/** TH SarabunPSK metrics (from Laksaman, 1504 units per TH SarabunPSK em) under any family name. */
export function thSarabunFace(family: string): DocxFace {
  return { family, sizeFactor: 1, unitsPerEm: 1504, regular: TH_REGULAR, bold: TH_BOLD };
}

/** The bundled OFL Sarabun, embedded by `embedFont`: glyphs 1.5042× TH SarabunPSK's per em. */
export const SARABUN_FACE: DocxFace = {
  family: 'Sarabun',
  sizeFactor: 0.6648,
  unitsPerEm: 1000,
  regular: expand(SARABUN_REGULAR_ADVANCES),
  bold: expand(SARABUN_BOLD_ADVANCES),
};

/** The `w:sz` / `w:szCs` value for a TH SarabunPSK size in this face. */
export function writtenHalfPoints(face: DocxFace, sizePt: number): number {
  return Math.max(2, ptToHalfPoint(sizePt * face.sizeFactor));
}
