/**
 * thai — month and weekday names as written in Thai government letters (leaf data).
 * Index 0 of the month arrays is มกราคม (January); index 0 of THAI_WEEKDAYS is อาทิตย์
 * (Sunday), matching Date#getUTCDay. Weekday names are bare, without the prefix วัน.
 */

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_ABBREVIATED = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

export type ThaiMonthName = (typeof THAI_MONTHS)[number];
export type ThaiWeekdayName = (typeof THAI_WEEKDAYS)[number];

/** Buddhist-era year for a Common Era year (พ.ศ. = ค.ศ. + 543). */
export const BE_OFFSET = 543;

/**
 * Month number 1–12 for a full or abbreviated Thai month name, or undefined.
 * Tolerates missing dots and spaces in abbreviations (มีค, มี.ค, มี. ค.).
 */
export function thaiMonthNumber(name: string): number | undefined {
  const key = name.replace(/[\s.]/g, '');
  for (let i = 0; i < 12; i++) {
    if (THAI_MONTHS[i] === key || THAI_MONTHS_ABBREVIATED[i]?.replace(/\./g, '') === key) return i + 1;
  }
  return undefined;
}

/** Weekday index 0–6 (0 = อาทิตย์) for a Thai weekday name; accepts the short form พฤหัส. */
export function thaiWeekdayIndex(name: string): number | undefined {
  const key = name.trim();
  if (key === 'พฤหัส') return 4;
  const i = (THAI_WEEKDAYS as readonly string[]).indexOf(key);
  return i < 0 ? undefined : i;
}
