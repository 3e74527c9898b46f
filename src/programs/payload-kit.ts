/**
 * programs — zod building blocks shared by the program payload schemas.
 * Text fields are one line with no leading or trailing space (they are placed inside a
 * paragraph, and the markup parser gives back exactly what went in); dates are ISO
 * `YYYY-MM-DD` read into CalendarDate; times are `HH:MM`; years are Buddhist-era numbers.
 */
import { z } from 'zod';
import type { CalendarDate } from '../thai/calendar-date.js';
import { isThaiTextError, parseIsoDate } from '../thai/index.js';

/** One line of text for a paragraph: non-empty, no control characters, no outer spaces. */
export const lineText = z
  .string()
  .min(1, 'must not be empty')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be one line with no control characters (no line breaks or tabs)')
  .refine((s) => s.trim() === s, 'must not start or end with a space');

/** `YYYY-MM-DD` (Common Era) → CalendarDate. */
export const isoDate = z.string().transform((text, ctx): CalendarDate => {
  try {
    return parseIsoDate(text);
  } catch (error) {
    if (!isThaiTextError(error)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message, input: text });
    return z.NEVER;
  }
});

/** `HH:MM`, 24-hour clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour), e.g. 09:30');

/** A Buddhist-era year such as 2565. */
export const beYear = z.number().int().min(2400, 'must be a Buddhist-era year (e.g. 2565), not a Common Era year').max(2700);

export const wholeCount = z.number().int().min(0);
export const positiveCount = z.number().int().min(1);
export const amountBaht = z.number().min(0);

/** A year window such as ๒๕๕๗–๒๕๖๔. */
export const yearWindow = z.strictObject({ from: beYear, to: beYear });

/** A start–end time pair. */
export const timeRange = z.strictObject({ start: clockTime, end: clockTime });

/** Minutes since midnight of an `HH:MM` string already checked by clockTime. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}
