/**
 * Degraded parsing: an unreadable part no longer hides the rest of the letter. The rules that do not read it
 * run and report; the rules that read it are skipped (no finding against a placeholder).
 */
import { describe, expect, it } from 'vitest';
import { validate } from './validate.js';

const letter = {
  number: 'มท ๐๔๐๘.๒/ว ๒๒๙๓',
  office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'] },
  date: '2022-12-20',
  subject: 'ทดสอบ',
  addressee: 'ผู้ว่าราชการจังหวัดทุกจังหวัด',
  body: ['ขอให้ส่งรายงานภายในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕ และประชุมในวันที่ ๑ ธันวาคม ๒๕๖๕'],
  signer: { name: 'นายโชคชัย แก้วป่อง', position: 'อธิบดีกรมการพัฒนาชุมชน' },
  ownerUnit: { lines: 'กลุ่มงานประสานแผนและยุทธศาสตร์' },
};

const codes = (input: unknown) => validate(input).diagnostics.map((d) => d.code);

describe('degraded parsing', () => {
  it('an unreadable number: its diagnostic and the wrong weekday both reported', () => {
    const result = validate({ ...letter, number: 'เลขที่ไม่รู้จัก ๑๒' });
    expect(result.ok).toBe(false);
    expect(result.unreadable).toEqual(['number']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['invalid_document_number', 'weekday_mismatch']));
    expect(result.circular).toBeUndefined();
  });
  it('rules reading the unreadable part are skipped: no circular_without_wo against a placeholder number', () => {
    expect(codes({ ...letter, number: 'เลขที่ไม่รู้จัก ๑๒' })).not.toContain('circular_without_wo');
    expect(codes({ ...letter, number: 'มท ๐๔๐๘.๒/๒๒๙๓' })).toContain('circular_without_wo');
  });
  it('an unreadable date: the weekday is still checked, the deadline rule (which needs the date) is not run', () => {
    const result = validate({ ...letter, date: '๓๑ กุมภาพันธ์ ๒๕๖๕', body: ['ขอให้ส่งภายในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕'] });
    expect(result.unreadable).toEqual(['date']);
    const found = result.diagnostics.map((d) => d.code);
    expect(found).toContain('invalid_date');
    expect(found).toContain('weekday_mismatch');
    expect(found).not.toContain('deadline_before_letter');
  });
  it('two unreadable parts, and an input with nothing readable, never throw', () => {
    const result = validate({ ...letter, number: 42, signer: 'x' });
    expect(result.unreadable).toEqual(expect.arrayContaining(['number', 'signer']));
    expect(result.diagnostics.map((d) => d.code)).toContain('weekday_mismatch');
    expect(validate({}).ok).toBe(false);
    expect(validate('text').ok).toBe(false);
  });
});
