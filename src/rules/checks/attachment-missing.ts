/**
 * rules — attachment_missing: the text cites สิ่งที่ส่งมาด้วย N (or a range/list such as ๑ - ๒,
 * ๑ – ๓ หรือ ๒) and attachment N is not listed; an unnumbered citation needs at least one attachment.
 * A memo without สิ่งที่ส่งมาด้วย lines is not checked: form แบบที่ 2 has no such heading, so a memo
 * names its attachments in the text (spec §1.4 row 8) and there is no list to check against.
 */
import { toThaiDigits } from '../../thai/index.js';
import { attachmentCitations } from '../citations.js';
import { quote, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { letterTexts } from '../text-fields.js';

export const attachmentMissing = defineRule({
  code: 'attachment_missing',
  severity: 'error',
  severityReason: 'The recipient is told to act on a document that is not in the envelope; the letter cannot be acted on as sent.',
  title: 'Text cites an attachment that is not listed',
  description:
    'Every number the text cites after สิ่งที่ส่งมาด้วย (single numbers, lists with และ/หรือ/commas, ranges with - – ถึง) must be an attachment listed under สิ่งที่ส่งมาด้วย; an unnumbered "ตามสิ่งที่ส่งมาด้วย" or "ตามแบบที่ส่งมาด้วย" needs at least one. A memo (บันทึกข้อความ) is checked only when it lists attachments, since its form names them in the text.',
  exampleBad: 'สิ่งที่ส่งมาด้วย ๑. กรอบแนวทาง… ๒. แผนการดำเนินการ… … รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ – ๓',
  exampleGood: 'สิ่งที่ส่งมาด้วย ๑. กรอบแนวทาง… ๒. แผนการดำเนินการ… … รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒',
  reads: ['kind', 'attachments', 'subject', 'body'],
  check: ({ circular, texts }) => {
    const count = circular.attachments.length;
    if (circular.kind === 'memo' && count === 0) return [];
    return attachmentCitations(letterTexts(texts)).flatMap((citation): RuleFinding[] => {
      const missing = citation.numbers === undefined ? (count === 0 ? [1] : []) : citation.numbers.filter((n) => n > count || n < 1);
      if (missing.length === 0) return [];
      const which = citation.numbers === undefined ? '' : ` (item ${missing.join(', ')})`;
      const whichTh = citation.numbers === undefined ? '' : ` (รายการที่ ${toThaiDigits(missing.join(', '))})`;
      return [
        {
          path: citation.path,
          message: `The text cites ${quote(citation.text)}${which} but the letter lists ${count === 0 ? 'no attachment' : `only ${count} attachment(s)`} under สิ่งที่ส่งมาด้วย; add the attachment or correct the citation.`,
          messageTh: `ข้อความอ้าง ${quote(citation.text)}${whichTh} แต่หนังสือ${count === 0 ? 'ไม่มีสิ่งที่ส่งมาด้วย' : `มีสิ่งที่ส่งมาด้วยเพียง ${thaiCount(count)} รายการ`} ให้เพิ่มสิ่งที่ส่งมาด้วยหรือแก้ข้อความที่อ้าง`,
        },
      ];
    });
  },
});
