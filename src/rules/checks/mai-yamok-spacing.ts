/**
 * rules — mai_yamok_spacing: ไม้ยมก (ๆ) is written with a space before it and after it (ต่าง ๆ ที่, อื่น ๆ),
 * as the Royal Institute's punctuation rules (หลักเกณฑ์การใช้เครื่องหมายวรรคตอน, ราชบัณฑิตยสถาน) and official
 * letters write it; `อื่นๆ` and `ต่าง ๆที่` are reported. ๆ at the end of a text or before punctuation needs no space after.
 */
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';

const TIGHT = /(?<before>\S)ๆ|ๆ(?=[\u0E01-\u0E4E\u0E50-\u0E59A-Za-z0-9])/gu;

export const maiYamokSpacing = defineRule({
  code: 'mai_yamok_spacing',
  severity: 'warning',
  severityReason: 'The text reads the same; the spacing is a matter of the official style of Thai writing, not of content.',
  title: 'ๆ without its spaces',
  description:
    'ไม้ยมก (ๆ) takes a space before it and a space after it when more text follows (ต่าง ๆ ที่เกี่ยวข้อง), per the Royal Institute\'s rules for Thai punctuation marks; every text of the letter is read.',
  exampleBad: 'เอกสารอื่นๆที่เกี่ยวข้อง',
  exampleGood: 'เอกสารอื่น ๆ ที่เกี่ยวข้อง',
  reads: [],
  check: ({ texts }) =>
    texts.flatMap((piece): RuleFinding[] =>
      [...piece.text.matchAll(TIGHT)].map((m): RuleFinding => {
        const at = m.index;
        const shown = piece.text.slice(Math.max(0, at - 6), at + m[0].length + 4);
        return {
          path: pathAt(piece, at),
          message: `ๆ in ${quote(shown)} is written without its space${m.groups?.['before'] === undefined ? ' after it' : ' before it'}; write a space before and after ๆ (อื่น ๆ ที่).`,
          messageTh: `ไม้ยมกใน ${quote(shown)} ไม่เว้นวรรค${m.groups?.['before'] === undefined ? 'หลัง' : 'หน้า'} ให้เว้นวรรคหน้าและหลังไม้ยมก (อื่น ๆ ที่)`,
        };
      }),
    ),
});
