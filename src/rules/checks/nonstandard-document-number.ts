/**
 * rules — nonstandard_document_number: a ที่ number (of the letter or of a reference) written in a form real
 * agencies use but the regulation does not (spec §4.1): a series segment such as พิเศษ, a body code without
 * owner number, the order numbering of a คำสั่ง or ประกาศ, or spaces around the slash. The model keeps it
 * as written; this warning says how it departs.
 */
import type { DocumentNumber } from '../../model/circular-types.js';
import { numberText, quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

const SPACED_SLASH = /\s\/|\/\s/u;

function departure(number: DocumentNumber): { readonly en: string; readonly th: string } | undefined {
  const form = number.form ?? 'official';
  switch (form) {
    case 'series':
      return {
        en: `has a series segment "${number.series ?? ''}" between the owner number and the running number, which the regulation's form (code, owner number, /, ว, running number) does not have`,
        th: `มีส่วน "${number.series ?? ''}" คั่นระหว่างเลขประจำของเจ้าของเรื่องกับเลขทะเบียนหนังสือส่ง ซึ่งไม่มีในแบบตามระเบียบ (รหัสพยัญชนะ เลขประจำของเจ้าของเรื่อง / ว เลขทะเบียน)`,
      };
    case 'no-owner':
      return {
        en: `has the code "${number.agencyCode}" and a running number but no owner number (เลขประจำของเจ้าของเรื่อง)`,
        th: `มีรหัส "${number.agencyCode}" และเลขทะเบียนหนังสือส่ง แต่ไม่มีเลขประจำของเจ้าของเรื่อง`,
      };
    case 'order':
      return {
        en: 'is numbered like a คำสั่ง or ประกาศ (running number / year), not like a letter (code, owner number, /, running number)',
        th: 'เป็นเลขแบบคำสั่งหรือประกาศ (ลำดับ/ปี) ไม่ใช่เลขที่หนังสือ (รหัสพยัญชนะ เลขประจำของเจ้าของเรื่อง / เลขทะเบียน)',
      };
    case 'official':
      return number.written !== undefined && SPACED_SLASH.test(number.written)
        ? { en: 'has spaces around the slash', th: 'มีการเว้นวรรคหน้าหรือหลังเครื่องหมาย /' }
        : undefined;
    default:
      return form satisfies never;
  }
}

export const nonstandardDocumentNumber = defineRule({
  code: 'nonstandard_document_number',
  severity: 'warning',
  severityReason:
    'Real agencies number letters this way and the number still identifies the letter; it departs from the regulation\'s form, which the author may want to follow, but nothing is lost.',
  title: 'ที่ number not in the regulation form',
  description:
    'The ที่ number of the letter and of every อ้างถึง reference should read code, owner number, /, ว for a circular, running number (spec §4.1). Numbers with a series segment (…/พิเศษ/ว …), a body code without owner number (สปสช ๑๒๓๔), the order numbering of a คำสั่ง or ประกาศ (ที่ ๑๒/๒๕๖๖, ฉบับที่ ๓/๒๕๖๖) or spaces around the slash are read and kept as written, with this warning.',
  exampleBad: 'ที่ สธ ๐๒๐๑ / ว ๑๒',
  exampleGood: 'ที่ สธ ๐๒๐๑/ว ๑๒',
  reads: ['number', 'references'],
  check: ({ circular }) => {
    const numbers = [
      { number: circular.number, path: ['number'], what: 'The number of the letter', whatTh: 'ที่ของหนังสือ' },
      ...circular.references.flatMap((reference, i) =>
        reference.number === undefined
          ? []
          : [{ number: reference.number, path: ['references', i], what: `The number of reference ${i + 1}`, whatTh: `เลขที่ในอ้างถึงรายการที่ ${i + 1}` }],
      ),
    ];
    return numbers.flatMap(({ number, path, what, whatTh }): RuleFinding[] => {
      const how = departure(number);
      if (how === undefined) return [];
      return [
        {
          path,
          message: `${what} ${quote(numberText(number))} ${how.en}; it is kept as written.`,
          messageTh: `${whatTh} ${quote(numberText(number))} ${how.th} จึงเก็บไว้ตามที่เขียน`,
        },
      ];
    });
  },
});
