/**
 * rules — attachment_unmentioned: an attachment the text never points the reader to, neither by a
 * citation covering its number, nor by an unnumbered ตามสิ่งที่ส่งมาด้วย, nor by its title.
 */
import { attachmentCitations } from '../citations.js';
import { quote, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { letterTexts } from '../text-fields.js';

export const attachmentUnmentioned = defineRule({
  code: 'attachment_unmentioned',
  severity: 'warning',
  severityReason:
    'The attachment is in the envelope, so nothing is lost; the text simply does not tell the reader what it is for. Worth fixing, never worth blocking.',
  title: 'Attachment the text never mentions',
  description:
    'Each attachment listed under สิ่งที่ส่งมาด้วย should be pointed to by the text: ตามสิ่งที่ส่งมาด้วย (all), สิ่งที่ส่งมาด้วย N or a range covering N, or its title.',
  exampleBad: 'สิ่งที่ส่งมาด้วย ๑. … ๒. แผนการดำเนินการคัดสรรฯ … รายละเอียดตามสิ่งที่ส่งมาด้วย ๑',
  exampleGood: 'สิ่งที่ส่งมาด้วย ๑. … ๒. แผนการดำเนินการคัดสรรฯ … รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒',
  reads: ['attachments', 'subject', 'body'],
  check: ({ circular, texts }) => {
    if (circular.attachments.length === 0) return [];
    const pieces = letterTexts(texts);
    const citations = attachmentCitations(pieces);
    if (citations.some((c) => c.numbers === undefined)) return [];
    const cited = new Set(citations.flatMap((c) => c.numbers ?? []));
    const body = pieces.map((p) => p.text).join(' ');
    return circular.attachments.flatMap((attachment, i): RuleFinding[] => {
      if (cited.has(i + 1) || body.includes(attachment.title)) return [];
      return [
        {
          path: ['attachments', i],
          message: `Attachment ${i + 1} (${quote(attachment.title)}) is never mentioned in the text; point the reader to it, e.g. "รายละเอียดตามสิ่งที่ส่งมาด้วย ${i + 1}".`,
          messageTh: `ข้อความไม่ได้กล่าวถึงสิ่งที่ส่งมาด้วยรายการที่ ${thaiCount(i + 1)} (${quote(attachment.title)}) ให้อ้างถึงในข้อความ เช่น "รายละเอียดตามสิ่งที่ส่งมาด้วย ${thaiCount(i + 1)}"`,
        },
      ];
    });
  },
});
