/**
 * rules — self_reference: an อ้างถึง entry whose number is the letter's own number.
 * A letter cannot cite itself; seed 004 (มท ๐๔๐๘.๒/ว ๒๒๙๓) cites มท ๐๔๐๘.๒/ว ๒๒๙๓, so either its own
 * number or the reference's number was copied wrongly. Compared field by field (digits are stored Arabic).
 */
import type { DocumentNumber } from '../../model/circular-types.js';
import { numberText, thaiCount } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

function sameNumber(a: DocumentNumber, b: DocumentNumber): boolean {
  return (
    a.running !== undefined &&
    a.agencyCode === b.agencyCode &&
    a.ownerNumber === b.ownerNumber &&
    a.circular === b.circular &&
    a.running === b.running
  );
}

export const selfReference = defineRule({
  code: 'self_reference',
  severity: 'error',
  severityReason: 'A letter that cites its own number points the reader nowhere; one of the two numbers is certainly wrong.',
  title: 'Reference to the letter itself',
  description: 'No อ้างถึง reference may carry the letter\'s own ที่ number (same code, owner number, ว mark and running number).',
  exampleBad: 'ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ … อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ ลงวันที่ ๓๐ กันยายน ๒๕๖๓',
  exampleGood: 'ที่ มท ๐๔๐๘.๒/ว ๒๔๑๗ … อ้างถึง หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ ลงวันที่ ๓๐ กันยายน ๒๕๖๓',
  reads: ['number', 'references'],
  check: ({ circular }) =>
    circular.references.flatMap((reference, i): RuleFinding[] => {
      if (reference.number === undefined || !sameNumber(reference.number, circular.number)) return [];
      const shown = numberText(circular.number);
      return [
        {
          path: ['references', i],
          message: `Reference ${i + 1} has the number ${shown}, which is this letter's own number; correct the reference to the earlier letter's number, or give this letter its new number.`,
          messageTh: `อ้างถึงรายการที่ ${thaiCount(i + 1)} มีเลขที่ ${shown} ซึ่งเป็นเลขที่ของหนังสือฉบับนี้เอง ให้แก้เป็นเลขที่ของหนังสือฉบับก่อน หรือออกเลขใหม่ให้หนังสือฉบับนี้`,
        },
      ];
    }),
});
