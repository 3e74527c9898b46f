/**
 * thai — validated construction and day arithmetic for CalendarDate (leaf module).
 * Proleptic Gregorian, no time zone: dates are converted to a day count since
 * 1970-01-01 with Hinnant's civil-from-days algorithm, never through JavaScript Date,
 * so results do not depend on the host's time zone. Years are limited to 1–9999 CE.
 */
import type { CalendarDate } from './calendar-date.js';
import { ThaiTextError } from './thai-text-error.js';

export const MIN_CALENDAR_YEAR = 1;
export const MAX_CALENDAR_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year` (CE); 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_CALENDAR_YEAR &&
    year <= MAX_CALENDAR_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Validated constructor; throws ThaiTextError `invalid_date` for 31 Feb, month 13, year 0 etc. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidCalendarDate(year, month, day)) {
    const input = `${year}-${month}-${day}`;
    throw new ThaiTextError(
      'invalid_date',
      input,
      `Invalid calendar date ${input} (year ${year} CE, month ${month}, day ${day}): ${describeProblem(year, month)}.`,
      `วันที่ ${input} ไม่มีอยู่จริง: ${describeProblemTh(year, month)}`,
    );
  }
  return { year, month, day };
}

function describeProblem(year: number, month: number): string {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    return `the year must be a whole number from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR} CE`;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'the month must be 1–12';
  return `that month has ${daysInMonth(year, month)} days, so the day must be 1–${daysInMonth(year, month)}`;
}

function describeProblemTh(year: number, month: number): string {
  if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    return `ปี ค.ศ. ต้องเป็นจำนวนเต็ม ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}`;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'เดือนต้องอยู่ระหว่าง 1–12';
  return `เดือนนี้มี ${daysInMonth(year, month)} วัน`;
}

/** Days since 1970-01-01 (negative before). Hinnant, "chrono-compatible low-level date algorithms". */
export function toEpochDays(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toEpochDays. */
export function fromEpochDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** -1 if a is before b, 0 if the same day, 1 if after. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

/** The date `n` days after `date` (n may be negative; must be an integer). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) {
    throw new ThaiTextError(
      'invalid_number',
      String(n),
      `addDays needs a whole number of days, got ${n}.`,
      `จำนวนวันต้องเป็นจำนวนเต็ม แต่ได้ ${n}`,
    );
  }
  const result = fromEpochDays(toEpochDays(date) + n);
  return calendarDate(result.year, result.month, result.day);
}

/** Whole days from a to b: positive when b is later (daysBetween(d, addDays(d, n)) === n). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDays(b) - toEpochDays(a);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD` (CE); throws ThaiTextError `invalid_date` otherwise. */
export function parseIsoDate(text: string): CalendarDate {
  const m = ISO_DATE.exec(text.trim());
  if (!m) {
    throw new ThaiTextError(
      'invalid_date',
      text,
      `"${text}" is not an ISO date; write it as YYYY-MM-DD in the Common Era, e.g. 2020-03-18.`,
      `"${text}" ไม่ใช่วันที่รูปแบบ ISO ให้เขียนเป็น ปปปป-ดด-วว แบบ ค.ศ. เช่น 2020-03-18`,
    );
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidCalendarDate(year, month, day)) {
    throw new ThaiTextError(
      'invalid_date',
      text,
      `"${text}" is not a real date: ${describeProblem(year, month)}.`,
      `"${text}" ไม่มีอยู่จริง: ${describeProblemTh(year, month)}`,
    );
  }
  return { year, month, day };
}

/** `YYYY-MM-DD` in the Common Era. */
export function toIsoDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
