/**
 * model — the ที่ number (spec §4.1): parse `มท ๐๔๐๘.๒/ว ๒๒๙๓` into a DocumentNumber and print it back.
 * Parsing accepts Thai or Arabic digits, an optional leading `ที่`, `ว`, `ว.` or `ว ` before the
 * running number, and a draft without running number (`มท ๐๔๐๘.๒/ว`). Stored digits are Arabic.
 * Forms real agencies write besides the regulation's are read and kept as written (DocumentNumber.form
 * and .written): a body code and running number only (`สปสช ๑๒๓๔`), a series segment (`สธ ๐๒๐๑/พิเศษ/ว ๑๒`),
 * order numbering (`ที่ ๑๒/๒๕๖๖`, `ฉบับที่ ๓/๒๕๖๖`) and spaces around the slash; the rule
 * nonstandard_document_number warns about them. The official form prints with one space after ว.
 */
import { SarabanError, type Diagnostic, type DiagnosticPath, type Result } from '../diagnostics/diagnostic.js';
import { toArabicDigits, toThaiDigits } from '../thai/index.js';
import type { DocumentNumber } from './circular-types.js';
import { describeValue, fieldLabel, modelDiagnostic } from './model-diagnostic.js';

const D = '[0-9๐-๙]';

/**
 * Spec §4.1 regex, widened for drafts (no running number) and an optional `ที่` label.
 * The code is 2 letters (3 for committees); the owner number has 4 digits and dotted sub-units.
 */
export const DOCUMENT_NUMBER_PATTERN =
  /^(?:ที่\s*)?(?<code>[ก-ฮ]{2,3})\s*(?<owner>[0-9๐-๙]{4}(?:\.[0-9๐-๙]+)*)\s*\/\s*(?:(?<circ>ว)\.?\s*)?(?<reg>[0-9๐-๙]+)?$/u;

/** `สธ ๐๒๐๑/พิเศษ/ว ๑๒`: a series segment (Thai letters, not ว alone) between the owner number and ว. */
const SERIES_PATTERN = new RegExp(
  String.raw`^(?:ที่\s*)?(?<code>[ก-ฮ]{2,3})\s*(?<owner>${D}{4}(?:\.${D}+)*)\s*\/\s*(?<series>(?!ว\.?\s*(?:${D}|$))[ก-๎]+\.?)\s*\/\s*(?:(?<circ>ว)\.?\s*)?(?<reg>${D}+)?$`,
  'u',
);
/**
 * `สปสช ๑๒๓๔`, `กสศ./ว ๑๒`: the code of a body outside ภาคผนวก ๑ (three to six letters) and a running number.
 * A two-letter code without owner number (`มท/ว ๑๒`) stays an error: those codes always take one.
 */
const NO_OWNER_PATTERN = new RegExp(String.raw`^(?:ที่\s*)?(?<code>[ก-ฮ]{3,6})\.?\s*(?:\/\s*)?(?:(?<circ>ว)\.?\s*)?(?<reg>${D}+)$`, 'u');
/** `ที่ ๑๒/๒๕๖๖`, `ฉบับที่ ๓/๒๕๖๖`: order numbering of a คำสั่ง or ประกาศ, running number / BE year. */
const ORDER_PATTERN = new RegExp(String.raw`^(?:(?<label>ฉบับที่|ที่)\s*)?(?<reg>${D}{1,6})\s*\/\s*(?<year>${D}{4})$`, 'u');
const SPACED_SLASH = /\s\/|\/\s/u;

/** Anything longer cannot be a ที่ number; checked before the regex runs. */
const MAX_LENGTH = 80;

export interface FormatDocumentNumberOptions {
  /** Default `thai`. */
  readonly digits?: 'thai' | 'arabic';
}

/**
 * Parse a ที่ number without throwing.
 * @example safeParseDocumentNumber('ที่ สน 0019.3/ว5471') // { ok: true, value: { agencyCode: 'สน', ownerNumber: '0019.3', circular: true, running: '5471' } }
 */
export function safeParseDocumentNumber(text: string, path: DiagnosticPath = []): Result<DocumentNumber> {
  if (text.length > MAX_LENGTH) return { ok: false, diagnostics: [invalidNumber(text, path)] };
  const normalised = text.normalize('NFC').replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
  const value = readNumber(normalised);
  return value === undefined ? { ok: false, diagnostics: [invalidNumber(text, path)] } : { ok: true, value, diagnostics: [] };
}

/** The text without its leading ที่ label, as it is kept in `written`. */
function withoutLabel(text: string): string {
  return text.replace(/^ที่\s*/u, '');
}

function running(groups: Readonly<Record<string, string | undefined>>): { running?: string } {
  const reg = groups['reg'];
  return reg === undefined ? {} : { running: toArabicDigits(reg) };
}

function readNumber(text: string): DocumentNumber | undefined {
  const standard = DOCUMENT_NUMBER_PATTERN.exec(text)?.groups;
  if (standard?.['code'] !== undefined && standard['owner'] !== undefined) {
    return {
      agencyCode: standard['code'],
      ownerNumber: toArabicDigits(standard['owner']),
      circular: standard['circ'] !== undefined,
      ...running(standard),
      ...(SPACED_SLASH.test(text) ? { written: withoutLabel(text) } : {}),
    };
  }
  const series = SERIES_PATTERN.exec(text)?.groups;
  if (series?.['code'] !== undefined && series['owner'] !== undefined && series['series'] !== undefined) {
    return {
      agencyCode: series['code'],
      ownerNumber: toArabicDigits(series['owner']),
      circular: series['circ'] !== undefined,
      ...running(series),
      form: 'series',
      series: series['series'],
      written: withoutLabel(text),
    };
  }
  const order = ORDER_PATTERN.exec(text)?.groups;
  if (order?.['reg'] !== undefined && order['year'] !== undefined) {
    const label = order['label'];
    return {
      agencyCode: '',
      ownerNumber: '',
      circular: false,
      ...running(order),
      form: 'order',
      year: toArabicDigits(order['year']),
      ...(label === 'ฉบับที่' ? { label } : {}),
      written: withoutLabel(text),
    };
  }
  const noOwner = NO_OWNER_PATTERN.exec(text)?.groups;
  if (noOwner?.['code'] !== undefined) {
    return {
      agencyCode: noOwner['code'],
      ownerNumber: '',
      circular: noOwner['circ'] !== undefined,
      ...running(noOwner),
      form: 'no-owner',
      written: withoutLabel(text),
    };
  }
  return undefined;
}

/**
 * Parse a ที่ number; throws a SarabanError carrying an `invalid_document_number` diagnostic.
 * @example parseDocumentNumber('มท ๐๔๐๘.๒/ว ๒๒๙๓').running // '2293'
 */
export function parseDocumentNumber(text: string): DocumentNumber {
  const result = safeParseDocumentNumber(text);
  if (!result.ok) {
    const first = result.diagnostics[0];
    throw new SarabanError(first?.message ?? 'invalid document number', result.diagnostics);
  }
  return result.value;
}

/**
 * Print the official form, without the `ที่` label.
 * @example formatDocumentNumber({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' }) // 'มท ๐๔๐๘.๒/ว ๒๒๙๓'
 */
export function formatDocumentNumber(number: DocumentNumber, options: FormatDocumentNumberOptions = {}): string {
  const digits = options.digits ?? 'thai';
  const convert = digits === 'thai' ? toThaiDigits : toArabicDigits;
  if (number.written !== undefined) return convert(number.written);
  const running = number.running === undefined ? '' : convert(number.running);
  const mark = number.circular ? (running === '' ? 'ว' : 'ว ') : '';
  const form = number.form ?? 'official';
  switch (form) {
    case 'official':
      return `${number.agencyCode} ${convert(number.ownerNumber)}/${mark}${running}`;
    case 'series':
      return `${number.agencyCode} ${convert(number.ownerNumber)}/${number.series ?? ''}/${mark}${running}`;
    case 'no-owner':
      return `${number.agencyCode} ${mark}${running}`;
    case 'order':
      return `${number.label === undefined ? '' : `${number.label} `}${running}/${convert(number.year ?? '')}`;
    default:
      return form satisfies never;
  }
}

/** The diagnostic for text that is not a ที่ number. */
export function invalidNumber(text: string, path: DiagnosticPath): Diagnostic {
  const label = fieldLabel(path.length === 0 ? ['number'] : path);
  return modelDiagnostic({
    code: 'invalid_document_number',
    path,
    message: `${label.en} must be a document number like "มท ๐๔๐๘.๒/ว ๒๒๙๓" (2–3 Thai letters, a 4-digit owner number with optional .sub-units, "/", an optional ว, the running number); got ${describeValue(text)}.`,
    messageTh: `${label.th} ต้องเป็นเลขที่หนังสือ เช่น "มท ๐๔๐๘.๒/ว ๒๒๙๓" (รหัสพยัญชนะ ๒–๓ ตัว เลขประจำของเจ้าของเรื่อง ๔ หลัก แล้วตามด้วย / ว และเลขทะเบียนหนังสือส่ง) แต่ได้รับ ${describeValue(text)}`,
    hints: [
      'A draft may leave the running number out: "มท ๐๔๐๘.๒/ว".',
      'Also read: a series segment ("สธ ๐๒๐๑/พิเศษ/ว ๑๒"), a body code and running number ("สปสช ๑๒๓๔"), order numbering ("ที่ ๑๒/๒๕๖๖", "ฉบับที่ ๓/๒๕๖๖").',
    ],
  });
}
