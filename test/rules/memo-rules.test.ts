/**
 * test — the rule catalogue on memos (บันทึกข้อความ, spec §1.4). Rules about facts a memo shares with a
 * letter (dates, weekdays, amounts, tables, times, references, the signer's chain, the ที่ code) fire on
 * a memo exactly as on a letter; the letter-only ones are scoped: circular_without_wo and
 * signer_authority_mismatch never run on a memo, salutation_closing_mismatch checks the salutation
 * alone, province_mismatch has no address evidence, attachment_missing needs a listed attachment.
 * Each scoping has a firing case (the letter, or the part that still applies) and a quiet memo case.
 * Oracle: the clean letter and clean memo pass every rule; spec §1.4 and §3 for the expected pairs.
 */
import { describe, expect, it } from 'vitest';
import type { Circular, ExternalCircular, MemoCircular } from '../../src/model/circular-types.js';
import { validateCircular } from '../../src/rules/validate.js';
import { cleanLetter, cleanMemo, paragraph } from './clean-letter.js';

function found(circular: Circular): readonly [string, string][] {
  return validateCircular(circular).diagnostics.map((d) => [d.code, d.path.join('.')]);
}

const memo = cleanMemo;
const letter = cleanLetter;

function memoWithParagraph(text: string): MemoCircular {
  const m = memo();
  return { ...m, body: [...m.body.slice(0, -1), paragraph(text), ...m.body.slice(-1)] };
}

describe('the clean memo', () => {
  it('passes every rule', () => {
    expect(found(memo())).toEqual([]);
  });
});

describe('scoped: circular_without_wo (letters only)', () => {
  const toEveryDistrict = { text: 'พัฒนาการอำเภอทุกอำเภอ', rank: 'general', salutation: 'เรียน' } as const;

  it('fires for a letter to a whole group without ว', () => {
    const c: ExternalCircular = { ...letter(), number: { ...letter().number, circular: false }, addressee: { ...toEveryDistrict, closing: 'ขอแสดงความนับถือ' } };
    expect(found(c)).toEqual([['circular_without_wo', 'number']]);
  });

  it('stays quiet for a memo to the same group, numbered in the internal register', () => {
    const c: MemoCircular = { ...memo(), addressee: toEveryDistrict };
    expect(c.number.circular).toBe(false);
    expect(found(c)).toEqual([]);
    expect(found(memoWithParagraph('จึงขอให้ทุกอำเภอถือปฏิบัติ'))).toEqual([]);
  });
});

describe('scoped: signer_authority_mismatch (letters only)', () => {
  const department = {
    number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: false, running: '2293' },
    signer: { prefix: 'นาย', name: 'ก ข', position: 'ผู้อำนวยการกองแผนงาน', chain: [] },
  };

  it('fires for a letter of a department signed by a division director', () => {
    const c: ExternalCircular = { ...letter(), ...department, office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'] } };
    expect(found(c)).toContainEqual(['signer_authority_mismatch', 'signer.position']);
  });

  it('stays quiet for a memo of that division, which its director signs without the department\'s authority', () => {
    const c: MemoCircular = {
      ...memo(),
      ...department,
      office: { name: 'กรมการพัฒนาชุมชน กองแผนงาน', telephone: '๐ ๒๑๔๑ ๖๐๖๔' },
      addressee: { text: 'อธิบดีกรมการพัฒนาชุมชน', rank: 'general', salutation: 'เรียน' },
    };
    expect(found(c)).toEqual([]);
  });
});

describe('scoped: salutation_closing_mismatch (a memo has no closing: the salutation alone)', () => {
  it('fires for a memo whose salutation is wrong for the rank', () => {
    const c: MemoCircular = { ...memo(), addressee: { text: 'นายกรัฐมนตรี', rank: 'high-office', salutation: 'เรียน' } };
    const diagnostics = validateCircular(c).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['salutation_closing_mismatch', 'addressee']]);
    expect(diagnostics[0]?.message).toContain('"กราบเรียน"');
    expect(diagnostics[0]?.message).not.toContain('ขอแสดงความนับถือ');
    expect(diagnostics[0]?.messageTh).toContain('กราบเรียน');
  });

  it('stays quiet for the right salutation of each rank, with no closing to pair', () => {
    expect(found({ ...memo(), addressee: { text: 'นายกรัฐมนตรี', rank: 'high-office', salutation: 'กราบเรียน' } })).toEqual([]);
    expect(found({ ...memo(), addressee: { text: 'เจ้าอาวาสวัดพระธาตุเชิงชุม', rank: 'monk', salutation: 'นมัสการ' } })).toEqual([]);
    expect(found(memo())).toEqual([]);
  });
});

describe('scoped: province_mismatch (a memo has no office address)', () => {
  it('fires for a memo whose ที่ code names another province than its ส่วนราชการ', () => {
    const c: MemoCircular = { ...memo(), number: { ...memo().number, agencyCode: 'ฉช' } };
    expect(found(c)).toEqual([['province_mismatch', 'number']]);
  });

  it('stays quiet for a memo whose code, unit and signer agree, and for a ministry-coded memo naming one province', () => {
    expect(found(memo())).toEqual([]);
    expect(found({ ...memo(), number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: false, running: '15' } })).toEqual([]);
  });
});

describe('scoped: attachment_missing (a memo names attachments in its text unless it lists them)', () => {
  const citing = 'รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒ และเอกสารที่ส่งมาพร้อมนี้';

  it('fires for a letter that cites attachments it does not list', () => {
    expect(found({ ...letter(), attachments: [] })).toContainEqual(['attachment_missing', 'body.2.items.0.spans.0.text']);
  });

  it('fires for a memo that lists attachments and cites one more', () => {
    const c = { ...memoWithParagraph(citing), attachments: memo().attachments.slice(0, 1) };
    expect(found(c).filter(([code]) => code === 'attachment_missing').length).toBeGreaterThan(0);
  });

  it('stays quiet for a memo without สิ่งที่ส่งมาด้วย lines that mentions its attachments in the text', () => {
    expect(found({ ...memoWithParagraph(citing), attachments: [] })).toEqual([]);
  });
});

describe('rules that apply to a memo as to a letter', () => {
  it.each([
    ['weekday_mismatch', 'ประชุมในวันพุธที่ ๓๑ มีนาคม ๒๕๖๕'],
    ['invalid_date', 'ภายในวันที่ ๓๑ มิถุนายน ๒๕๖๕'],
    ['deadline_before_letter', 'ขอให้ส่งรายงานภายในวันที่ ๑ มีนาคม ๒๕๖๕'],
    ['baht_text_mismatch', 'งบประมาณ ๑,๕๐๐ บาท (หนึ่งพันบาทถ้วน)'],
    ['time_range_invalid', 'เวลา ๑๓.๓๐ - ๑๒.๐๐ น.'],
    ['fiscal_year_mismatch', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ตั้งแต่วันที่ ๑ กันยายน - ๓๑ ธันวาคม ๒๕๖๕'],
  ])('%s fires in a memo paragraph', (code, text) => {
    expect(found(memoWithParagraph(text)).map(([c]) => c)).toEqual([code]);
  });

  it('table_total_mismatch, acting_title_invalid, unknown_agency_code, nonstandard_heading, self_reference, reference rules', () => {
    const m = memo();
    const table = m.body.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('the clean memo has a table');
    const wrongTotal = { ...table, rows: table.rows.map((row) => (row.kind === 'total' ? { ...row, cells: row.cells.map((c, i) => (i === 2 ? { spans: [{ text: '1' }] } : c)) } : row)) };
    expect(found({ ...m, body: m.body.map((b) => (b === table ? wrongTotal : b)) }).map(([c]) => c)).toEqual(['table_total_mismatch']);
    const acting = { ...m, signer: { ...m.signer, chain: [{ relation: 'รักษาการแทน', position: 'พัฒนาการจังหวัดสกลนคร' }] } };
    expect(found(acting)).toEqual([['acting_title_invalid', 'signer.chain.0.relation']]);
    expect(found({ ...m, number: { ...m.number, agencyCode: 'นข' } }).map(([c]) => c)).toContain('unknown_agency_code');
    expect(found({ ...m, referenceHeading: 'อ้างอิง' })).toEqual([['nonstandard_heading', 'referenceHeading']]);
    expect(found({ ...m, references: [{ ...m.references[0]!, number: m.number }] })).toEqual([['self_reference', 'references.0']]);
    expect(found({ ...m, references: [] })).toEqual([['reference_missing', 'body.0.spans.0.text']]);
    expect(found({ ...m, references: [{ ...m.references[0]!, date: { year: 2022, month: 4, day: 1 } }] })).toEqual([
      ['reference_not_before_letter', 'references.0.date'],
    ]);
  });
});
