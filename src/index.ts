/**
 * saraban — public API. Explicit named exports only; every export is documented in README.md.
 */

// Diagnostics and errors
export type { Diagnostic, Severity, Result, DiagnosticPath } from './diagnostics/diagnostic.js';
export { SarabanError, isSarabanError, hasErrors } from './diagnostics/diagnostic.js';

// Thai text kit
export type { CalendarDate } from './thai/calendar-date.js';
export {
  calendarDate,
  isValidCalendarDate,
  parseIsoDate,
  toIsoDate,
  compareDates,
  addDays,
  daysBetween,
  THAI_MONTHS,
  THAI_MONTHS_ABBREVIATED,
  THAI_WEEKDAYS,
  thaiWeekday,
  formatThaiDate,
  parseThaiDate,
  fiscalYear,
  fiscalYearRange,
  toThaiDigits,
  toArabicDigits,
  formatThaiNumber,
  parseThaiNumber,
  bahtText,
  parseBahtText,
  parseBahtTextSatang,
  formatThaiTime,
  formatThaiTimeRange,
  parseThaiTime,
  thaiWords,
  intlWordSegmenter,
  findThaiDates,
  findBahtAmounts,
  findThaiTimes,
  ThaiTextError,
  isThaiTextError,
  type ThaiWeekday,
  type FormatThaiDateOptions,
  type ParsedThaiDate,
  type ToThaiDigitsOptions,
  type FormatThaiNumberOptions,
  type ThaiTime,
  type ParsedThaiTime,
  type FormatThaiTimeOptions,
  type WordSegmenter,
  type ThaiDateMatch,
  type BahtAmountMatch,
  type ThaiTimeMatch,
} from './thai/index.js';

// Model
export type { Circular, DocumentNumber, BodyBlock, TextSpan, Signer, AddresseeRank } from './model/index.js';
export {
  parseCircular,
  CircularInputSchema,
  parseDocumentNumber,
  formatDocumentNumber,
  PROVINCES,
  provinceByCode,
  provinceByName,
  salutationFor,
  type CircularInput,
  type Province,
} from './model/index.js';

// Rules
export { validate, validateCircular, RULES, type ValidateOptions, type ValidationResult, type Rule } from './rules/index.js';
export { lintLetter, type LintDiagnostic, type LintFileFormat, type LintOptions, type LintResult, type SourceLocation } from './lint/index.js';

// Programs
export { PROGRAMS, PROGRAM_NAMES, findProgram, buildProgramCircular, renderProgramBody, type Program } from './programs/index.js';

// Compose
export type { DocumentTree, Block, Run } from './compose/tree.js';
export { composeDocument, documentText, normalizeExtractedText } from './compose/index.js';
export { prepareLetter, type PrepareLetterOptions, type PreparedLetter } from './compose/prepare-letter.js';

// Style profile
export type { StyleProfile, StyleProfileOverrides } from './style/profile.js';
export { DEFAULT_STYLE_PROFILE, resolveStyleProfile } from './style/profile.js';

// DOCX
export { renderDocx, safeRenderDocx, type RenderDocxOptions } from './pipeline/render-docx.js';

// PDF
export { renderPdf, safeRenderPdf, type RenderPdfOptions } from './pipeline/render-pdf.js';
export { loadFonts, type LoadFontsOptions, type FontSource, type FaceSource } from './layout/font/index.js';
