/**
 * format/measure — text widths from advance tables, for a face the format cannot shape with:
 * the face Word will use for the DOCX (TH SarabunPSK metrics, or the embedded Sarabun).
 * Widths are taken at the size the DOCX writes (half-point rounding included). Pure data.
 */
import { ptToHalfPoint } from '../../style/profile.js';
import { BOLD_ADVANCES, REGULAR_ADVANCES, SARABUN_BOLD_ADVANCES, SARABUN_REGULAR_ADVANCES, type AdvanceRuns } from './advance-widths.js';
import type { MeasureRun, TextMeasure } from './text-measure.js';

export interface MetricFace {
  readonly family: string;
  /** Drawn size = TH SarabunPSK size × sizeFactor (1 for TH SarabunPSK / TH Sarabun New). */
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
export function thSarabunMetrics(family: string): MetricFace {
  return { family, sizeFactor: 1, unitsPerEm: 1504, regular: TH_REGULAR, bold: TH_BOLD };
}

/** The bundled OFL Sarabun: glyphs 1.5042× TH SarabunPSK's per em. */
export const SARABUN_METRICS: MetricFace = {
  family: 'Sarabun',
  sizeFactor: 0.6648,
  unitsPerEm: 1000,
  regular: expand(SARABUN_REGULAR_ADVANCES),
  bold: expand(SARABUN_BOLD_ADVANCES),
};

/** Half-points written for a TH SarabunPSK size in this face (`w:sz`). */
export function writtenHalfPoints(face: Pick<MetricFace, 'sizeFactor'>, size: number): number {
  return Math.max(2, ptToHalfPoint(size * face.sizeFactor));
}

const DEFAULT_FACE = thSarabunMetrics('TH SarabunPSK');

/** Width of a character the tables lack: a mid-width Thai consonant (ก). */
const FALLBACK_EM = 0.385;

/** Combining marks take no width whether or not the table knows them. */
const COMBINING = /\p{Mn}/u;

export function textWidthPt(text: string, size: number, bold = false, face: MetricFace = DEFAULT_FACE): number {
  const table = bold ? face.bold : face.regular;
  let units = 0;
  for (const char of text) {
    const advance = table.get(char.codePointAt(0) ?? 0);
    if (advance !== undefined) units += advance;
    else if (!COMBINING.test(char)) units += FALLBACK_EM * face.unitsPerEm;
  }
  return (units / face.unitsPerEm) * (writtenHalfPoints(face, size) / 2);
}

export function runsWidthPt(runs: readonly MeasureRun[], size: number, face: MetricFace = DEFAULT_FACE): number {
  return runs.reduce((sum, run) => sum + textWidthPt(run.text, size, run.bold === true, face), 0);
}

/** A TextMeasure over a face's advance tables. */
export function tableMeasure(face: MetricFace): TextMeasure {
  return { width: (runs, size) => runsWidthPt(runs, size, face) };
}
