/**
 * compose — the head of a บันทึกข้อความ (spec §1.4, §2.2): the heading บันทึกข้อความ, then the
 * labelled lines ส่วนราชการ (the unit, `โทร. …` and its e-mail), ที่ and วันที่ sharing one line,
 * and เรื่อง; then เรียน … and, when the memo has them, อ้างถึง and สิ่งที่ส่งมาด้วย as a letter
 * prints them. The number and the date are printed as in a letter.
 */
import type { MemoCircular, MemoOffice } from '../model/circular-types.js';
import { formatDocumentNumber } from '../model/document-number.js';
import type { ComposeContext } from './compose-context.js';
import { printDigits, printedRuns, textRuns } from './digits.js';
import { referenceAndAttachmentBlocks, salutationBlock } from './header-blocks.js';
import { LETTER_LABELS, MEMO_LABELS } from './labels.js';
import { formatLetterDate } from './letter-date.js';
import type { Block } from './tree.js';

/** No-break space: keeps a label with its value when the ส่วนราชการ line wraps. */
const NBSP = '\u00a0';

/**
 * The value after ส่วนราชการ: the unit's name, `โทร. <number>` and the e-mail, on one line.
 * Telephone digits follow the memo; the e-mail is printed exactly as written. The line often
 * wraps, so the spaces inside `โทร. <number>` and `ไปรษณีย์อิเล็กทรอนิกส์ <address>` are
 * no-break spaces: a number is never split across lines, nor a label left at a line end.
 * @example memoOfficeText({ name: 'กลุ่มงานส่งเสริมฯ', telephone: '0 4271 1554' }, 'thai') // 'กลุ่มงานส่งเสริมฯ โทร.\u00a0๐\u00a0๔๒๗๑\u00a0๑๕๕๔'
 */
export function memoOfficeText(office: MemoOffice, numerals: ComposeContext['numerals']): string {
  const parts = [printDigits(office.name, numerals)];
  const telephone = office.telephone?.trim() ?? '';
  if (telephone !== '') parts.push(`${LETTER_LABELS.telephone}${NBSP}${printDigits(telephone, numerals).replace(/\s+/gu, NBSP)}`);
  const email = office.email?.trim() ?? '';
  if (email !== '') parts.push(`${LETTER_LABELS.email}${NBSP}${email}`);
  return parts.join(' ');
}

export function memoHeadBlocks(memo: MemoCircular, context: ComposeContext): Block[] {
  const { numerals } = context;
  return [
    { type: 'memoHeading', runs: [{ text: MEMO_LABELS.heading }] },
    { type: 'memoFields', fields: [{ label: MEMO_LABELS.office, runs: printedRuns(memoOfficeText(memo.office, numerals)) }] },
    {
      type: 'memoFields',
      fields: [
        { label: MEMO_LABELS.number, runs: printedRuns(formatDocumentNumber(memo.number, { digits: numerals })) },
        { label: MEMO_LABELS.date, runs: printedRuns(formatLetterDate(memo.date, context)) },
      ],
    },
    { type: 'memoFields', fields: [{ label: MEMO_LABELS.subject, runs: textRuns(memo.subject, numerals) }] },
    salutationBlock(memo.addressee, context),
    ...referenceAndAttachmentBlocks(memo, context),
  ];
}
