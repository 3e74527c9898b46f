/**
 * rules — reference_missing: the body cites a reference (`ตามหนังสือที่อ้างถึง`, `ที่อ้างถึง ๒`)
 * that the letter does not list under อ้างถึง. Reported at the citation, naming how many
 * references the letter has.
 */
import { referenceCitations } from '../citations.js';
import { quote, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { letterTexts } from '../text-fields.js';

export const referenceMissing = defineRule({
  code: 'reference_missing',
  severity: 'error',
  severityReason: 'The reader is sent to a letter the page does not identify; the missing อ้างถึง line must be added before sending.',
  title: 'Text cites a reference the letter does not list',
  description:
    'When the subject or body says ตามหนังสือที่อ้างถึง (or ที่อ้างถึง ๒), the letter must list that reference under อ้างถึง: at least one reference for an unnumbered citation, at least N for ที่อ้างถึง N.',
  exampleBad: '(no อ้างถึง line) … ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้ง…',
  exampleGood: 'อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ ลงวันที่ ๓๐ กันยายน ๒๕๖๓ … ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้ง…',
  reads: ['references', 'subject', 'body'],
  check: ({ circular, texts }) => {
    const count = circular.references.length;
    return referenceCitations(letterTexts(texts)).flatMap((citation): RuleFinding[] => {
      const missing = citation.numbers === undefined ? (count === 0 ? [1] : []) : citation.numbers.filter((n) => n > count);
      if (missing.length === 0) return [];
      return [
        {
          path: citation.path,
          message: `The text cites ${quote(citation.text)} but the letter lists ${count === 0 ? 'no reference' : `only ${count} reference(s)`} under อ้างถึง; add the cited letter (issuer, number and date) to "references" or correct the citation.`,
          messageTh: `ข้อความอ้าง ${quote(citation.text)} แต่หนังสือ${count === 0 ? 'ไม่มีรายการอ้างถึง' : `มีรายการอ้างถึงเพียง ${thaiCount(count)} รายการ`} ให้เพิ่มหนังสือที่อ้างถึง (หน่วยงาน เลขที่ และวันที่) หรือแก้ข้อความที่อ้าง`,
        },
      ];
    });
  },
});
