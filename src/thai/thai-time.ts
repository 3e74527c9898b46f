/**
 * thai — clock times as written in Thai letters, ๐๙.๓๐ น. (leaf module).
 * Hours 00–23 and minutes 00–59 with a dot (a colon is read too), the suffix น.
 * (นาฬิกา) written once after a range: ๐๙.๓๐ - ๑๒.๐๐ น. A range that ends before it
 * starts is returned as written (overnight shifts exist); callers decide if that is wrong.
 */
import { allToThaiDigits, toArabicDigits } from './thai-digits.js';
import { ThaiTextError } from './thai-text-error.js';

export interface ThaiTime {
  /** 0–23. */
  readonly hour: number;
  /** 0–59. */
  readonly minute: number;
}

export interface FormatThaiTimeOptions {
  /** Default 'thai'. */
  readonly digits?: 'thai' | 'arabic';
  /** Append ` น.`; default true. */
  readonly suffix?: boolean;
}

export interface ParsedThaiTime {
  readonly start: ThaiTime;
  readonly end?: ThaiTime;
}

export function isValidThaiTime(time: ThaiTime): boolean {
  return Number.isInteger(time.hour) && Number.isInteger(time.minute) && time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59;
}

function invalidTime(input: string, en: string, th: string): never {
  throw new ThaiTextError('invalid_time', input, `Cannot read "${input}" as a time: ${en}`, `อ่าน "${input}" เป็นเวลาไม่ได้: ${th}`);
}

function clock(time: ThaiTime): string {
  if (!isValidThaiTime(time)) {
    invalidTime(`${time.hour}.${time.minute}`, 'the hour must be 0–23 and the minute 0–59.', 'ชั่วโมงต้องเป็น ๐–๒๓ และนาทีต้องเป็น ๐–๕๙');
  }
  return `${String(time.hour).padStart(2, '0')}.${String(time.minute).padStart(2, '0')}`;
}

function finish(text: string, options: FormatThaiTimeOptions): string {
  const withSuffix = options.suffix === false ? text : `${text} น.`;
  return options.digits === 'arabic' ? withSuffix : allToThaiDigits(withSuffix);
}

/** `๐๙.๓๐ น.` for { hour: 9, minute: 30 }. */
export function formatThaiTime(time: ThaiTime, options: FormatThaiTimeOptions = {}): string {
  return finish(clock(time), options);
}

/** `๐๙.๓๐ - ๑๒.๐๐ น.`: hyphen with spaces, suffix once at the end. */
export function formatThaiTimeRange(start: ThaiTime, end: ThaiTime, options: FormatThaiTimeOptions = {}): string {
  return finish(`${clock(start)} - ${clock(end)}`, options);
}

/** Source of one clock reading `hh.mm` / `hh:mm` on Arabic digits, shared with the scanner. */
export const CLOCK_SOURCE = String.raw`(\d{1,2})\s?[.:]\s?(\d{2})`;
/** Suffix น. or นาฬิกา. */
export const TIME_SUFFIX_SOURCE = String.raw`(?:น\.|นาฬิกา)`;
/** Range separators: hyphen, en dash, em dash, minus, ถึง. */
export const RANGE_SEPARATOR_SOURCE = String.raw`(?:-|–|—|−|ถึง)`;

const TIME_SHAPE = new RegExp(
  String.raw`^(?:เวลา\s*)?${CLOCK_SOURCE}\s*(?:${TIME_SUFFIX_SOURCE}\s*)?(?:${RANGE_SEPARATOR_SOURCE}\s*${CLOCK_SOURCE}\s*(?:${TIME_SUFFIX_SOURCE})?)?$`,
);

/** Checks hour/minute digit strings; throws ThaiTextError `invalid_time` naming `input`. */
export function interpretClock(hourText: string, minuteText: string, input: string): ThaiTime {
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23) invalidTime(input, `hour ${hour} does not exist; hours run 00–23.`, `ไม่มีชั่วโมงที่ ${allToThaiDigits(String(hour))} ชั่วโมงต้องเป็น ๐๐–๒๓`);
  if (minute > 59) invalidTime(input, `minute ${minute} does not exist; minutes run 00–59.`, `ไม่มีนาทีที่ ${allToThaiDigits(String(minute))} นาทีต้องเป็น ๐๐–๕๙`);
  return { hour, minute };
}

/**
 * Reads `๐๙.๓๐ น.`, `09.30`, `10:00`, `๐๙.๓๐ - ๑๒.๐๐ น.`, `๐๘.๐๐ – ๐๘.๓๐ น.`, `เวลา ๙.๓๐ ถึง ๑๒.๐๐ นาฬิกา`.
 * Throws ThaiTextError `invalid_time` for unreadable text and for 25.00 or 09.75.
 */
export function parseThaiTime(text: string): ParsedThaiTime {
  const normalized = toArabicDigits(text).replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  const m = TIME_SHAPE.exec(normalized);
  if (!m) {
    invalidTime(text, 'expected hh.mm with optional น., or a range such as ๐๙.๓๐ - ๑๒.๐๐ น.', 'ต้องเขียนเป็น ชช.นน น. หรือช่วงเวลา เช่น ๐๙.๓๐ - ๑๒.๐๐ น.');
  }
  const start = interpretClock(m[1] ?? '', m[2] ?? '', text);
  if (m[3] === undefined) return { start };
  return { start, end: interpretClock(m[3], m[4] ?? '', text) };
}
