export { formatDocument, type FormatOptions, type FormatResult } from './format-document.js';
export type * from './formatted-document.js';
export type { TextMeasure, MeasureRun } from './measure/text-measure.js';
export { tableMeasure, thSarabunMetrics, SARABUN_METRICS, writtenHalfPoints, type MetricFace } from './measure/table-measure.js';
