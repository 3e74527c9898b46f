/**
 * thai — finds Thai dates in free text for the validator (leaf module).
 * Finds วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕, ๑๘ มิ.ย. ๖๒, ranges (๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓,
 * ๑๖ - ๓๑ ตุลาคม ๒๕๖๓) and month-year mentions (มิถุนายน ๒๕๖๖). Never throws: an
 * impossible date (๓๑ กุมภาพันธ์ ๒๕๖๕) becomes an entry with `error` instead of `date`.
 */
import type { CalendarDate } from './calendar-date.js';
import { interpretThaiDate, type ParsedThaiDate, type ThaiDateParts } from './parse-thai-date.js';
import { commonEraYear } from './buddhist-era.js';
import { thaiMonthNumber } from './thai-calendar-names.js';
import { toArabicDigits } from './thai-digits.js';
import { isThaiTextError, type ThaiTextErrorCode } from './thai-text-error.js';
import type { ThaiWeekday } from './thai-weekday.js';
import { DIGIT, ERA_SOURCE, MONTH_SOURCE, NUMBER_START, WEEKDAY_SOURCE } from './scan-patterns.js';

export interface ThaiTextProblem {
  readonly code: ThaiTextErrorCode;
  readonly message: string;
  readonly messageTh: string;
}

export interface ThaiDateMatch {
  /** UTF-16 offset of the match in the scanned text. */
  readonly index: number;
  readonly length: number;
  /** The matched text, including any วัน…ที่ prefix. */
  readonly text: string;
  /** 'date' for day-month-year, 'month' for a month-year mention such as มิถุนายน ๒๕๖๖. */
  readonly kind: 'date' | 'month';
  /** The date, when kind is 'date' and the date exists. */
  readonly date?: CalendarDate;
  /** CE year and month 1–12 of a 'month' mention. */
  readonly month?: { readonly year: number; readonly month: number };
  /** Weekday named in the text (วันพุธที่ …); compare with thaiWeekday(date). */
  readonly writtenWeekday?: ThaiWeekday;
  /** Set for the two ends of a range; the start takes its year from the end. */
  readonly range?: 'start' | 'end';
  /** True when the year was not written here but taken from the end of a range. */
  readonly yearInferred?: boolean;
  /** Why the text is not a real date (invalid_date, unreadable_date …). */
  readonly error?: ThaiTextProblem;
}

const DATE_PATTERN = new RegExp(
  String.raw`(?:วัน(?<weekday>${WEEKDAY_SOURCE})?\s?ที่\s{0,3})?${NUMBER_START}(?<day>${DIGIT}{1,2})(?!${DIGIT})\s{0,3}(?<month>${MONTH_SOURCE})(?:\s{0,3}(?:(?<era>${ERA_SOURCE})\s{0,3})?(?<year>${DIGIT}{4}|${DIGIT}{2})(?!${DIGIT}))?`,
  'g',
);
const MONTH_YEAR_PATTERN = new RegExp(
  String.raw`(?:เดือน\s?)?(?<month>${MONTH_SOURCE})\s{0,3}(?:(?<era>${ERA_SOURCE})\s{0,3})?(?<year>${DIGIT}{4})(?!${DIGIT})`,
  'g',
);
const RANGE_BETWEEN = /^\s{0,3}(?:-|–|—|−|ถึง)\s{0,3}$/;
const DAY_RANGE_BEFORE = new RegExp(String.raw`${NUMBER_START}(${DIGIT}{1,2})\s{0,3}(?:-|–|—|−|ถึง)\s{0,3}$`);

interface RawDate {
  readonly index: number;
  readonly text: string;
  readonly parts: ThaiDateParts;
}

type Outcome = { readonly parsed: ParsedThaiDate } | { readonly error: ThaiTextProblem };

function interpret(parts: ThaiDateParts, input: string): Outcome {
  try {
    return { parsed: interpretThaiDate(parts, input) };
  } catch (e) {
    if (isThaiTextError(e)) return { error: { code: e.code, message: e.message, messageTh: e.messageTh } };
    throw e;
  }
}

function entry(
  raw: { readonly index: number; readonly text: string },
  outcome: Outcome,
  extra: { range?: 'start' | 'end'; yearInferred?: boolean } = {},
): ThaiDateMatch {
  const base = { index: raw.index, length: raw.text.length, text: raw.text, kind: 'date' as const, ...extra };
  if ('error' in outcome) return { ...base, error: outcome.error };
  const { date, writtenWeekday } = outcome.parsed;
  return writtenWeekday === undefined ? { ...base, date } : { ...base, date, writtenWeekday };
}

/** Year text for the start of a range, moving back a year when the start month is later (ธ.ค. - ม.ค.). */
function startYearParts(start: ThaiDateParts, end: ThaiDateParts): ThaiDateParts {
  const startMonth = thaiMonthNumber(start.month);
  const endMonth = thaiMonthNumber(end.month);
  const endYearDigits = toArabicDigits(end.year);
  let year = Number(endYearDigits);
  if (startMonth !== undefined && endMonth !== undefined && startMonth > endMonth) year -= 1;
  return { ...start, era: end.era, year: String(year).padStart(endYearDigits.length, '0') };
}

export function findThaiDates(text: string): ThaiDateMatch[] {
  const raws: RawDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const g = m.groups ?? {};
    const day = g['day'] ?? '';
    raws.push({
      index: m.index,
      text: m[0],
      parts: { weekday: g['weekday'], day, month: g['month'] ?? '', era: g['era'], year: g['year'] ?? '' },
    });
  }
  const results: ThaiDateMatch[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    if (raw === undefined) continue;
    if (raw.parts.year === '') {
      // Only a range gives a year-less date its year: ๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓.
      const next = raws[i + 1];
      const between = next === undefined ? '' : text.slice(raw.index + raw.text.length, next.index);
      if (next !== undefined && next.parts.year !== '' && RANGE_BETWEEN.test(between)) {
        const parts = startYearParts(raw.parts, next.parts);
        results.push(entry(raw, interpret(parts, `${raw.text} ${parts.year}`), { range: 'start', yearInferred: true }));
        results.push(entry(next, interpret(next.parts, next.text), { range: 'end' }));
        i++;
      }
      continue;
    }
    // Day range with one month: ๑๖ - ๓๑ ตุลาคม ๒๕๖๓.
    const before = DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, raw.index - 12), raw.index));
    if (before?.[1] !== undefined && raw.parts.weekday === undefined && !raw.text.startsWith('วัน')) {
      const startIndex = raw.index - before[0].length;
      const startText = before[1];
      const parts: ThaiDateParts = { day: startText, month: raw.parts.month, era: raw.parts.era, year: raw.parts.year };
      results.push(
        entry({ index: startIndex, text: startText }, interpret(parts, `${startText} ${raw.parts.month} ${raw.parts.year}`), {
          range: 'start',
          yearInferred: true,
        }),
      );
      results.push(entry(raw, interpret(raw.parts, raw.text), { range: 'end' }));
      continue;
    }
    results.push(entry(raw, interpret(raw.parts, raw.text)));
  }
  const covered = raws.map((r) => [r.index, r.index + r.text.length] as const);
  for (const m of text.matchAll(MONTH_YEAR_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some(([a, b]) => start < b && a < end)) continue;
    const g = m.groups ?? {};
    const month = thaiMonthNumber(g['month'] ?? '');
    const yearDigits = Number(toArabicDigits(g['year'] ?? ''));
    const ce = g['era']?.startsWith('ค') === true;
    if (month === undefined) continue;
    const year = ce ? yearDigits : commonEraYear(yearDigits, month);
    if (year === undefined) continue;
    results.push({
      index: start,
      length: m[0].length,
      text: m[0],
      kind: 'month',
      month: { year, month },
    });
  }
  return results.sort((a, b) => a.index - b.index);
}
