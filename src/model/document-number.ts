/**
 * model — the ที่ number (spec §4.1): parse `มท ๐๔๐๘.๒/ว ๒๒๙๓` into a DocumentNumber and print it back.
 * Parsing accepts Thai or Arabic digits, an optional leading `ที่`, `ว`, `ว.` or `ว ` before the
 * running number, and a draft without running number (`มท ๐๔๐๘.๒/ว`). Stored digits are Arabic.
 * Printing always uses the official form with one space after ว. Invalid text gives a diagnostic.
 */
import { SarabanError, type Diagnostic, type DiagnosticPath, type Result } from '../diagnostics/diagnostic.js';
import { toArabicDigits, toThaiDigits } from '../thai/index.js';
import type { DocumentNumber } from './circular-types.js';
import { describeValue, fieldLabel, modelDiagnostic } from './model-diagnostic.js';

/**
 * Spec §4.1 regex, widened for drafts (no running number) and an optional `ที่` label.
 * The code is 2 letters (3 for committees); the owner number has 4 digits and dotted sub-units.
 */
export const DOCUMENT_NUMBER_PATTERN =
  /^(?:ที่\s*)?(?<code>[ก-ฮ]{2,3})\s*(?<owner>[0-9๐-๙]{4}(?:\.[0-9๐-๙]+)*)\s*\/\s*(?:(?<circ>ว)\.?\s*)?(?<reg>[0-9๐-๙]+)?$/u;

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
  const normalised = text.length > MAX_LENGTH ? text : text.normalize('NFC').replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
  const match = normalised.length > MAX_LENGTH ? null : DOCUMENT_NUMBER_PATTERN.exec(normalised);
  const groups = match?.groups;
  const code = groups?.['code'];
  const owner = groups?.['owner'];
  if (groups === undefined || code === undefined || owner === undefined) {
    return { ok: false, diagnostics: [invalidNumber(text, path)] };
  }
  const running = groups['reg'];
  const value: DocumentNumber = {
    agencyCode: code,
    ownerNumber: toArabicDigits(owner),
    circular: groups['circ'] !== undefined,
    ...(running === undefined ? {} : { running: toArabicDigits(running) }),
  };
  return { ok: true, value, diagnostics: [] };
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
  const running = number.running === undefined ? '' : convert(number.running);
  const mark = number.circular ? (running === '' ? 'ว' : 'ว ') : '';
  return `${number.agencyCode} ${convert(number.ownerNumber)}/${mark}${running}`;
}

/** The diagnostic for text that is not a ที่ number. */
export function invalidNumber(text: string, path: DiagnosticPath): Diagnostic {
  const label = fieldLabel(path.length === 0 ? ['number'] : path);
  return modelDiagnostic({
    code: 'invalid_document_number',
    path,
    message: `${label.en} must be a document number like "มท ๐๔๐๘.๒/ว ๒๒๙๓" (2–3 Thai letters, a 4-digit owner number with optional .sub-units, "/", an optional ว, the running number); got ${describeValue(text)}.`,
    messageTh: `${label.th} ต้องเป็นเลขที่หนังสือ เช่น "มท ๐๔๐๘.๒/ว ๒๒๙๓" (รหัสพยัญชนะ ๒–๓ ตัว เลขประจำของเจ้าของเรื่อง ๔ หลัก แล้วตามด้วย / ว และเลขทะเบียนหนังสือส่ง) แต่ได้รับ ${describeValue(text)}`,
    hints: ['A draft may leave the running number out: "มท ๐๔๐๘.๒/ว".'],
  });
}
