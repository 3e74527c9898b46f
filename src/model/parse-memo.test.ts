/**
 * parseCircular on memos (บันทึกข้อความ, spec §1.4): the canonical memo, the ส่วนราชการ line as an
 * object or as printed text, letter-only fields dropped with a `memo_field_unused` warning at their
 * own path, and bad input reported with the field's path in both languages. Letter input is unchanged.
 * Oracle: spec §1.4 (parts of a memo) and hand-written expected values.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MemoCircular } from './circular-types.js';
import { parseCircular } from './parse-circular.js';

const memo = {
  kind: 'memo',
  number: 'สน ๐๐๑๙.๓/๑๒๓',
  office: { name: 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔', email: 'sakonnakhon@cdd.go.th' },
  date: '๑๘ มีนาคม ๒๕๖๓',
  subject: 'ขออนุมัติจัดประชุม',
  addressee: 'พัฒนาการจังหวัดสกลนคร',
  body: ['ข้อความ'],
  signer: { name: 'นางสาวสมศรี ใจดี', position: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
};

function parsedMemo(input: unknown): { readonly value: MemoCircular; readonly diagnostics: readonly Diagnostic[] } {
  const result = parseCircular(input);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  if (result.value.kind !== 'memo') throw new Error('not a memo');
  return { value: result.value, diagnostics: result.diagnostics };
}

function errorsOf(input: unknown): readonly Diagnostic[] {
  const result = parseCircular(input);
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.severity === 'error');
}

describe('parseCircular on a valid memo', () => {
  it('gives the canonical memo without warnings', () => {
    const { value, diagnostics } = parsedMemo(memo);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({
      kind: 'memo',
      number: { agencyCode: 'สน', ownerNumber: '0019.3', circular: false, running: '123' },
      office: { name: 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔', email: 'sakonnakhon@cdd.go.th' },
      date: { year: 2020, month: 3, day: 18 },
      subject: 'ขออนุมัติจัดประชุม',
      addressee: { text: 'พัฒนาการจังหวัดสกลนคร', rank: 'general', salutation: 'เรียน' },
      referenceHeading: 'อ้างถึง',
      references: [],
      attachments: [],
      body: [{ type: 'paragraph', spans: [{ text: 'ข้อความ' }] }],
      signer: { prefix: 'นางสาว', name: 'สมศรี ใจดี', position: 'นักวิชาการพัฒนาชุมชนชำนาญการ', chain: [] },
      enclosures: [],
      numerals: 'thai',
    });
  });

  it('accepts its own output again unchanged', () => {
    const first = parsedMemo(memo).value;
    const second = parsedMemo(JSON.parse(JSON.stringify(first)));
    expect(second.value).toEqual(first);
    expect(second.diagnostics).toEqual([]);
  });

  it('reads ส่วนราชการ written as the printed line, splitting the telephone and e-mail off', () => {
    const line = parsedMemo({ ...memo, office: 'กลุ่มงานส่งเสริมและพัฒนาชุมชน โทร. ๐ ๔๒๗๑ ๑๕๕๔ ต่อ ๑๒ ไปรษณีย์อิเล็กทรอนิกส์ sakon@cdd.go.th' });
    expect(line.value.office).toEqual({ name: 'กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔ ต่อ ๑๒', email: 'sakon@cdd.go.th' });
    expect(parsedMemo({ ...memo, office: 'กรมการพัฒนาชุมชน กองแผนงาน' }).value.office).toEqual({ name: 'กรมการพัฒนาชุมชน กองแผนงาน' });
    // A label glued to a word is part of the name.
    expect(parsedMemo({ ...memo, office: 'ศูนย์ โทรคมนาคม' }).value.office).toEqual({ name: 'ศูนย์ โทรคมนาคม' });
    // A combined telephone/fax number is the unit's telephone.
    expect(parsedMemo({ ...memo, office: 'กลุ่มงานอำนวยการ โทร./โทรสาร ๐ ๔๒๗๑ ๑๕๕๔' }).value.office.telephone).toBe('๐ ๔๒๗๑ ๑๕๕๔');
  });

  it('takes references, attachments, enclosures, urgency, secrecy and an acting chain as a letter does', () => {
    const { value, diagnostics } = parsedMemo({
      ...memo,
      urgency: 'ด่วน',
      secrecy: 'ลับ',
      references: ['หนังสือจังหวัดสกลนคร ที่ สน ๐๐๑๙.๓/ว ๕๔๗๑ ลงวันที่ ๒๕ มีนาคม ๒๕๖๕'],
      attachments: ['แผนการจัดประชุม จำนวน ๑ ชุด'],
      enclosures: [{ title: 'กำหนดการ', blocks: ['๐๙.๐๐ น. ลงทะเบียน'] }],
      signer: { name: 'นายสมาน พัวโพธิ์', positionLines: ['หัวหน้ากลุ่มงาน ปฏิบัติราชการแทน', 'พัฒนาการจังหวัดสกลนคร'] },
    });
    expect(diagnostics).toEqual([]);
    expect(value.urgency).toBe('ด่วน');
    expect(value.secrecy).toBe('ลับ');
    expect(value.references[0]?.number?.running).toBe('5471');
    expect(value.attachments).toEqual([{ title: 'แผนการจัดประชุม', quantity: 1, unit: 'ชุด' }]);
    expect(value.enclosures).toHaveLength(1);
    expect(value.signer.chain).toEqual([{ relation: 'ปฏิบัติราชการแทน', position: 'พัฒนาการจังหวัดสกลนคร' }]);
  });

  it('reads the salutation and rank as for a letter, with no closing', () => {
    const { value } = parsedMemo({ ...memo, addressee: 'กราบเรียน นายกรัฐมนตรี' });
    expect(value.addressee).toEqual({ text: 'นายกรัฐมนตรี', rank: 'high-office', salutation: 'กราบเรียน' });
    expect('closing' in value.addressee).toBe(false);
  });
});

describe('parseCircular on a memo with letter-only fields', () => {
  const withLetterFields = {
    ...memo,
    office: { name: 'กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔', addressLines: ['ถนนศูนย์ราชการ สน ๔๗๐๐๐'], province: 'สกลนคร', postcode: '47000', fax: '๐ ๔๒๗๑ ๑๕๕๕' },
    addressee: { text: 'พัฒนาการจังหวัดสกลนคร', closing: 'ขอแสดงความนับถือ' },
    ownerUnit: { lines: ['กลุ่มงานส่งเสริมและพัฒนาชุมชน'], contacts: 'โทร. ๐ ๔๒๗๑ ๑๕๕๔' },
    copiesTo: ['นายอำเภอเมืองสกลนคร'],
    footerLines: ['“อยู่สกล รักสกล ทำเพื่อสกลนคร”'],
  };

  it('parses, drops each of them and warns memo_field_unused at its own path', () => {
    const { value, diagnostics } = parsedMemo(withLetterFields);
    expect(diagnostics.map((d) => [d.code, d.severity, d.path.join('.')])).toEqual([
      ['memo_field_unused', 'warning', 'office.addressLines'],
      ['memo_field_unused', 'warning', 'office.province'],
      ['memo_field_unused', 'warning', 'office.postcode'],
      ['memo_field_unused', 'warning', 'office.fax'],
      ['memo_field_unused', 'warning', 'addressee.closing'],
      ['memo_field_unused', 'warning', 'ownerUnit'],
      ['memo_field_unused', 'warning', 'copiesTo'],
      ['memo_field_unused', 'warning', 'footerLines'],
    ]);
    expect(value.office).toEqual({ name: 'กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔' });
    expect(Object.keys(value)).not.toEqual(expect.arrayContaining(['ownerUnit']));
    for (const d of diagnostics) {
      expect(d.stage).toBe('model');
      expect(d.message).toContain(`"${d.path.join('.')}"`);
      expect(d.message).toContain('memo');
      expect(d.messageTh).toContain('บันทึกข้อความ');
    }
    const closing = diagnostics.find((d) => d.path.join('.') === 'addressee.closing');
    expect(closing?.message).toContain('คำลงท้าย');
    const owner = diagnostics.find((d) => d.path[0] === 'ownerUnit');
    expect(owner?.message).toContain('office.telephone');
  });

  it('stays quiet for empty letter fields, which lose nothing', () => {
    expect(parsedMemo({ ...memo, copiesTo: [], footerLines: [], ownerUnit: null }).diagnostics).toEqual([]);
  });

  it('warns about a fax number in the printed ส่วนราชการ line', () => {
    const { value, diagnostics } = parsedMemo({ ...memo, office: 'กลุ่มงานอำนวยการ โทร. ๐ ๔๒๗๑ ๑๕๕๔ โทรสาร ๐ ๔๒๗๑ ๑๕๕๕' });
    expect(value.office).toEqual({ name: 'กลุ่มงานอำนวยการ', telephone: '๐ ๔๒๗๑ ๑๕๕๔' });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['memo_field_unused', ['office']]]);
  });

  it('does not touch letter input: a letter still needs its ownerUnit and warns about office.telephone', () => {
    const letter = { ...withLetterFields, kind: 'external', office: { name: 'ศาลากลางจังหวัดสกลนคร', addressLines: ['ถนนศูนย์ราชการ สน ๔๗๐๐๐'], telephone: '๐' } };
    const result = parseCircular(letter);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['unknown_field', 'office.telephone']]);
    const withoutOwner: Record<string, unknown> = { ...letter };
    delete withoutOwner['ownerUnit'];
    expect(errorsOf(withoutOwner).map((d) => [d.code, d.path.join('.')])).toEqual([['missing_field', 'ownerUnit']]);
  });
});

describe('parseCircular on bad memo input never throws and names the field', () => {
  it('an unknown kind', () => {
    const [d] = errorsOf({ ...memo, kind: 'บันทึก' });
    expect(d?.code).toBe('invalid_enum');
    expect(d?.path).toEqual(['kind']);
    expect(d?.message).toBe('"kind" must be one of "external", "memo"; got "บันทึก".');
    expect(d?.messageTh).toContain('ประเภทหนังสือ');
  });

  it('missing ส่วนราชการ, subject and body', () => {
    const rest: Record<string, unknown> = { ...memo };
    delete rest['office'];
    delete rest['subject'];
    const found = errorsOf({ ...rest, body: [] }).map((d) => [d.code, d.path.join('.')]);
    expect(found).toEqual([
      ['missing_field', 'office'],
      ['missing_field', 'subject'],
      ['missing_field', 'body'],
    ]);
  });

  it('a ส่วนราชการ of the wrong type, without a name, or with unreadable contacts', () => {
    const [wrong] = errorsOf({ ...memo, office: 42 });
    expect([wrong?.code, wrong?.path]).toEqual(['invalid_type', ['office']]);
    expect(wrong?.message).toContain('42');
    const [nameless] = errorsOf({ ...memo, office: { telephone: '๐ ๔๒๗๑ ๑๕๕๔' } });
    expect([nameless?.code, nameless?.path]).toEqual(['missing_field', ['office', 'name']]);
    const [onlyPhone] = errorsOf({ ...memo, office: 'โทร. ๐ ๔๒๗๑ ๑๕๕๔' });
    expect([onlyPhone?.code, onlyPhone?.path]).toEqual(['missing_field', ['office']]);
    expect(onlyPhone?.messageTh).toContain('ชื่อหน่วยงาน');
    const [unreadable] = errorsOf({ ...memo, office: 'กลุ่มงานอำนวยการ โทร. ๐ ๔๒๗๑ ๑๕๕๔ อีเมล' });
    expect([unreadable?.code, unreadable?.path]).toEqual(['invalid_contact_line', ['office']]);
    expect(unreadable?.message).toContain('"office"');
  });

  it('bad number, date, urgency and signer, each at its path', () => {
    const found = errorsOf({ ...memo, number: 'สน/๑๒๓', date: '๓๑ กุมภาพันธ์ ๒๕๖๖', urgency: 'ด่วนพิเศษ', signer: { name: 'นายก ข' } }).map((d) => [d.code, d.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['invalid_document_number', 'number'],
        ['invalid_date', 'date'],
        ['invalid_enum', 'urgency'],
      ]),
    );
    expect(found.some(([, path]) => path?.startsWith('signer'))).toBe(true);
  });

  it('reports a typo in a memo field with a suggestion', () => {
    const result = parseCircular({ ...memo, office: { ...memo.office, telefone: '๐' } });
    expect(result.ok).toBe(true);
    const unknown = result.diagnostics.find((d) => d.code === 'unknown_field');
    expect(unknown?.path).toEqual(['office', 'telefone']);
    expect(unknown?.message).toContain('"telephone"');
  });

  it('never throws on arbitrary JSON-like values in memo fields', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (office, addressee, ownerUnit) => {
        const result = parseCircular({ ...memo, office, addressee, ownerUnit });
        expect(typeof result.ok).toBe('boolean');
        for (const d of result.diagnostics) {
          expect(d.message).not.toBe('');
          expect(d.messageTh).toMatch(/[ก-๙]/u);
        }
      }),
      { numRuns: 300, seed: 20250115 },
    );
  });
});
