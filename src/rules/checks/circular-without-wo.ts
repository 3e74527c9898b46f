/**
 * rules — circular_without_wo: a letter sent to a whole group (ทุกจังหวัด, ทุกอำเภอ, ทุกส่วนราชการ …)
 * is a หนังสือเวียน and takes a number of the circular series, with ว before the running number
 * (spec §1.10). Evidence: the addressee, the copies-to list, and recipient phrases of the body
 * ("แจ้งทุกอำเภอ", "นายอำเภอทุกอำเภอ"); "ทุกหน่วยงานที่เกี่ยวข้อง" in passing is not a recipient.
 * External letters only: a memo goes to a position inside its own agency and is numbered in the
 * agency's internal register, not the circular series of outgoing letters.
 */
import { numberText, quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';

const GROUPS = 'จังหวัด|อำเภอ|ตำบล|หมู่บ้าน|หน่วยงาน|ส่วนราชการ|กระทรวง|กรม|องค์กรปกครองส่วนท้องถิ่น|เขต|สำนักงาน|โรงเรียน|สถานศึกษา';

/** In the addressee or copies-to line, any ทุก<group> or a (เวียน …) list names a group. */
const ADDRESSEE_GROUP = new RegExp(`ทุก\\s*(?:${GROUPS})|^\\(?\\s*เวียน|ตามบัญชีแนบท้าย|ตามรายชื่อแนบท้าย|ตามบัญชีรายชื่อ`, 'u');

/** In the body, only when the group is the receiver of the request. */
const BODY_GROUP = new RegExp(
  `(?:เรียน|ถึง|แจ้ง(?:เวียน)?|เวียน(?:แจ้ง)?|ขอให้|ส่ง(?:ถึง|ให้)?|ผู้ว่าราชการจังหวัด|นายอำเภอ|หัวหน้าส่วนราชการ|อธิบดี)\\s*ทุก\\s*(?:${GROUPS})(?!\\S*ที่เกี่ยวข้อง)`,
  'u',
);

const WHERE: Readonly<Record<string, { readonly en: string; readonly th: string }>> = {
  addressee: { en: 'in the addressee', th: 'ในคำขึ้นต้น' },
  copiesTo: { en: 'in the copies-to list', th: 'ในสำเนาส่ง' },
  body: { en: 'in the body', th: 'ในข้อความ' },
};

export const circularWithoutWo = defineRule({
  code: 'circular_without_wo',
  severity: 'error',
  severityReason:
    'A letter to a whole group registered in the ordinary outgoing series gets a number that clashes with the circular register (spec §1.10, confirmed); the number must be reissued before sending.',
  title: 'Letter to a whole group without ว in its number',
  description:
    'When the addressee or the copies-to list names a whole group (ทุกจังหวัด, ทุกอำเภอ, ทุกตำบล, ทุกหน่วยงาน, ทุกส่วนราชการ, (เวียน …)), or the body asks such a group to act ("ขอให้ทุกอำเภอ", "นายอำเภอทุกอำเภอ"), the letter is a หนังสือเวียน and its number must carry ว before the running number. External letters only: a memo (บันทึกข้อความ) is not checked.',
  exampleBad: 'ที่ มท ๐๔๐๘.๒/๖๐๖๘๖ … เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด',
  exampleGood: 'ที่ มท ๐๔๐๘.๒/ว ๖๐๖๘๖ … เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด',
  reads: ['kind', 'number'],
  check: ({ circular, texts }) => {
    if (circular.kind !== 'external' || circular.number.circular) return [];
    for (const piece of texts) {
      const pattern =
        piece.source === 'addressee' || piece.source === 'copiesTo' ? ADDRESSEE_GROUP : piece.source === 'body' ? BODY_GROUP : undefined;
      const match = pattern?.exec(piece.text);
      if (match === null || match === undefined) continue;
      const number = numberText(circular.number);
      const fixed = numberText({ ...circular.number, circular: true });
      const where = WHERE[piece.source] ?? WHERE['body'];
      const finding: RuleFinding = {
        path: ['number'],
        message: `The letter goes to a whole group (${quote(match[0])} ${where?.en ?? ''}) but its number ${quote(number)} has no ว; a หนังสือเวียน takes a number from the circular series, e.g. ${quote(fixed)}.`,
        messageTh: `หนังสือนี้ส่งถึงผู้รับเป็นกลุ่ม (${quote(match[0])} ${where?.th ?? ''}) จึงเป็นหนังสือเวียน แต่เลขที่ ${quote(number)} ไม่มี ว ให้ออกเลขจากทะเบียนหนังสือเวียน เช่น ${quote(fixed)}`,
        hints: [`The group is named at ${pathAt(piece, match.index).join('.')}.`],
      };
      return [finding];
    }
    return [];
  },
});
