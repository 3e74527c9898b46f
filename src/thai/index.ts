/**
 * thai — barrel of the Thai text kit (leaf: imports nothing else from src).
 * Dates (CalendarDate, BE years, Thai month/weekday names, fiscal years), digits and
 * numbers, baht in words, times, word segmentation and scanners for free text.
 * Every export is listed by name; everything throws ThaiTextError for unreadable input.
 */
export type { CalendarDate } from './calendar-date.js';
export {
  calendarDate,
  isValidCalendarDate,
  isLeapYear,
  daysInMonth,
  parseIsoDate,
  toIsoDate,
  compareDates,
  addDays,
  daysBetween,
} from './calendar-math.js';
export {
  THAI_MONTHS,
  THAI_MONTHS_ABBREVIATED,
  THAI_WEEKDAYS,
  BE_OFFSET,
  thaiMonthNumber,
  thaiWeekdayIndex,
  type ThaiMonthName,
  type ThaiWeekdayName,
} from './thai-calendar-names.js';
export { thaiWeekday, type ThaiWeekday } from './thai-weekday.js';
export { buddhistEraYear, commonEraYear, FIRST_JANUARY_BE_YEAR, SHORTENED_BE_YEAR } from './buddhist-era.js';
export { formatThaiDate, type FormatThaiDateOptions } from './format-thai-date.js';
export { parseThaiDate, type ParsedThaiDate } from './parse-thai-date.js';
export { fiscalYear, fiscalYearRange } from './fiscal-year.js';
export { toThaiDigits, toArabicDigits, type ToThaiDigitsOptions } from './thai-digits.js';
export { formatThaiNumber, parseThaiNumber, type FormatThaiNumberOptions } from './thai-number.js';
export { ThaiTextError, isThaiTextError, THAI_TEXT_ERROR_CODES, type ThaiTextErrorCode } from './thai-text-error.js';
export { bahtText, satangText, amountToSatang, thaiNumberWords } from './baht-text.js';
export { parseBahtText, parseBahtTextSatang, parseThaiNumberWords } from './parse-baht-text.js';
export {
  formatThaiTime,
  formatThaiTimeRange,
  parseThaiTime,
  isValidThaiTime,
  type ThaiTime,
  type ParsedThaiTime,
  type FormatThaiTimeOptions,
} from './thai-time.js';
export { thaiWords, intlWordSegmenter, isThaiCombiningMark, type WordSegmenter } from './thai-words.js';
export { findThaiDates, type ThaiDateMatch, type ThaiTextProblem } from './find-thai-dates.js';
export { findBahtAmounts, type BahtAmountMatch } from './find-baht-amounts.js';
export { findThaiTimes, type ThaiTimeMatch } from './find-thai-times.js';
