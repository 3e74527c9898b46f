/**
 * rules — fiscal_year_mismatch: a period stated for ปีงบประมาณ X must lie inside fiscalYearRange(X)
 * (1 ตุลาคม X-1 – 30 กันยายน X, spec §6.1). A period is a range the Thai kit reads (๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓)
 * or two dates joined by ถึง/-/–; it belongs to the nearest ปีงบประมาณ mention before it in the same
 * piece (within a few lines), or right after it. Single dates (deadlines) are not periods.
 */
import { BE_OFFSET, compareDates, fiscalYearRange, toArabicDigits, type CalendarDate } from '../../thai/index.js';
import { beYearText, dateWithIso, quote, thaiDate } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { datesOf, type TextDate } from '../text-dates.js';

/** ปีงบประมาณ (พ.ศ.) X, or a span of years X - Y (a multi-year project). */
const FISCAL_YEAR = /ปีงบประมาณ\s*(?:พ\.\s?ศ\.\s*)?([0-9๐-๙]{4})(?:\s*(?:-|–|ถึง)\s*([0-9๐-๙]{4}))?(?![0-9๐-๙])/gu;
const JOIN = /^\s*(?:-|–|—|−|ถึง|จนถึง)\s*(?:วันที่\s*)?$/u;
/** How far before a period its ปีงบประมาณ may be named (a long Thai sentence). */
const LOOK_BACK = 300;
const LOOK_AHEAD = 40;

interface Period {
  readonly start: TextDate;
  readonly end: TextDate;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
}

function periodsOf(dates: readonly TextDate[], text: string): readonly Period[] {
  const out: Period[] = [];
  for (let i = 0; i + 1 < dates.length; i += 1) {
    const start = dates[i];
    const end = dates[i + 1];
    if (start === undefined || end === undefined) continue;
    const startDate = start.match.date;
    const endDate = end.match.date;
    if (startDate === undefined || endDate === undefined) continue;
    const between = text.slice(start.match.index + start.match.length, end.match.index);
    const ranged = start.match.range === 'start' && end.match.range === 'end';
    if (ranged || JOIN.test(between)) {
      out.push({ start, end, startDate, endDate });
      i += 1;
    }
  }
  return out;
}

export const fiscalYearMismatch = defineRule({
  code: 'fiscal_year_mismatch',
  severity: 'warning',
  severityReason:
    'The period is tied to its ปีงบประมาณ by nearness in the sentence, which a multi-year project can defeat; the author should check, but the rule must not block a letter on a reading of the sentence.',
  title: 'Period outside its fiscal year',
  description:
    'A period (two dates joined by -, – or ถึง, or a range such as ๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓) stated for ปีงบประมาณ X must lie within 1 ตุลาคม of the previous year and 30 กันยายน of year X (for ปีงบประมาณ X - Y, from the start of X to the end of Y). The fiscal year is the nearest ปีงบประมาณ named before the period in the same paragraph, or right after it.',
  exampleBad: 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ … ระยะเวลาจ้างตั้งแต่วันที่ ๑ กันยายน - ๓๑ ธันวาคม ๒๕๖๓',
  exampleGood: 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ … ระยะเวลาจ้างตั้งแต่วันที่ ๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓',
  reads: [],
  check: ({ texts }) =>
    texts.flatMap((piece): RuleFinding[] => {
      const years = [...piece.text.matchAll(FISCAL_YEAR)].map((m) => {
        const be = Number(toArabicDigits(m[1] ?? ''));
        const last = m[2] === undefined ? be : Number(toArabicDigits(m[2]));
        return { index: m.index, end: m.index + m[0].length, be, last: last >= be ? last : be };
      });
      if (years.length === 0) return [];
      return periodsOf(datesOf(piece), piece.text).flatMap((period): RuleFinding[] => {
        const at = period.start.match.index;
        const before = years.filter((y) => y.end <= at && at - y.end <= LOOK_BACK).at(-1);
        const after = years.find((y) => y.index >= period.end.match.index + period.end.match.length && y.index - (period.end.match.index + period.end.match.length) <= LOOK_AHEAD);
        const fiscal = before ?? after;
        if (fiscal === undefined || fiscal.be - BE_OFFSET < 2 || fiscal.last - BE_OFFSET > 9999) return [];
        const range = { start: fiscalYearRange(fiscal.be).start, end: fiscalYearRange(fiscal.last).end };
        const named = fiscal.last === fiscal.be ? beYearText(fiscal.be) : `${beYearText(fiscal.be)}–${beYearText(fiscal.last)}`;
        if (compareDates(period.startDate, range.start) >= 0 && compareDates(period.endDate, range.end) <= 0) return [];
        return [
          {
            path: period.start.path,
            message: `The period ${dateWithIso(period.startDate)} – ${dateWithIso(period.endDate)} is stated for ปีงบประมาณ ${named}, which runs ${thaiDate(range.start)} – ${thaiDate(range.end)}; correct the dates or the fiscal year.`,
            messageTh: `ช่วงเวลา ${thaiDate(period.startDate)} – ${thaiDate(period.endDate)} ระบุไว้สำหรับปีงบประมาณ ${named} ซึ่งเริ่ม ${thaiDate(range.start)} ถึง ${thaiDate(range.end)} ให้แก้วันที่หรือปีงบประมาณให้ตรงกัน`,
            hints: [`Found in ${quote(piece.text.slice(Math.max(0, fiscal.index), period.end.match.index + period.end.match.length))}.`],
          },
        ];
      });
    }),
});
