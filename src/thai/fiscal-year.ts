/**
 * thai — the Thai government fiscal year, ปีงบประมาณ (leaf module).
 * A fiscal year runs 1 October – 30 September and is named by the Buddhist-era year in
 * which it ends: 2021-10-01 falls in ปีงบประมาณ พ.ศ. ๒๕๖๕.
 */
import type { CalendarDate } from './calendar-date.js';
import { calendarDate } from './calendar-math.js';
import { BE_OFFSET } from './thai-calendar-names.js';
import { ThaiTextError } from './thai-text-error.js';

/** Buddhist-era fiscal year containing `date`. */
export function fiscalYear(date: CalendarDate): number {
  return (date.month >= 10 ? date.year + 1 : date.year) + BE_OFFSET;
}

/** First and last day of fiscal year `beYear` (พ.ศ.): 1 Oct of the year before to 30 Sep. */
export function fiscalYearRange(beYear: number): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const ceYear = beYear - BE_OFFSET;
  if (!Number.isInteger(beYear) || ceYear < 2 || ceYear > 9999) {
    throw new ThaiTextError(
      'invalid_date',
      String(beYear),
      `Fiscal year ${beYear} is not a Buddhist-era year from ${2 + BE_OFFSET} to ${9999 + BE_OFFSET}.`,
      `ปีงบประมาณ ${beYear} ต้องเป็นปี พ.ศ. ${2 + BE_OFFSET}–${9999 + BE_OFFSET}`,
    );
  }
  return { start: calendarDate(ceYear - 1, 10, 1), end: calendarDate(ceYear, 9, 30) };
}
