/**
 * rules — signer_authority_mismatch: the final signing authority must head the issuing office
 * (spec §1.3: the owner agency matches the level of the signer). Known office forms map to their head:
 * กรม<X> ↔ อธิบดีกรม<X>, ศาลากลางจังหวัด<X> ↔ ผู้ว่าราชการจังหวัด<X>, ที่ว่าการอำเภอ<X> ↔ นายอำเภอ<X>,
 * สำนักงานปลัดกระทรวง<X> ↔ ปลัดกระทรวง<X>, กระทรวง<X> ↔ รัฐมนตรีว่าการ/ปลัดกระทรวง<X>. Other offices are not judged.
 * External letters only: a memo's ส่วนราชการ is the unit that owns the matter, and a memo is signed by
 * whoever writes it, often an official of that unit reporting to its head (spec §1.4), so it claims no
 * authority of the office it names.
 */
import { quote } from '../message-kit.js';
import { compact, finalAuthority } from '../final-authority.js';
import { defineRule } from '../rule.js';

interface OfficeForm {
  readonly office: RegExp;
  /** Heads whose position must start with one of these, given the office's captured name. */
  readonly heads: (name: string) => readonly string[];
  /** For offices named by a place: the same head of another place is left to province_mismatch. */
  readonly role?: string;
}

const FORMS: readonly OfficeForm[] = [
  { office: /^(?:ศาลากลาง)?จังหวัด(.+)$/u, heads: (x) => [`ผู้ว่าราชการจังหวัด${x}`], role: 'ผู้ว่าราชการจังหวัด' },
  { office: /^ที่ว่าการอำเภอ(.+)$/u, heads: (x) => [`นายอำเภอ${x}`], role: 'นายอำเภอ' },
  { office: /^สำนักงานปลัดกระทรวง(.+)$/u, heads: (x) => [`ปลัดกระทรวง${x}`] },
  { office: /^สำนักงานปลัดสำนักนายกรัฐมนตรี$/u, heads: () => ['ปลัดสำนักนายกรัฐมนตรี'] },
  { office: /^กระทรวง(.+)$/u, heads: (x) => [`รัฐมนตรีว่าการกระทรวง${x}`, `ปลัดกระทรวง${x}`] },
  { office: /^(กรม.+)$/u, heads: (x) => [`อธิบดี${x}`] },
];

export const signerAuthorityMismatch = defineRule({
  code: 'signer_authority_mismatch',
  severity: 'error',
  severityReason:
    'A letter issued in the name of an office must be signed by, or on behalf of, the head of that office; otherwise the letter claims an authority its signer does not hold.',
  title: 'Final signing authority is not the head of the issuing office',
  description:
    'The last position of the signature block (the signer\'s own, or the last principal of the acting chain) must be the head of the issuing office: กรม<X> ↔ อธิบดีกรม<X>, ศาลากลางจังหวัด<X> ↔ ผู้ว่าราชการจังหวัด<X>, ที่ว่าการอำเภอ<X> ↔ นายอำเภอ<X>, สำนักงานปลัดกระทรวง<X> ↔ ปลัดกระทรวง<X>. Offices of other forms are not judged; the same head of another province is left to province_mismatch. External letters only: a memo (บันทึกข้อความ), whose ส่วนราชการ is the owner unit and whose writer signs it, is not checked.',
  exampleBad: 'กรมการพัฒนาชุมชน … ผู้อำนวยการสำนักส่งเสริมภูมิปัญญาท้องถิ่นและวิสาหกิจชุมชน',
  exampleGood: 'กรมการพัฒนาชุมชน … ผู้อำนวยการสำนักส่งเสริมภูมิปัญญาท้องถิ่นและวิสาหกิจชุมชน ปฏิบัติราชการแทน อธิบดีกรมการพัฒนาชุมชน',
  reads: ['kind', 'office', 'signer'],
  check: ({ circular }) => {
    if (circular.kind !== 'external') return [];
    const officeName = circular.office.name.trim().split(/\s+/u)[0] ?? '';
    const authority = finalAuthority(circular.signer);
    const position = compact(authority.position);
    for (const form of FORMS) {
      const name = form.office.exec(officeName)?.[1] ?? (form.office.test(officeName) ? '' : undefined);
      if (name === undefined) continue;
      const heads = form.heads(name).map(compact);
      if (heads.includes(position)) return [];
      if (form.role !== undefined && position.startsWith(form.role)) return [];
      const head = form.heads(name)[0] ?? '';
      return [
        {
          path: authority.path,
          message: `The letter is issued by ${quote(circular.office.name)} but its final signing authority is ${quote(authority.position)}; it must be signed by or on behalf of ${quote(head)} (e.g. "… ปฏิบัติราชการแทน ${head}").`,
          messageTh: `หนังสือออกในนาม ${quote(circular.office.name)} แต่ผู้มีอำนาจลงนามคือ ${quote(authority.position)} ต้องลงนามโดยหรือแทน ${quote(head)} (เช่น "… ปฏิบัติราชการแทน ${head}")`,
        },
      ];
    }
    return [];
  },
});
