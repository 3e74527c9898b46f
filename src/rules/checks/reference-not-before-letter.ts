/**
 * rules — reference_not_before_letter: a cited letter must be older than the letter citing it.
 * A reference dated after the letter date is reported. The same day is accepted (a letter may answer
 * one received that morning). A draft dated by month only is compared by month.
 */
import { compareDates } from '../../thai/index.js';
import { dateWithIso, letterDateText, thaiDate, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

export const referenceNotBeforeLetter = defineRule({
  code: 'reference_not_before_letter',
  severity: 'error',
  severityReason: 'A letter cannot cite a letter written after it; the reference date or the letter date is wrong.',
  title: 'Reference dated after the letter',
  description:
    'Every อ้างถึง reference must be dated on or before the letter date. When the letter date has no day (a draft), the reference must not fall in a later month.',
  exampleBad: '๑๘ มีนาคม ๒๕๖๓ … อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๓',
  exampleGood: '๑๘ มีนาคม ๒๕๖๓ … อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒',
  reads: ['date', 'references'],
  check: ({ circular }) => {
    const letter = circular.date;
    return circular.references.flatMap((reference, i): RuleFinding[] => {
      const after =
        letter.day === undefined
          ? reference.date.year * 12 + reference.date.month > letter.year * 12 + letter.month
          : compareDates(reference.date, { year: letter.year, month: letter.month, day: letter.day }) > 0;
      if (!after) return [];
      return [
        {
          path: ['references', i, 'date'],
          message: `Reference ${i + 1} is dated ${dateWithIso(reference.date)}, after the letter date ${letterDateText(letter)}; a cited letter must be older, so correct one of the two dates.`,
          messageTh: `อ้างถึงรายการที่ ${thaiCount(i + 1)} ลงวันที่ ${thaiDate(reference.date)} ซึ่งหลังวันที่ของหนังสือฉบับนี้ (${letterDateText(letter)}) หนังสือที่อ้างถึงต้องออกก่อน ให้แก้วันที่ให้ถูกต้อง`,
        },
      ];
    });
  },
});
