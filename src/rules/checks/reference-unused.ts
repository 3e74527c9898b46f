/**
 * rules — reference_unused: a letter listed under อ้างถึง that the text never refers to, neither
 * by `ที่อ้างถึง` (which covers every reference when unnumbered) nor by writing its number.
 * Seed 000 lists มท ๐๔๐๘.๔/ว ๑๒๙๕ and its body never mentions it.
 */
import type { DocumentNumber } from '../../model/circular-types.js';
import { toArabicDigits } from '../../thai/index.js';
import { referenceCitations } from '../citations.js';
import { numberText, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { letterTexts } from '../text-fields.js';

function squeeze(text: string): string {
  return toArabicDigits(text).replace(/[\s.]+/gu, '');
}

function numberKey(number: DocumentNumber): string {
  return squeeze(`${number.agencyCode}${number.ownerNumber}/${number.circular ? 'ว' : ''}${number.running ?? ''}`);
}

export const referenceUnused = defineRule({
  code: 'reference_unused',
  severity: 'warning',
  severityReason:
    'An unused reference is a drafting slip, not a wrong fact: the letter can still be sent, but the author should either cite it (ตามหนังสือที่อ้างถึง) or drop it.',
  title: 'Reference the text never uses',
  description:
    'Every letter listed under อ้างถึง should be used by the text: ตามหนังสือที่อ้างถึง (all references), ที่อ้างถึง N (reference N), or the reference\'s own number written out.',
  exampleBad: 'อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ … ตามที่ คณะรัฐมนตรีมีมติ…',
  exampleGood: 'อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๔/ว ๑๒๙๕ … ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้ง…',
  reads: ['references', 'subject', 'body'],
  check: ({ circular, texts }) => {
    if (circular.references.length === 0) return [];
    const pieces = letterTexts(texts);
    const citations = referenceCitations(pieces);
    const coversAll = citations.some((c) => c.numbers === undefined);
    const cited = new Set(citations.flatMap((c) => c.numbers ?? []));
    const body = squeeze(pieces.map((p) => p.text).join(' '));
    return circular.references.flatMap((reference, i): RuleFinding[] => {
      if (coversAll || cited.has(i + 1)) return [];
      if (reference.number !== undefined && body.includes(numberKey(reference.number))) return [];
      const shown = reference.number === undefined ? reference.issuer : `${reference.issuer} ที่ ${numberText(reference.number)}`;
      return [
        {
          path: ['references', i],
          message: `Reference ${i + 1} (${shown}) is never used by the text; refer to it ("ตามหนังสือที่อ้างถึง${circular.references.length > 1 ? ` ${i + 1}` : ''}") or remove it.`,
          messageTh: `ข้อความไม่ได้กล่าวถึงอ้างถึงรายการที่ ${thaiCount(i + 1)} (${shown}) ให้อ้างในข้อความ ("ตามหนังสือที่อ้างถึง${circular.references.length > 1 ? ` ${thaiCount(i + 1)}` : ''}") หรือตัดรายการนี้ออก`,
        },
      ];
    });
  },
});
