/**
 * thai — CalendarDate → Thai date text as written in government letters (leaf module).
 * full: ๑๘ มีนาคม ๒๕๖๓; abbreviated: ๑๘ มี.ค. ๖๓; with weekday: วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓;
 * with era: ๒๓ กันยายน พ.ศ. ๒๕๔๘. Years are always Buddhist era (CE + 543; + 542 for January–March before 1941).
 * parseThaiDate reads every form this function writes.
 */
import type { CalendarDate } from './calendar-date.js';
import { THAI_MONTHS, THAI_MONTHS_ABBREVIATED } from './thai-calendar-names.js';
import { buddhistEraYear } from './buddhist-era.js';
import { thaiWeekday } from './thai-weekday.js';
import { allToThaiDigits } from './thai-digits.js';
import { isValidCalendarDate } from './calendar-math.js';
import { ThaiTextError } from './thai-text-error.js';

export interface FormatThaiDateOptions {
  /** 'full' month names (default) or 'abbreviated' (มี.ค.). */
  readonly style?: 'full' | 'abbreviated';
  /** Prefix วัน<weekday>ที่, e.g. วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓. Default false. */
  readonly weekday?: boolean;
  /** Write พ.ศ. before the year. Default false. */
  readonly era?: boolean;
  /** Default 'thai'. */
  readonly digits?: 'thai' | 'arabic';
  /**
   * Two-digit BE year (๖๓ for ๒๕๖๓). Default true for 'abbreviated', false for 'full'.
   * Two-digit years are read back as 25xx, so they round-trip only for 1957–2056 CE.
   */
  readonly shortYear?: boolean;
}

export function formatThaiDate(date: CalendarDate, options: FormatThaiDateOptions = {}): string {
  if (!isValidCalendarDate(date.year, date.month, date.day)) {
    const input = `${date.year}-${date.month}-${date.day}`;
    throw new ThaiTextError(
      'invalid_date',
      input,
      `Cannot format ${input}: it is not a real calendar date.`,
      `แสดงวันที่ ${input} ไม่ได้ เพราะไม่มีวันที่นี้จริง`,
    );
  }
  const abbreviated = options.style === 'abbreviated';
  const shortYear = options.shortYear ?? abbreviated;
  const month = (abbreviated ? THAI_MONTHS_ABBREVIATED : THAI_MONTHS)[date.month - 1] ?? '';
  const be = buddhistEraYear(date.year, date.month);
  const year = shortYear ? String(be % 100).padStart(2, '0') : String(be);
  const parts: string[] = [];
  if (options.weekday === true) parts.push(`วัน${thaiWeekday(date).name}ที่`);
  parts.push(String(date.day), month);
  if (options.era === true) parts.push('พ.ศ.');
  parts.push(year);
  const text = parts.join(' ');
  return options.digits === 'arabic' ? text : allToThaiDigits(text);
}
