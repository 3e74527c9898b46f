/**
 * rules — acting_title_invalid: the relation words of an acting or on-behalf chain (spec §5.1).
 * Only four forms are legal: ปฏิบัติราชการแทน, รักษาราชการแทน, รักษาการในตำแหน่ง, รักษาการแทน. A form must also
 * fit: an official acting for a government head writes รักษาราชการแทน (or ปฏิบัติราชการแทน under a delegation),
 * not รักษาการแทน (seed 000, seed 003) nor รักษาการในตำแหน่ง (which is for posts that are not agency heads).
 */
import { ACTING_RELATIONS } from '../../model/signer.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { isGovernmentHead } from '../government-head.js';

const LEGAL: readonly string[] = ACTING_RELATIONS;

/** A word ending in แทน left inside a position: a relation the model did not recognise. */
const STRAY_RELATION = /(?:^|\s)([ก-๛]*แทน)(?=\s|$)/u;

export const actingTitleInvalid = defineRule({
  code: 'acting_title_invalid',
  severity: 'error',
  severityReason: 'The relation word states the legal basis of the signature; a wrong one misstates who holds the power to sign, which can void the act.',
  title: 'Illegal or unfitting acting / on-behalf form',
  description:
    'Each relation of the signer\'s chain must be one of ปฏิบัติราชการแทน, รักษาราชการแทน, รักษาการในตำแหน่ง, รักษาการแทน, and must fit the principal: for the head of a department, province or provincial office (อธิบดี…, ผู้ว่าราชการจังหวัด…, พัฒนาการจังหวัด…) an official writes รักษาราชการแทน (post vacant or holder absent) or ปฏิบัติราชการแทน (delegated power); รักษาการแทน belongs to universities and state enterprises, รักษาการในตำแหน่ง to posts that are not agency heads. Words ending in แทน left in a position (ทำการแทน) are reported too.',
  exampleBad: 'รองอธิบดี รักษาการแทน อธิบดีกรมการพัฒนาชุมชน',
  exampleGood: 'รองอธิบดี รักษาราชการแทน อธิบดีกรมการพัฒนาชุมชน',
  reads: ['signer'],
  check: ({ circular }) => {
    const { signer } = circular;
    const findings: RuleFinding[] = [];
    signer.chain.forEach((link, i) => {
      const relation = link.relation.trim();
      const path = ['signer', 'chain', i, 'relation'];
      if (!LEGAL.includes(relation)) {
        findings.push({
          path,
          message: `The relation ${quote(relation)} before ${quote(link.position)} is not one of the four legal forms (${LEGAL.join(', ')}); use รักษาราชการแทน when acting for a vacant or absent head, ปฏิบัติราชการแทน when signing under a delegation.`,
          messageTh: `คำว่า ${quote(relation)} หน้า ${quote(link.position)} ไม่ใช่รูปแบบที่กฎหมายกำหนด (${LEGAL.join(' ')}) ให้ใช้ รักษาราชการแทน เมื่อรักษาราชการแทนหัวหน้าส่วนราชการ หรือ ปฏิบัติราชการแทน เมื่อได้รับมอบอำนาจ`,
        });
        return;
      }
      if (!isGovernmentHead(link.position)) return;
      if (relation === 'รักษาการแทน') {
        findings.push({
          path,
          message: `${quote(`${i === 0 ? signer.position : signer.chain[i - 1]?.position ?? ''} รักษาการแทน ${link.position}`)}: รักษาการแทน is the form of bodies under their own statutes; an official acting for the head of a government agency writes รักษาราชการแทน, or ปฏิบัติราชการแทน when signing under a delegation.`,
          messageTh: `${quote(`${i === 0 ? signer.position : signer.chain[i - 1]?.position ?? ''} รักษาการแทน ${link.position}`)}: คำว่า รักษาการแทน ใช้กับหน่วยงานที่มีกฎหมายเฉพาะ ข้าราชการที่รักษาราชการแทนหัวหน้าส่วนราชการต้องใช้ รักษาราชการแทน หรือ ปฏิบัติราชการแทน เมื่อลงนามตามที่ได้รับมอบอำนาจ`,
        });
      } else if (relation === 'รักษาการในตำแหน่ง') {
        findings.push({
          path,
          message: `${quote(link.position)} is the head of a government agency, and รักษาการในตำแหน่ง is for posts that are not agency heads; write รักษาราชการแทน.`,
          messageTh: `${quote(link.position)} เป็นหัวหน้าส่วนราชการ คำว่า รักษาการในตำแหน่ง ใช้กับตำแหน่งที่ไม่ใช่หัวหน้าส่วนราชการ ให้ใช้ รักษาราชการแทน`,
        });
      }
    });
    const positions = [
      { text: signer.position, path: ['signer', 'position'] },
      ...signer.chain.map((link, i) => ({ text: link.position, path: ['signer', 'chain', i, 'position'] })),
    ];
    for (const { text, path } of positions) {
      const stray = STRAY_RELATION.exec(text)?.[1];
      if (stray === undefined || LEGAL.includes(stray)) continue;
      findings.push({
        path,
        message: `The position ${quote(text)} contains ${quote(stray)}, which is not one of the four legal forms (${LEGAL.join(', ')}); replace it with the form that applies.`,
        messageTh: `ตำแหน่ง ${quote(text)} มีคำว่า ${quote(stray)} ซึ่งไม่ใช่รูปแบบที่กฎหมายกำหนด (${LEGAL.join(' ')}) ให้แก้เป็นรูปแบบที่ถูกต้อง`,
      });
    }
    return findings;
  },
});
