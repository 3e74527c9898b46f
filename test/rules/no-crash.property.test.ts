/**
 * test — property: whatever text an author puts in the body, subject, table cells or signer lines,
 * of a letter or of a memo (บันทึกข้อความ), with or without its attachment list, every rule finishes (no `rule_failed`) and every diagnostic carries a code, a path and both messages.
 * Oracle: the engine's contract (rules never throw for bad input). Text is drawn from Thai letter
 * fragments (dates, months, weekdays, amounts, times, citations, digits) so the scanners are exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Circular } from '../../src/model/circular-types.js';
import { validateCircular } from '../../src/rules/validate.js';
import { budgetTable, cleanLetter, cleanMemo, paragraph, row } from './clean-letter.js';

const FRAGMENTS = [
  'วันพุธที่ ', 'วันที่ ', 'ภายใน', 'ประชุมในวัน', 'เมื่อ', ' - ', ' – ', ' ถึง ', 'ตั้งแต่', 'ปีงบประมาณ พ.ศ. ', 'ปีงบประมาณ ',
  'มกราคม', 'กุมภาพันธ์', 'มี.ค.', 'ธันวาคม', ' ๒๕๖๕', ' ๒๕๖๖', ' 2565', ' ๖๕', '๓๑ ', '๒๙ ', '00 ', '๙๙ ',
  'บาท', ' บาท (', 'ล้านบาท', 'บาทถ้วน)', 'สองสิบ', 'หนึ่งพันห้าร้อย', 'สตางค์)', '๑,๕๐๐', '1,234.56', '๐.๕',
  'เวลา ', '๒๕.๗๐', '๐๙.๓๐', ' น.', 'นาฬิกา', 'สิ่งที่ส่งมาด้วย ', 'ที่อ้างถึง ', '๑', '๒', '๙๙', '๑ - ๙๙', 'และ', 'หรือ',
  'ทุกจังหวัด', 'ทุกหน่วยงาน', 'แจ้ง', 'จังหวัด', 'เชียงใหม่', 'ผู้ว่าราชการจังหวัด', 'รักษาการแทน', 'แทน', ' ', '(', ')', ',', '.',
];

const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((parts) => parts.join(''));

type Kind = 'external' | 'memo' | 'memo without lists';

function base(kind: Kind): Circular {
  if (kind === 'external') return cleanLetter();
  const memo = cleanMemo();
  return kind === 'memo' ? memo : { ...memo, references: [], attachments: [] };
}

function inject(kind: Kind, subject: string, body: string, cellText: string, position: string): Circular {
  const letter = base(kind);
  return {
    ...letter,
    subject: subject === '' ? 'เรื่อง' : subject,
    body: [...letter.body, paragraph(body), budgetTable([row('data', 'ก', cellText, '1'), row('subtotal', 'รวม', cellText, '1'), row('total', 'รวม', cellText, cellText)])],
    signer: { ...letter.signer, chain: [{ relation: position === '' ? 'ปฏิบัติราชการแทน' : position, position: position === '' ? 'ผู้ว่าราชการจังหวัดสกลนคร' : position }] },
  };
}

describe('rules never crash on author text', () => {
  it('finishes every rule and reports well-formed diagnostics', () => {
    fc.assert(
      fc.property(fc.constantFrom<Kind>('external', 'memo', 'memo without lists'), text, text, text, text, (kind, subject, body, cellText, position) => {
        const { diagnostics } = validateCircular(inject(kind, subject, body, cellText, position));
        expect(diagnostics.filter((d) => d.code === 'rule_failed')).toEqual([]);
        for (const d of diagnostics) {
          expect(d.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/u);
          expect(d.stage).toBe('rules');
          expect(d.message).not.toBe('');
          expect(d.messageTh).toMatch(/[ก-๙]/u);
        }
      }),
      { numRuns: 600, seed: 20240601 },
    );
  });
});
