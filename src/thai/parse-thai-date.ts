/**
 * thai — Thai date text → CalendarDate (leaf module).
 * Reads every form formatThaiDate writes and what letters contain: Thai or Arabic digits,
 * full or abbreviated month, optional พ.ศ./ค.ศ./พุทธศักราช (years before 2484 began on 1 April), optional วัน<weekday>ที่ or วันที่ prefix,
 * four-digit BE years or two-digit abbreviated years (๖๓ → ๒๕๖๓). The written weekday is
 * returned, not checked, so a caller can report a mismatch with thaiWeekday(date).
 */
import type { CalendarDate } from './calendar-date.js';
import { daysInMonth, isValidCalendarDate } from './calendar-math.js';
import { buddhistEraYear, commonEraYear } from './buddhist-era.js';
import { ERA_SOURCE } from './scan-patterns.js';
import { BE_OFFSET, THAI_MONTHS, thaiMonthNumber, thaiWeekdayIndex } from './thai-calendar-names.js';
import { allToThaiDigits, toArabicDigits } from './thai-digits.js';
import { ThaiTextError } from './thai-text-error.js';
import { thaiWeekdayByIndex, type ThaiWeekday } from './thai-weekday.js';

export interface ParsedThaiDate {
  readonly date: CalendarDate;
  /** The weekday named in the text (วันพุธที่ …), if any; compare with thaiWeekday(date). */
  readonly writtenWeekday?: ThaiWeekday;
}

/** The raw pieces of a date as found in text, before interpretation. */
export interface ThaiDateParts {
  readonly weekday?: string | undefined;
  readonly day: string;
  readonly month: string;
  readonly era?: string | undefined;
  readonly year: string;
}

const DATE_SHAPE = new RegExp(
  String.raw`^(?:วัน\s*(?<weekday>[\u0E01-\u0E4E]*?)\s*ที่\s*)?(?<day>\d{1,2})\s*(?<month>[^\d]+?)\s*(?:(?<era>${ERA_SOURCE})\s*)?(?<year>\d+)$`,
  'u',
);

function fail(code: 'invalid_date' | 'unknown_month' | 'unknown_weekday' | 'unreadable_date', input: string, en: string, th: string): never {
  throw new ThaiTextError(code, input, `Cannot read "${input}" as a Thai date: ${en}`, `อ่าน "${input}" เป็นวันที่ไม่ได้: ${th}`);
}

/** Interprets already-split date pieces; throws ThaiTextError naming `input`. */
export function interpretThaiDate(parts: ThaiDateParts, input: string): ParsedThaiDate {
  const month = thaiMonthNumber(parts.month);
  if (month === undefined) {
    fail(
      'unknown_month',
      input,
      `"${parts.month.trim()}" is not a Thai month name; use a full name such as มีนาคม or an abbreviation such as มี.ค.`,
      `"${parts.month.trim()}" ไม่ใช่ชื่อเดือน ให้ใช้ชื่อเต็ม เช่น มีนาคม หรือชื่อย่อ เช่น มี.ค.`,
    );
  }
  const yearDigits = toArabicDigits(parts.year);
  const ce = parts.era?.startsWith('ค') === true;
  let year: number;
  if (yearDigits.length === 4) {
    const be = Number(yearDigits);
    const fromBe = ce ? Number(yearDigits) : commonEraYear(be, month);
    if (fromBe === undefined) {
      fail(
        'invalid_date',
        input,
        `January to March ${be} BE never existed: the year ${be} was shortened to 1 April – 31 December 1940 and ${be + 1} began on 1 January 1941.`,
        `ไม่มีเดือนมกราคมถึงมีนาคม พ.ศ. ${allToThaiDigits(String(be))} เพราะปีนั้นเริ่ม ๑ เมษายน และสิ้นสุด ๓๑ ธันวาคม แล้วขึ้นปี พ.ศ. ${allToThaiDigits(String(be + 1))} ในวันที่ ๑ มกราคม`,
      );
    }
    year = fromBe;
  } else if (yearDigits.length === 2 && !ce) {
    year = 2500 + Number(yearDigits) - BE_OFFSET;
  } else {
    fail(
      'unreadable_date',
      input,
      `the year "${parts.year}" must be a four-digit Buddhist-era year such as ๒๕๖๓ (or two digits after an abbreviated month).`,
      `ปี "${parts.year}" ต้องเป็นปี พ.ศ. สี่หลัก เช่น ๒๕๖๓ (หรือสองหลักเมื่อใช้ชื่อเดือนย่อ)`,
    );
  }
  const day = Number(toArabicDigits(parts.day));
  if (!isValidCalendarDate(year, month, day)) {
    const be = allToThaiDigits(String(buddhistEraYear(year, month)));
    const monthName = THAI_MONTHS[month - 1] ?? '';
    const last = daysInMonth(year, month);
    if (year < 1 || year > 9999) {
      fail('invalid_date', input, `the year is outside ${1 + BE_OFFSET}–${9999 + BE_OFFSET} BE.`, `ปีต้องอยู่ระหว่าง พ.ศ. ${1 + BE_OFFSET}–${9999 + BE_OFFSET}`);
    }
    fail(
      'invalid_date',
      input,
      `${monthName} ${year + BE_OFFSET} (${year}-${String(month).padStart(2, '0')}) has ${last} days, so day ${day} does not exist.`,
      `เดือน${monthName} ${be} มี ${allToThaiDigits(String(last))} วัน จึงไม่มีวันที่ ${allToThaiDigits(String(day))}`,
    );
  }
  const date: CalendarDate = { year, month, day };
  const weekdayName = parts.weekday?.trim() ?? '';
  if (weekdayName === '') return { date };
  const index = thaiWeekdayIndex(weekdayName);
  if (index === undefined) {
    fail(
      'unknown_weekday',
      input,
      `"${weekdayName}" is not a Thai weekday name (อาทิตย์, จันทร์, อังคาร, พุธ, พฤหัสบดี, ศุกร์, เสาร์).`,
      `"${weekdayName}" ไม่ใช่ชื่อวัน (อาทิตย์ จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์)`,
    );
  }
  return { date, writtenWeekday: thaiWeekdayByIndex(index) };
}

/**
 * Reads a Thai date such as `๑๘ มีนาคม ๒๕๖๓`, `วันจันทร์ที่ ๒๓ มี.ค. ๖๓`, `๒๓ กันยายน พ.ศ. ๒๕๔๘`.
 * Throws ThaiTextError: `unknown_month`, `unknown_weekday`, `invalid_date` (31 กุมภาพันธ์),
 * `unreadable_date` (anything else).
 */
export function parseThaiDate(text: string): ParsedThaiDate {
  const normalized = toArabicDigits(text).replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  const m = DATE_SHAPE.exec(normalized);
  const g = m?.groups;
  if (g?.['day'] === undefined || g['month'] === undefined || g['year'] === undefined) {
    fail(
      'unreadable_date',
      text,
      'expected day, month and Buddhist-era year, e.g. ๑๘ มีนาคม ๒๕๖๓ or วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓.',
      'ต้องมีวัน เดือน และปี พ.ศ. เช่น ๑๘ มีนาคม ๒๕๖๓ หรือ วันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓',
    );
  }
  return interpretThaiDate({ weekday: g['weekday'], day: g['day'], month: g['month'], era: g['era'], year: g['year'] }, text);
}
