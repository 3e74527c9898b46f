/**
 * rules — baht_text_mismatch: an amount written in figures and in words,
 * `๑,๕๐๐ บาท (หนึ่งพันห้าร้อยบาทถ้วน)`, must say the same amount (spec §6.5). Both are read by the Thai
 * kit in satang (bigint), so large budgets compare exactly. Words that cannot be read are reported too.
 */
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { pathAt } from '../text-fields.js';
import { findBahtAmounts, satangText } from '../../thai/index.js';

export const bahtTextMismatch = defineRule({
  code: 'baht_text_mismatch',
  severity: 'error',
  severityReason: 'Figures and words that disagree leave the amount of public money in doubt; one of them is wrong.',
  title: 'Amount in words differs from the figures',
  description:
    'Wherever an amount in figures is followed by the amount in words in parentheses (๑,๕๐๐ บาท (หนึ่งพันห้าร้อยบาทถ้วน)), the words must state exactly the same amount, satang included, and must be readable Thai number words.',
  exampleBad: '๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านหกแสนบาทถ้วน)',
  exampleGood: '๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน)',
  reads: [],
  check: ({ texts }) =>
    texts.flatMap((piece) =>
      findBahtAmounts(piece.text).flatMap((amount): RuleFinding[] => {
        if (amount.wordsText === undefined) return [];
        const path = pathAt(piece, amount.index);
        const expected = satangText(amount.satang);
        if (amount.wordsError !== undefined) {
          return [
            {
              path,
              message: `The words ${quote(amount.wordsText)} after ${quote(`${amount.amountText} บาท`)} cannot be read as an amount (${amount.wordsError.message}); write ${quote(expected)}.`,
              messageTh: `ข้อความ ${quote(amount.wordsText)} หลัง ${quote(`${amount.amountText} บาท`)} อ่านเป็นจำนวนเงินไม่ได้ (${amount.wordsError.messageTh}) ให้เขียนว่า ${quote(expected)}`,
            },
          ];
        }
        if (amount.wordsSatang === undefined || amount.wordsSatang === amount.satang) return [];
        return [
          {
            path,
            message: `The figures ${quote(`${amount.amountText} บาท`)} and the words ${quote(amount.wordsText)} state different amounts; the figures read ${quote(expected)}, so correct one of the two.`,
            messageTh: `จำนวนเงินตัวเลข ${quote(`${amount.amountText} บาท`)} ไม่ตรงกับตัวอักษร ${quote(amount.wordsText)} ตัวเลขอ่านว่า ${quote(expected)} ให้แก้ให้ตรงกัน`,
          },
        ];
      }),
    ),
});
