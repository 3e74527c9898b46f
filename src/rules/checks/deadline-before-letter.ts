/**
 * rules — deadline_before_letter: a deadline (ภายใน…, ก่อน…, ไม่เกิน…) or a meeting date (ในวัน… near
 * ประชุม, อบรม, รายงานตัว …) in the letter's text that falls before the letter date asks for the impossible.
 * Past events (เมื่อวันที่, ลงวันที่) carry no such cue, and the recap paragraph (ตามที่… / ตามหนังสือ… นั้น)
 * is skipped because it retells the earlier letter. A letter date without its day is compared by month.
 */
import type { LetterDate } from '../../model/circular-types.js';
import { compareDates } from '../../thai/index.js';
import { letterDateText, quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { letterTexts } from '../text-fields.js';
import { textDates, type TextDate } from '../text-dates.js';

const DEADLINE_CUE = /(?:ภายใน|ก่อน|ไม่เกิน|ไม่เกินกว่า|ไม่ช้ากว่า|จนถึง)\s*$/u;
const APPOINTMENT_CUE = /ใน\s*$/u;
const EVENT_WORDS = /ประชุม|อบรม|สัมมนา|รายงานตัว|ชี้แจง|จัดงาน|เข้าร่วม|นัดหมาย|สอบ|คัดเลือก/u;
const RECAP = /^\s*ตาม(?:ที่|หนังสือ)/u;

type Kind = 'deadline' | 'meeting';

/**
 * How far back the event word (ประชุม …) may stand from the date: a Thai sentence names the meeting, then its
 * venue, chair and agenda before the date (a real letter puts ประชุม 215 characters before it); 200 was too short. The window never leaves the paragraph.
 */
const EVENT_WINDOW = 500;

function kindOf({ piece, match }: TextDate): Kind | undefined {
  if (RECAP.test(piece.text)) return undefined;
  const before = piece.text.slice(Math.max(0, match.index - EVENT_WINDOW), match.index);
  if (DEADLINE_CUE.test(before)) return 'deadline';
  if (match.text.startsWith('วัน') && APPOINTMENT_CUE.test(before) && EVENT_WORDS.test(before)) return 'meeting';
  return undefined;
}

/** True when the mention lies wholly before the letter date (compared by month when either has no day). */
function beforeLetter({ match }: TextDate, letter: LetterDate): boolean {
  const monthKey = (year: number, month: number): number => year * 12 + month;
  if (match.date !== undefined) {
    if (letter.day === undefined) return monthKey(match.date.year, match.date.month) < monthKey(letter.year, letter.month);
    return compareDates(match.date, { year: letter.year, month: letter.month, day: letter.day }) < 0;
  }
  if (match.month !== undefined) return monthKey(match.month.year, match.month.month) < monthKey(letter.year, letter.month);
  return false;
}

function shown(found: TextDate): string {
  const { match } = found;
  if (match.month !== undefined) return letterDateText(match.month);
  return match.text;
}

export const deadlineBeforeLetter = defineRule({
  code: 'deadline_before_letter',
  severity: 'error',
  severityReason: 'A deadline or meeting already past when the letter is dated cannot be met; the date is almost certainly mistyped (wrong month or year).',
  title: 'Deadline or meeting before the letter date',
  description:
    'A deadline (ภายใน, ก่อน, ไม่เกิน, จนถึง + date) or a meeting date (ในวัน… in a sentence about a meeting, training, briefing or reporting) in the subject or body must not fall before the letter date. Past events (เมื่อวันที่, ลงวันที่) and the opening recap paragraph (ตามที่… นั้น) are not deadlines. When the letter date has no day, only an earlier month counts.',
  exampleBad: '(letter dated ๒๓ ธันวาคม ๒๕๖๕) … ส่งรายชื่อให้จังหวัดภายในวันที่ ๒๐ ธันวาคม ๒๕๖๕',
  exampleGood: '(letter dated ๒๓ ธันวาคม ๒๕๖๕) … ส่งรายชื่อให้จังหวัดภายในวันที่ ๒๘ ธันวาคม ๒๕๖๕',
  reads: ['date'],
  check: ({ circular, texts }) =>
    textDates(letterTexts(texts)).flatMap((found): RuleFinding[] => {
      const kind = kindOf(found);
      if (kind === undefined || !beforeLetter(found, circular.date)) return [];
      const letter = letterDateText(circular.date);
      const what = kind === 'deadline' ? 'deadline' : 'meeting date';
      const whatTh = kind === 'deadline' ? 'กำหนดเวลา' : 'วันประชุม/นัดหมาย';
      return [
        {
          path: found.path,
          message: `The ${what} ${quote(shown(found))} falls before the letter date ${letter}; correct the date (often the month or the year is wrong).`,
          messageTh: `${whatTh} ${quote(shown(found))} อยู่ก่อนวันที่ของหนังสือ (${letter}) ให้แก้วันที่ให้ถูกต้อง (มักพิมพ์เดือนหรือปีผิด)`,
        },
      ];
    }),
});
