/**
 * rules — misspelled_word: words of official Thai commonly misspelled (ปรากฎ for ปรากฏ, อนุญาติ for อนุญาต …),
 * from the list in rules/data/misspellings.ts and its sources (ราชบัณฑิตยสถาน). Every text of the letter is read.
 */
import { MISSPELLINGS } from '../data/misspellings.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';

export const misspelledWord = defineRule({
  code: 'misspelled_word',
  severity: 'warning',
  severityReason: 'A misspelling does not change what the letter asks, but an official letter is the agency\'s public writing and should follow the dictionary.',
  title: 'Commonly misspelled word',
  description:
    'Words that letters often misspell, each with its dictionary form (พจนานุกรม ฉบับราชบัณฑิตยสถาน พ.ศ. ๒๕๕๔, the Royal Institute\'s list of commonly misspelled words and its list of transcribed loanwords): ปรากฎ → ปรากฏ, ปฎิบัติ → ปฏิบัติ, อนุญาติ → อนุญาต, สังเกตุ → สังเกต, คำนวน → คำนวณ, อีเมล์ → อีเมล and the rest of src/rules/data/misspellings.ts.',
  exampleBad: 'ปรากฎว่ายังไม่ได้รับรายงาน',
  exampleGood: 'ปรากฏว่ายังไม่ได้รับรายงาน',
  reads: [],
  check: ({ texts }) =>
    texts.flatMap((piece): RuleFinding[] =>
      MISSPELLINGS.flatMap(({ wrong, right }): RuleFinding[] => {
        const findings: RuleFinding[] = [];
        for (let at = piece.text.indexOf(wrong); at >= 0; at = piece.text.indexOf(wrong, at + wrong.length)) {
          findings.push({
            path: pathAt(piece, at),
            message: `${quote(wrong)} is a common misspelling; the dictionary spells it ${quote(right)}.`,
            messageTh: `${quote(wrong)} เขียนผิด ตามพจนานุกรมฉบับราชบัณฑิตยสถานเขียนว่า ${quote(right)}`,
          });
        }
        return findings;
      }),
    ),
});
