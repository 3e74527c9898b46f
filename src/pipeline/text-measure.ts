/**
 * pipeline — the TextMeasure each output is formatted with: the text engine's shaped advances
 * for the PDF (the faces it draws with), the advance tables of the face the DOCX names for Word.
 */
import type { TextMeasure } from '../format/measure/text-measure.js';
import { SARABUN_METRICS, tableMeasure, thSarabunMetrics, type MetricFace } from '../format/measure/table-measure.js';
import type { LayoutTextEngine } from '../layout/page/layout-context.js';

export function engineMeasure(engine: LayoutTextEngine): TextMeasure {
  return { width: (runs, size) => engine.measure(runs, size) };
}

/** The metrics of the face a DOCX names: the embedded Sarabun, or TH SarabunPSK's under `family`. */
export function docxMetrics(embedSarabun: boolean, family: string): MetricFace {
  return embedSarabun ? SARABUN_METRICS : thSarabunMetrics(family);
}

export function docxMeasure(face: MetricFace): TextMeasure {
  return tableMeasure(face);
}
