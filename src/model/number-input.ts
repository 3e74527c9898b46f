/**
 * model — numbers in friendly input: JSON numbers or text in Thai or Arabic digits (`๑`, `12`, `๑,๕๐๐`).
 * Digit handling is the Thai kit's (parseThaiNumber); this module only adapts it to zod and
 * reports a value that is not a number with the model's own diagnostic.
 */
import { z } from 'zod';
import { parseThaiNumber } from '../thai/index.js';
import { describeValue } from './model-diagnostic.js';
import { reportIssue } from './schema-kit.js';

function readNumber(value: number | string, ctx: z.core.$RefinementCtx): number {
  if (typeof value === 'number') return value;
  let parsed: number | undefined;
  try {
    parsed = parseThaiNumber(value);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !Number.isFinite(parsed)) {
    reportIssue(ctx, value, {
      code: 'invalid_type',
      message: `Expected a number (Thai or Arabic digits); got ${describeValue(value)}.`,
      messageTh: `ต้องเป็นตัวเลข (เลขไทยหรือเลขอารบิก) แต่ได้รับ ${describeValue(value)}`,
    });
    return Number.NaN;
  }
  return parsed;
}

/** A whole number of at least 1: a column span, a quantity. */
export const wholeNumber = z.union([z.number(), z.string()]).transform((value, ctx): number => {
  const n = readNumber(value, ctx);
  if (Number.isNaN(n)) return n;
  if (!Number.isInteger(n) || n < 1) {
    reportIssue(ctx, value, {
      code: 'invalid_input',
      message: `Expected a whole number of at least 1; got ${describeValue(value)}.`,
      messageTh: `ต้องเป็นจำนวนเต็มตั้งแต่ ๑ ขึ้นไป แต่ได้รับ ${describeValue(value)}`,
    });
  }
  return n;
});
