/**
 * rules — attachment_without_quantity: every สิ่งที่ส่งมาด้วย line states how much is sent (จำนวน ๑ ชุด), spec §1.3
 * item 8, so the recipient can check the envelope; an attachment sent another way (sentBy) still states it.
 */
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

export const attachmentWithoutQuantity = defineRule({
  code: 'attachment_without_quantity',
  severity: 'warning',
  severityReason: 'The recipient cannot check that everything arrived; the letter is still understood, so it is a warning.',
  title: 'Attachment without quantity',
  description:
    'Each สิ่งที่ส่งมาด้วย line names the document and its quantity and unit (จำนวน ๑ ชุด, ๒ ฉบับ), spec §1.3 item 8; a line without a quantity is reported.',
  exampleBad: 'สิ่งที่ส่งมาด้วย แบบรายงานผลการดำเนินงาน',
  exampleGood: 'สิ่งที่ส่งมาด้วย แบบรายงานผลการดำเนินงาน จำนวน ๑ ชุด',
  reads: ['attachments'],
  check: ({ circular }) =>
    circular.attachments.flatMap((attachment, i): RuleFinding[] =>
      attachment.quantity !== undefined
        ? []
        : [
            {
              path: ['attachments', i],
              message: `Attachment ${i + 1} ${quote(attachment.title)} gives no quantity; add it, e.g. "จำนวน ๑ ชุด".`,
              messageTh: `สิ่งที่ส่งมาด้วยรายการที่ ${i + 1} ${quote(attachment.title)} ไม่ระบุจำนวน ให้ระบุ เช่น "จำนวน ๑ ชุด"`,
            },
          ],
    ),
});
