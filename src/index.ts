/**
 * saraban — public API. Explicit named exports only; every export is documented in README.md.
 */

// Diagnostics and errors
export type { Diagnostic, Severity, Result, DiagnosticPath, Stage } from './diagnostics/diagnostic.js';
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
  type ThaiWeekdayName,
  type ThaiTextErrorCode,
} from './thai/index.js';
export type { ThaiTextProblem } from './thai/find-thai-dates.js';

// Model
export type { Circular, DocumentNumber, BodyBlock, TextSpan, Signer, AddresseeRank } from './model/index.js';
export type { DocumentNumberForm, Recipient } from './model/circular-types.js';
export type { CircularPart } from './rules/rule.js';
export type {
  ExternalCircular,
  MemoCircular,
  Urgency,
  Secrecy,
  LetterDate,
  IssuingOffice,
  MemoOffice,
  Addressee,
  MemoAddressee,
  Reference,
  Attachment,
  ParagraphBlock,
  ListBlock,
  ListItem,
  TableBlock,
  TableColumn,
  TableRow,
  TableCell,
  ColumnAlign,
  ActingLink,
  Contacts,
  OwnerUnit,
  Enclosure,
} from './model/circular-types.js';
export type { ParseCircularOptions } from './model/parse-circular.js';
export type { InputLimits } from './model/input-guard.js';
export type { FormatDocumentNumberOptions } from './model/document-number.js';
export type { ConfidenceTag, SalutationRow } from './model/reference-data.js';
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
export type { RuleContext, RuleFinding, TextPiece, TextSegment, TextSource } from './rules/index.js';

// Programs
export { PROGRAMS, PROGRAM_NAMES, findProgram, buildProgramCircular, renderProgramBody, type Program } from './programs/index.js';
export type { ProgramName, ProgramPayload, ProgramPayloads } from './programs/program-types.js';
export type { ProgramContext, ProgramFields, ProgramTemplates } from './programs/program.js';
export type { ProgramOutput, ProgramRenderOptions } from './programs/render-program.js';
export type { TemplateEnv } from './programs/template-env.js';

// Compose
export type { DocumentTree, Block, Run } from './compose/tree.js';
export type {
  DocumentKind,
  DocumentMeta,
  PageFurniture,
  LetterheadBlock,
  DateBlock,
  LabeledBlock,
  LabeledItem,
  ParagraphBlock as DocumentParagraphBlock,
  ListItemBlock,
  TableBlock as DocumentTableBlock,
  TableRowNode,
  TableCellNode,
  ClosingBlock,
  SignatureBlock,
  ContactBlock,
  CopiesToBlock,
  MemoHeadingBlock,
  MemoField,
  MemoFieldsBlock,
  PageBreakBlock,
} from './compose/tree.js';
export type { ComposeOptions } from './compose/compose-document.js';
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
export type { FontBook, LoadedFace } from './layout/font/index.js';
export type { HarfBuzz, HbBlob, HbBuffer, HbFace, HbFont } from './layout/font/harfbuzz-module.js';
