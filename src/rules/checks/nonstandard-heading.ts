/**
 * rules — nonstandard_heading: the heading printed before the references must be อ้างถึง
 * (ข้อ 11, spec §1.3). Seed 000 prints อ้างอิง. Only checked when the letter has references,
 * because the heading is not printed otherwise.
 */
import { quote } from '../message-kit.js';
import { defineRule } from '../rule.js';

const STANDARD = 'อ้างถึง';

export const nonstandardHeading = defineRule({
  code: 'nonstandard_heading',
  severity: 'error',
  severityReason: 'The heading is a fixed formula of the regulation printed on the letter; a wrong one is a visible format defect that is trivial to fix.',
  title: 'Reference heading other than อ้างถึง',
  description: 'The heading of the reference lines must be exactly อ้างถึง, not อ้างอิง, อ้าง, เรื่องเดิม or anything else.',
  exampleBad: 'อ้างอิง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒',
  exampleGood: 'อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ ลงวันที่ ๑๘ มิถุนายน ๒๕๖๒',
  reads: ['referenceHeading', 'references'],
  check: ({ circular }) => {
    const heading = circular.referenceHeading.trim();
    if (circular.references.length === 0 || heading === STANDARD) return [];
    return [
      {
        path: ['referenceHeading'],
        message: `The reference heading is ${quote(heading)}; the regulation's heading is "${STANDARD}", so write that instead.`,
        messageTh: `หัวข้ออ้างถึงเขียนว่า ${quote(heading)} ตามระเบียบงานสารบรรณต้องใช้คำว่า "${STANDARD}" ให้แก้เป็น "${STANDARD}"`,
      },
    ];
  },
});
