/**
 * format/measure — the one interface through which the format stage measures text, so that
 * both outputs are placed by the widths of the face they are drawn in: the PDF path passes the
 * text engine's shaped advances, the DOCX path the advance tables of the face Word will use.
 */

export interface MeasureRun {
  readonly text: string;
  readonly bold?: boolean;
}

export interface TextMeasure {
  /** Width in pt of the runs set on one line at `size` TH SarabunPSK points. */
  width(runs: readonly MeasureRun[], size: number): number;
}
