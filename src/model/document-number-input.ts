/**
 * model — the ที่ number in friendly input: one string (`มท ๐๔๐๘.๒/ว ๒๒๙๓`) or its parts.
 * Parts accept Thai or Arabic digits and are normalised to Arabic, like the parsed string.
 * Both forms yield the canonical DocumentNumber; bad text gives `invalid_document_number`.
 */
import { z } from 'zod';
import { toArabicDigits } from '../thai/index.js';
import type { DocumentNumber } from './circular-types.js';
import { invalidNumber, safeParseDocumentNumber } from './document-number.js';
import { describeValue } from './model-diagnostic.js';
import { inputObject, reportIssue } from './schema-kit.js';

const numberText = z.string().transform((text, ctx): DocumentNumber => {
  const result = safeParseDocumentNumber(text);
  if (result.ok) return result.value;
  const diagnostic = invalidNumber(text, []);
  reportIssue(ctx, text, {
    code: diagnostic.code,
    message: diagnostic.message,
    messageTh: diagnostic.messageTh,
    ...(diagnostic.hints === undefined ? {} : { hints: diagnostic.hints }),
  });
  return { agencyCode: '', ownerNumber: '', circular: false };
});

const numberParts = inputObject({
  agencyCode: z.string().trim(),
  ownerNumber: z.string().trim(),
  circular: z.boolean().default(false),
  running: z.union([z.string(), z.number()]).optional(),
}).transform((parts, ctx): DocumentNumber => {
  if (!/^[ก-ฮ]{2,3}$/u.test(parts.agencyCode)) {
    reportIssue(
      ctx,
      parts.agencyCode,
      {
        code: 'invalid_document_number',
        message: `"agencyCode" must be 2–3 Thai consonants such as "มท" or "สน"; got ${describeValue(parts.agencyCode)}.`,
        messageTh: `"agencyCode" (รหัสพยัญชนะ) ต้องเป็นพยัญชนะไทย ๒–๓ ตัว เช่น "มท" หรือ "สน" แต่ได้รับ ${describeValue(parts.agencyCode)}`,
      },
      ['agencyCode'],
    );
  }
  const owner = toArabicDigits(parts.ownerNumber);
  if (!/^[0-9]{4}(?:\.[0-9]+)*$/u.test(owner)) {
    reportIssue(
      ctx,
      parts.ownerNumber,
      {
        code: 'invalid_document_number',
        message: `"ownerNumber" must be 4 digits with optional dotted sub-units such as "0408.2"; got ${describeValue(parts.ownerNumber)}.`,
        messageTh: `"ownerNumber" (เลขประจำของเจ้าของเรื่อง) ต้องเป็นเลข ๔ หลัก อาจมีเลขหน่วยย่อยหลังจุด เช่น "๐๔๐๘.๒" แต่ได้รับ ${describeValue(parts.ownerNumber)}`,
      },
      ['ownerNumber'],
    );
  }
  const runningText = parts.running === undefined ? '' : toArabicDigits(String(parts.running)).trim();
  if (runningText !== '' && !/^[0-9]+$/u.test(runningText)) {
    reportIssue(
      ctx,
      parts.running,
      {
        code: 'invalid_document_number',
        message: `"running" must be the register number in digits such as "2293"; got ${describeValue(parts.running)}.`,
        messageTh: `"running" (เลขทะเบียนหนังสือส่ง) ต้องเป็นตัวเลข เช่น "๒๒๙๓" แต่ได้รับ ${describeValue(parts.running)}`,
      },
      ['running'],
    );
  }
  return {
    agencyCode: parts.agencyCode,
    ownerNumber: owner,
    circular: parts.circular,
    ...(runningText === '' ? {} : { running: runningText }),
  };
});

/** `"มท ๐๔๐๘.๒/ว ๒๒๙๓"` or `{ agencyCode, ownerNumber, circular?, running? }`. */
export const DocumentNumberInputSchema = z.union([numberText, numberParts]);
