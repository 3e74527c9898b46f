/**
 * rules — small formatters shared by the rule messages.
 * Quotes the value found (shortened, never a whole paragraph), prints dates the way a letter
 * writes them (Thai digits, full month, BE year) with the ISO date beside them for English readers,
 * and prints ที่ numbers in their official form.
 */
import type { DocumentNumber, LetterDate } from '../model/circular-types.js';
import { formatDocumentNumber } from '../model/document-number.js';
import { buddhistEraYear, formatThaiDate, THAI_MONTHS, toIsoDate, toThaiDigits, type CalendarDate } from '../thai/index.js';

const QUOTE_LIMIT = 70;

/** `"…"` around `text`, cut in the middle of a long value. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= QUOTE_LIMIT) return `"${flat}"`;
  return `"${flat.slice(0, QUOTE_LIMIT - 1)}…"`;
}

/** `๑๘ มีนาคม ๒๕๖๓` */
export function thaiDate(date: CalendarDate): string {
  return formatThaiDate(date);
}

/** `๑๘ มีนาคม ๒๕๖๓ (2020-03-18)` for English messages. */
export function dateWithIso(date: CalendarDate): string {
  return `${formatThaiDate(date)} (${toIsoDate(date)})`;
}

/** The letter date as printed: `๑๘ มีนาคม ๒๕๖๓`, or `ตุลาคม ๒๕๖๓` for a draft without its day. */
export function letterDateText(date: LetterDate): string {
  if (date.day !== undefined) return formatThaiDate({ year: date.year, month: date.month, day: date.day });
  return `${THAI_MONTHS[date.month - 1] ?? String(date.month)} ${toThaiDigits(String(buddhistEraYear(date.year, date.month)))}`;
}

/** A Buddhist-era year in Thai digits: `๒๕๖๔`. */
export function beYearText(beYear: number): string {
  return toThaiDigits(String(beYear));
}

/** `มท ๐๔๐๘.๒/ว ๒๒๙๓` */
export function numberText(number: DocumentNumber): string {
  return formatDocumentNumber(number);
}

/** A whole number in Thai digits (`๓`), for Thai messages. */
export function thaiCount(n: number): string {
  return toThaiDigits(String(n));
}
