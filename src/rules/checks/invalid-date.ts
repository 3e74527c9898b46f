/**
 * rules — invalid_date: a date written in the text that does not exist (๓๑ กุมภาพันธ์ ๒๕๖๖, ๓๑ มิถุนายน).
 * The model stage already rejects impossible letter and reference dates; this rule covers the free
 * text and the other fields, using the Thai kit's scanner, which marks such dates with an error.
 */
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { textDates } from '../text-dates.js';

export const invalidDate = defineRule({
  code: 'invalid_date',
  severity: 'error',
  severityReason: 'A date that does not exist cannot be acted on; the author must say which day is meant.',
  title: 'Date that does not exist',
  description:
    'Every date written in the text (day, month and Buddhist-era year, in Thai or Arabic digits, full or abbreviated month) must exist: no ๓๑ มิถุนายน, no ๒๙ กุมภาพันธ์ in a common year.',
  exampleBad: 'ภายในวันที่ ๓๑ มิถุนายน ๒๕๖๖',
  exampleGood: 'ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๖',
  reads: [],
  check: ({ texts }) =>
    textDates(texts).flatMap(({ match, path }): RuleFinding[] => {
      if (match.error === undefined) return [];
      return [
        {
          path,
          message: `${quote(match.text)} is not a real date: ${match.error.message} Write a date that exists.`,
          messageTh: `${quote(match.text)} ไม่ใช่วันที่ที่มีอยู่จริง: ${match.error.messageTh} ให้แก้เป็นวันที่ที่ถูกต้อง`,
        },
      ];
    }),
});
