/**
 * What real agencies write and the model now reads and keeps: ที่ numbers of other forms, dates with
 * พุทธศักราช and before 2484, several addressees with their ranks, references by issuer and date.
 */
import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './document-number.js';
import { parseCircular } from './parse-circular.js';

const minimal = {
  number: 'มท ๐๔๐๘.๒/ว ๒๒๙๓',
  office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'] },
  date: '2020-03-18',
  subject: 'ทดสอบ',
  addressee: 'ผู้ว่าราชการจังหวัดทุกจังหวัด',
  body: ['ข้อความ'],
  signer: { name: 'นายโชคชัย แก้วป่อง', position: 'อธิบดีกรมการพัฒนาชุมชน' },
  ownerUnit: { lines: 'กลุ่มงานประสานแผนและยุทธศาสตร์' },
};

function parsed(overrides: Record<string, unknown>) {
  const result = parseCircular({ ...minimal, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 1));
  return result.value;
}

describe('tolerant model', () => {
  it('keeps a series number as written', () => {
    const c = parsed({ number: 'ที่ สธ ๐๒๐๑/พิเศษ/ว ๑๒' });
    expect(c.number.form).toBe('series');
    expect(formatDocumentNumber(c.number)).toBe('สธ ๐๒๐๑/พิเศษ/ว ๑๒');
  });
  it('reads a letter date with พุทธศักราช and one before 2484', () => {
    expect(parsed({ date: '๑๘ มีนาคม พุทธศักราช ๒๕๖๓' }).date).toEqual({ year: 2020, month: 3, day: 18 });
    expect(parsed({ date: '๑๕ มกราคม ๒๔๗๕' }).date).toEqual({ year: 1933, month: 1, day: 15 });
    expect(parsed({ date: 'มีนาคม พุทธศักราช ๒๔๗๕' }).date).toEqual({ year: 1933, month: 3 });
  });
  it('reads several addressees, each with its rank; the highest rank picks salutation and closing', () => {
    const c = parsed({ addressee: ['ผู้ว่าราชการจังหวัดขอนแก่น', { text: 'ประธานศาลฎีกา' }] });
    if (c.kind !== 'external') throw new Error('external expected');
    expect(c.addressee.recipients).toEqual([
      { text: 'ผู้ว่าราชการจังหวัดขอนแก่น', rank: 'general' },
      { text: 'ประธานศาลฎีกา', rank: 'high-office' },
    ]);
    expect(c.addressee.text).toBe('ผู้ว่าราชการจังหวัดขอนแก่น และประธานศาลฎีกา');
    expect(c.addressee.rank).toBe('high-office');
    expect(c.addressee.closing).toBe('ขอแสดงความนับถืออย่างยิ่ง');
  });
  it('reads a reference known only by issuer and date', () => {
    const c = parsed({ references: ['หนังสือจังหวัดสกลนคร ลงวันที่ ๑๘ มิถุนายน พุทธศักราช ๒๕๖๒'], body: ['ตามที่อ้างถึง ข้อความ'] });
    expect(c.references[0]).toEqual({ issuer: 'หนังสือจังหวัดสกลนคร', date: { year: 2019, month: 6, day: 18 } });
  });
});
