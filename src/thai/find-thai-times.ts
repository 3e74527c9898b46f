/**
 * thai — finds clock times in free text for the validator (leaf module).
 * A time needs the suffix น./นาฬิกา or the word เวลา before it, so section numbers and
 * decimals are not taken for times. Never throws: 25.00 น. becomes an entry with `error`,
 * and start/end then hold the numbers as written.
 */
import { interpretClock, type ThaiTime } from './thai-time.js';
import { toArabicDigits } from './thai-digits.js';
import { isThaiTextError } from './thai-text-error.js';
import type { ThaiTextProblem } from './find-thai-dates.js';
import { DIGIT, NUMBER_START } from './scan-patterns.js';

export interface ThaiTimeMatch {
  /** Offset of the first clock reading (after any เวลา). */
  readonly index: number;
  readonly length: number;
  readonly text: string;
  readonly start: ThaiTime;
  readonly end?: ThaiTime;
  /** invalid_time for 25.00 or 09.75. */
  readonly error?: ThaiTextProblem;
}

const clock = (n: 1 | 2): string => String.raw`(?<h${n}>${DIGIT}{1,2})[.:](?<m${n}>${DIGIT}{2})(?!${DIGIT})`;
const SUFFIX = String.raw`(?:น\.|นาฬิกา)`;
const TIME_PATTERN = new RegExp(
  String.raw`(?<pre>เวลา\s{0,3})?${NUMBER_START}${clock(1)}(?:\s{0,3}(?<s1>${SUFFIX}))?(?:\s{0,3}(?:-|–|—|−|ถึง)\s{0,3}${clock(2)}(?:\s{0,3}(?<s2>${SUFFIX}))?)?`,
  'g',
);

function raw(hour: string, minute: string): ThaiTime {
  return { hour: Number(toArabicDigits(hour)), minute: Number(toArabicDigits(minute)) };
}

export function findThaiTimes(text: string): ThaiTimeMatch[] {
  const results: ThaiTimeMatch[] = [];
  for (const m of text.matchAll(TIME_PATTERN)) {
    const g = m.groups ?? {};
    if (g['pre'] === undefined && g['s1'] === undefined && g['s2'] === undefined) continue;
    const offset = g['pre']?.length ?? 0;
    const matched = m[0].slice(offset);
    const base = { index: m.index + offset, length: matched.length, text: matched };
    const [h1 = '', m1 = '', h2, m2] = [g['h1'], g['m1'], g['h2'], g['m2']];
    const start = raw(h1, m1);
    const end = h2 === undefined ? undefined : raw(h2, m2 ?? '');
    try {
      interpretClock(String(start.hour), String(start.minute), matched);
      if (end !== undefined) interpretClock(String(end.hour), String(end.minute), matched);
      results.push(end === undefined ? { ...base, start } : { ...base, start, end });
    } catch (e) {
      if (!isThaiTextError(e)) throw e;
      const error = { code: e.code, message: e.message, messageTh: e.messageTh };
      results.push(end === undefined ? { ...base, start, error } : { ...base, start, end, error });
    }
  }
  return results;
}
