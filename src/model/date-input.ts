/**
 * model — dates in friendly input, read with the Thai kit (src/thai).
 * A letter date is ISO `2020-03-18` (CE), written Thai `๑๘ มีนาคม ๒๕๖๓` (BE), month and year only for a
 * draft (`ตุลาคม ๒๕๖๓` or `2020-10`), or `{ year, month, day? }` with a CE year. A reference date must
 * have its day. Impossible dates (`31 กุมภาพันธ์ ๒๕๖๖`) give `invalid_date` naming the value.
 */
import { z } from 'zod';
import type { CalendarDate } from '../thai/calendar-date.js';
import { BE_OFFSET, commonEraYear, isThaiTextError, isValidCalendarDate, parseIsoDate, parseThaiDate, thaiMonthNumber, toArabicDigits } from '../thai/index.js';
import type { LetterDate } from './circular-types.js';
import { describeValue, modelDiagnostic } from './model-diagnostic.js';
import { inputObject, reportIssue, reportWarning } from './schema-kit.js';

export type DateTextResult<T> =
  | { readonly ok: true; readonly value: T; readonly writtenWeekday: boolean }
  | { readonly ok: false; readonly message: string; readonly messageTh: string };

const ISO_FULL = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u;
const ISO_MONTH = /^(?<year>[0-9]{4})-(?<month>[0-9]{2})$/u;

/** `ตุลาคม ๒๕๖๓`, `เดือนตุลาคม พ.ศ. ๒๕๖๓`, `ต.ค. ๒๕๖๓` → month and CE year; undefined when the text is not of that form. */
function readMonthYear(text: string): { readonly year: number; readonly month: number } | undefined {
  const match = /^(?:เดือน\s*)?(?<month>[^\s0-9๐-๙]+)\s*(?:(?:พ\.\s?ศ\.|พุทธศักราช)\s*)?(?<year>[0-9๐-๙]{4})$/u.exec(text);
  const monthName = match?.groups?.['month'];
  const yearText = match?.groups?.['year'];
  if (monthName === undefined || yearText === undefined) return undefined;
  const month = thaiMonthNumber(monthName);
  if (month === undefined) return undefined;
  const year = commonEraYear(Number(toArabicDigits(yearText)), month);
  return year === undefined ? undefined : { year, month };
}

function badDate(text: string, reason?: { readonly message: string; readonly messageTh: string }): DateTextResult<never> {
  const why = reason === undefined ? '' : ` (${reason.message})`;
  const whyTh = reason === undefined ? '' : ` (${reason.messageTh})`;
  return {
    ok: false,
    message: `${describeValue(text)} is not a valid date${why}; write it as "2020-03-18" or "๑๘ มีนาคม ๒๕๖๓".`,
    messageTh: `${describeValue(text)} ไม่ใช่วันที่ที่ถูกต้อง${whyTh} ให้เขียนแบบ "2020-03-18" หรือ "๑๘ มีนาคม ๒๕๖๓"`,
  };
}

function errorReason(error: unknown): { readonly message: string; readonly messageTh: string } | undefined {
  return isThaiTextError(error) ? { message: error.message, messageTh: error.messageTh } : undefined;
}

/**
 * A full date from text: ISO (CE) or written Thai (BE, weekday allowed).
 * @example readCalendarDateText('๑๘ มีนาคม ๒๕๖๓') // { ok: true, value: { year: 2020, month: 3, day: 18 }, writtenWeekday: false }
 */
export function readCalendarDateText(raw: string): DateTextResult<CalendarDate> {
  const text = raw.trim().replace(/\s+/gu, ' ');
  const arabic = toArabicDigits(text);
  try {
    if (ISO_FULL.test(arabic)) return { ok: true, value: parseIsoDate(arabic), writtenWeekday: false };
    const parsed = parseThaiDate(text);
    return { ok: true, value: parsed.date, writtenWeekday: parsed.writtenWeekday !== undefined };
  } catch (error) {
    return badDate(raw, errorReason(error));
  }
}

/** A letter date from text: a full date, or month and year only (a draft). */
export function readLetterDateText(raw: string): DateTextResult<LetterDate> {
  const text = raw.trim().replace(/\s+/gu, ' ');
  const arabic = toArabicDigits(text);
  const isoMonth = ISO_MONTH.exec(arabic)?.groups;
  if (isoMonth !== undefined) {
    const month = Number(isoMonth['month']);
    if (month < 1 || month > 12) return badDate(raw);
    return { ok: true, value: { year: Number(isoMonth['year']), month }, writtenWeekday: false };
  }
  const monthYear = readMonthYear(text);
  if (monthYear !== undefined) return { ok: true, value: monthYear, writtenWeekday: false };
  return readCalendarDateText(raw);
}

const dateObject = inputObject({
  year: z.number().int(),
  month: z.number().int(),
  day: z.number().int().optional(),
});

/** Checks `{ year, month, day? }`; reports `invalid_date` and returns false when it is impossible. */
function checkDateObject(
  value: { readonly year: number; readonly month: number; readonly day?: number | undefined },
  ctx: z.core.$RefinementCtx,
): boolean {
  const shown = `${value.year}-${value.month}${value.day === undefined ? '' : `-${value.day}`}`;
  if (value.year > 2400) {
    reportIssue(ctx, value, {
      code: 'invalid_date',
      message: `The year ${value.year} looks like a Buddhist-era year; the object form takes the CE year (${value.year - BE_OFFSET}), or write the date as text "… ${value.year}".`,
      messageTh: `ปี ${value.year} น่าจะเป็นปีพุทธศักราช รูปแบบออบเจกต์ต้องใช้ปีคริสต์ศักราช (${value.year - BE_OFFSET}) หรือเขียนวันที่เป็นข้อความภาษาไทย`,
    });
    return false;
  }
  const ok =
    value.month >= 1 &&
    value.month <= 12 &&
    (value.day === undefined || isValidCalendarDate(value.year, value.month, value.day));
  if (!ok) {
    reportIssue(ctx, value, {
      code: 'invalid_date',
      message: `${shown} is not a date that exists.`,
      messageTh: `${shown} ไม่ใช่วันที่ที่มีอยู่จริง`,
    });
  }
  return ok;
}

function reportText(ctx: z.core.$RefinementCtx, text: string, result: { readonly message: string; readonly messageTh: string }): void {
  reportIssue(ctx, text, { code: 'invalid_date', message: result.message, messageTh: result.messageTh });
}

/** The letter date: text or `{ year, month, day? }` (CE). A weekday in the text is dropped with a warning. */
export const LetterDateInputSchema = z.union([
  z.string().transform((text, ctx): LetterDate => {
    const result = readLetterDateText(text);
    if (!result.ok) {
      reportText(ctx, text, result);
      return { year: 1970, month: 1 };
    }
    if (result.writtenWeekday) {
      reportWarning(
        modelDiagnostic({
          code: 'letter_date_weekday',
          severity: 'warning',
          path: ['date'],
          message: `"date" ${describeValue(text)} names a weekday; the date line of a letter has none (spec §1.3), so it was left out.`,
          messageTh: `"date" (วัน เดือน ปี) ${describeValue(text)} มีชื่อวัน แต่วันที่ของหนังสือไม่ระบุวันในสัปดาห์ จึงตัดออก`,
        }),
      );
    }
    return result.value;
  }),
  dateObject.transform((value, ctx): LetterDate => {
    checkDateObject(value, ctx);
    return value.day === undefined ? { year: value.year, month: value.month } : { year: value.year, month: value.month, day: value.day };
  }),
]);

/** A full date (references): text or `{ year, month, day }` (CE). */
export const CalendarDateInputSchema = z.union([
  z.string().transform((text, ctx): CalendarDate => {
    const result = readCalendarDateText(text);
    if (!result.ok) {
      reportText(ctx, text, result);
      return { year: 1970, month: 1, day: 1 };
    }
    return result.value;
  }),
  dateObject.transform((value, ctx): CalendarDate => {
    if (value.day === undefined) {
      reportIssue(
        ctx,
        value,
        { code: 'missing_field', message: 'The date needs its day.', messageTh: 'วันที่ต้องระบุวัน' },
        ['day'],
      );
      return { year: value.year, month: value.month, day: 1 };
    }
    checkDateObject(value, ctx);
    return { year: value.year, month: value.month, day: value.day };
  }),
]);
