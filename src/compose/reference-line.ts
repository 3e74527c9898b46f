/**
 * compose — one อ้างถึง line (spec §1.3 item 7): issuer, urgency word when the cited letter had
 * one, its ที่ number and its date, e.g.
 * `หนังสือกรมการพัฒนาชุมชน ด่วนที่สุด ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒`.
 * The number is printed by the model's formatDocumentNumber so it reads as the letter's own ที่.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { Reference } from '../model/circular-types.js';
import { formatDocumentNumber } from '../model/document-number.js';
import type { ComposeContext } from './compose-context.js';
import { printDigits } from './digits.js';
import { LETTER_LABELS } from './labels.js';
import { formatFullDate } from './letter-date.js';

export function referenceLine(reference: Reference, context: ComposeContext, path: DiagnosticPath): string {
  const parts = [printDigits(reference.issuer, context.numerals)];
  if (reference.urgency !== undefined) parts.push(reference.urgency);
  if (reference.number !== undefined) {
    parts.push(LETTER_LABELS.referenceNumber, formatDocumentNumber(reference.number, { digits: context.numerals }));
  }
  const date = formatFullDate(reference.date, context, [...path, 'date']);
  if (date !== '') parts.push(LETTER_LABELS.referenceDate, date);
  return parts.filter((part) => part !== '').join(' ');
}
