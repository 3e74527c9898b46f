/**
 * thai — day of the week for a CalendarDate (leaf module).
 * Computed from the epoch day count (1970-01-01 was a Thursday), never through the host
 * clock or time zone. Index 0 = อาทิตย์ (Sunday) … 6 = เสาร์, as Date#getUTCDay.
 */
import type { CalendarDate } from './calendar-date.js';
import { toEpochDays } from './calendar-math.js';
import { THAI_WEEKDAYS, type ThaiWeekdayName } from './thai-calendar-names.js';

export interface ThaiWeekday {
  /** 0 = Sunday (อาทิตย์) … 6 = Saturday (เสาร์). */
  readonly index: number;
  /** Bare Thai name without วัน, e.g. 'จันทร์'. */
  readonly name: ThaiWeekdayName;
}

export function thaiWeekdayByIndex(index: number): ThaiWeekday {
  const i = ((index % 7) + 7) % 7;
  return { index: i, name: THAI_WEEKDAYS[i] ?? 'อาทิตย์' };
}

export function thaiWeekday(date: CalendarDate): ThaiWeekday {
  // Epoch day 0 (1970-01-01) was a Thursday, index 4.
  return thaiWeekdayByIndex(toEpochDays(date) + 4);
}
