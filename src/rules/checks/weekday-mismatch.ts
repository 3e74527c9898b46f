/**
 * rules — weekday_mismatch: a weekday written with a date (วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕) must be that
 * date's weekday. Seed 002 writes วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕, a Sunday. Checked in every piece of text,
 * free text included; the weekday is computed by the Thai kit without the host clock.
 */
import { thaiWeekday } from '../../thai/index.js';
import { dateWithIso, quote, thaiDate } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { textDates } from '../text-dates.js';

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const weekdayMismatch = defineRule({
  code: 'weekday_mismatch',
  severity: 'error',
  severityReason: 'The reader cannot tell whether the weekday or the date is meant; a meeting or deadline is then missed. One of the two must be corrected.',
  title: 'Weekday does not match the date',
  description: 'Wherever the text names a weekday with a date (วัน<weekday>ที่ <day> <month> <year>), in fields or in free text, the weekday must be the one that date falls on.',
  exampleBad: 'ภายในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕',
  exampleGood: 'ภายในวันอาทิตย์ที่ ๒๕ ธันวาคม ๒๕๖๕ (or ภายในวันพุธที่ ๒๘ ธันวาคม ๒๕๖๕)',
  reads: [],
  check: ({ texts }) =>
    textDates(texts).flatMap(({ match, path }): RuleFinding[] => {
      const written = match.writtenWeekday;
      if (match.date === undefined || written === undefined) return [];
      const actual = thaiWeekday(match.date);
      if (actual.index === written.index) return [];
      return [
        {
          path,
          message: `${quote(match.text)} says ${WEEKDAY_EN[written.index] ?? written.name} (วัน${written.name}), but ${dateWithIso(match.date)} is a ${WEEKDAY_EN[actual.index] ?? actual.name} (วัน${actual.name}); correct the weekday or the date.`,
          messageTh: `${quote(match.text)} ระบุวัน${written.name} แต่วันที่ ${thaiDate(match.date)} ตรงกับวัน${actual.name} ให้แก้วันหรือวันที่ให้ตรงกัน`,
        },
      ];
    }),
});
