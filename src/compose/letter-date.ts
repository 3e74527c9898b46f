/**
 * compose — the date line of the letter and the dates inside reference lines (spec §1.3 item 4).
 * Day number, full month name, Buddhist-era year, no weekday: `๙ ตุลาคม ๒๕๖๖`. A draft dated
 * by month and year only keeps a blank where the day is written in by hand when signing.
 * An impossible date gives an `invalid_date` diagnostic naming the field instead of a throw.
 */
import type { DiagnosticPath } from '../diagnostics/diagnostic.js';
import type { LetterDate } from '../model/circular-types.js';
import type { CalendarDate } from '../thai/calendar-date.js';
import { buddhistEraYear, formatThaiDate, isThaiTextError, THAI_MONTHS } from '../thai/index.js';
import { report, type ComposeContext } from './compose-context.js';
import { printDigits } from './digits.js';

/**
 * Width left for the handwritten day of a draft. No-break spaces, because a line breaker or
 * a word processor may drop ordinary leading spaces, and the blank must survive both.
 */
export const DRAFT_DAY_BLANK = '\u00a0'.repeat(6);

function invalidDate(context: ComposeContext, path: DiagnosticPath, shown: string): void {
  report(context, {
    code: 'invalid_date',
    severity: 'error',
    path,
    message: `The date ${shown} at ${path.join('.')} is not a real calendar date; give a real day, month (1–12) and CE year.`,
    messageTh: `วันที่ ${shown} ที่ ${path.join('.')} ไม่มีอยู่จริง ให้ระบุวัน เดือน (๑–๑๒) และปีคริสต์ศักราชที่ถูกต้อง`,
  });
}

/**
 * A full date as a letter prints it.
 * @example formatFullDate({ year: 2019, month: 6, day: 18 }, ctx, ['date']) // '๑๘ มิถุนายน ๒๕๖๒'
 */
export function formatFullDate(date: CalendarDate, context: ComposeContext, path: DiagnosticPath): string {
  try {
    return formatThaiDate(date, { digits: context.numerals });
  } catch (error) {
    if (!isThaiTextError(error)) throw error;
    invalidDate(context, path, `${date.year}-${date.month}-${date.day}`);
    return '';
  }
}

/**
 * The letter's date line; a draft without a day prints the blank and the month and year.
 * @example formatLetterDate({ year: 2020, month: 10 }, ctx) // '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 ตุลาคม ๒๕๖๓'
 */
export function formatLetterDate(date: LetterDate, context: ComposeContext, path: DiagnosticPath = ['date']): string {
  if (date.day !== undefined) return formatFullDate({ year: date.year, month: date.month, day: date.day }, context, path);
  const month = Number.isInteger(date.month) ? THAI_MONTHS[date.month - 1] : undefined;
  if (month === undefined || !Number.isInteger(date.year)) {
    invalidDate(context, path, `${date.year}-${date.month}`);
    return '';
  }
  return `${DRAFT_DAY_BLANK} ${month} ${printDigits(String(buddhistEraYear(date.year, date.month)), context.numerals)}`;
}
