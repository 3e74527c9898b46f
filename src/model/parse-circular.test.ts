/**
 * parseCircular: defaults, canonical round trip, friendly forms, and every kind of bad input
 * (missing field, wrong type, bad enum, impossible date, ปกปิด, 10 MB string, null, a list, cycles,
 * typos) returning diagnostics with paths and both messages, never an exception.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CircularInputSchema } from './circular-schema.js';
import type { Circular } from './circular-types.js';
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

function errorsOf(input: unknown): readonly Diagnostic[] {
  const result = parseCircular(input);
  expect(result.ok).toBe(false);
  for (const d of result.diagnostics) {
    expect(d.stage).toBe('model');
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.messageTh).toMatch(/[ก-๙]/u);
  }
  return result.diagnostics;
}

function only(input: unknown, code: string): Diagnostic {
  const found = errorsOf(input).filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  const d = found[0];
  if (d === undefined) throw new Error('unreachable');
  return d;
}

describe('parseCircular on good input', () => {
  it('applies the defaults', () => {
    const result = parseCircular(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagnostics).toEqual([]);
    const c: Circular = result.value;
    expect(c.kind).toBe('external');
    if (c.kind !== 'external') return;
    expect(c.referenceHeading).toBe('อ้างถึง');
    expect(c.numerals).toBe('thai');
    expect(c.references).toEqual([]);
    expect(c.attachments).toEqual([]);
    expect(c.copiesTo).toEqual([]);
    expect(c.footerLines).toEqual([]);
    expect(c.enclosures).toEqual([]);
    expect(c.ownerUnit).toEqual({ lines: ['กลุ่มงานประสานแผนและยุทธศาสตร์'], contacts: {} });
    expect(c.body).toEqual([{ type: 'paragraph', spans: [{ text: 'ข้อความ' }] }]);
    expect(c.signer).toEqual({ prefix: 'นาย', name: 'โชคชัย แก้วป่อง', position: 'อธิบดีกรมการพัฒนาชุมชน', chain: [] });
  });

  it('accepts its own output again unchanged', () => {
    const first = parseCircular(minimal);
    if (!first.ok) throw new Error('minimal input must parse');
    const second = parseCircular(JSON.parse(JSON.stringify(first.value)));
    expect(second.ok).toBe(true);
    expect(second.value).toEqual(first.value);
  });

  it('reads the number as parts, the date as Thai text, month-year drafts and a high office', () => {
    const result = parseCircular({
      ...minimal,
      number: { agencyCode: 'มท', ownerNumber: '๐๔๐๘.๒', circular: true, running: '๒๒๙๓' },
      date: 'ตุลาคม ๒๕๖๓',
      addressee: 'นายกรัฐมนตรี',
    });
    expect(result.ok).toBe(true);
    expect(result.value?.number).toEqual({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' });
    expect(result.value?.date).toEqual({ year: 2020, month: 10 });
    expect(result.value?.addressee).toEqual({ text: 'นายกรัฐมนตรี', rank: 'high-office', salutation: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' });
  });

  it('keeps an explicit salutation and closing, and a leading salutation word', () => {
    const explicit = parseCircular({ ...minimal, addressee: { text: 'เจ้าอาวาสวัดสุทัศน์', closing: 'ขอแสดงความนับถือ' } });
    expect(explicit.value?.addressee).toEqual({ text: 'เจ้าอาวาสวัดสุทัศน์', rank: 'monk', salutation: 'นมัสการ', closing: 'ขอแสดงความนับถือ' });
    const leading = parseCircular({ ...minimal, addressee: 'กราบเรียน ประธานศาลฎีกา' });
    expect(leading.value?.addressee.salutation).toBe('กราบเรียน');
    expect(leading.value?.addressee.text).toBe('ประธานศาลฎีกา');
  });

  it('warns about a weekday in the letter date and drops it', () => {
    const result = parseCircular({ ...minimal, date: 'วันพุธที่ ๑๘ มีนาคม ๒๕๖๓' });
    expect(result.ok).toBe(true);
    expect(result.value?.date).toEqual({ year: 2020, month: 3, day: 18 });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['letter_date_weekday', 'warning', ['date']]]);
  });
});

describe('parseCircular on bad input never throws and names the field', () => {
  it('missing field', () => {
    const rest: Record<string, unknown> = { ...minimal };
    delete rest['subject'];
    const d = only(rest, 'missing_field');
    expect(d.path).toEqual(['subject']);
    expect(d.message).toContain('"subject"');
    expect(d.messageTh).toContain('เรื่อง');
  });

  it('wrong type', () => {
    const d = only({ ...minimal, subject: 42 }, 'invalid_type');
    expect(d.path).toEqual(['subject']);
    expect(d.message).toContain('42');
    expect(d.messageTh).toContain('ตัวเลข 42');
  });

  it('unknown enum value', () => {
    const d = only({ ...minimal, urgency: 'ด่วนพิเศษ' }, 'invalid_enum');
    expect(d.path).toEqual(['urgency']);
    expect(d.message).toContain('ด่วนพิเศษ');
    const kind = only({ ...minimal, body: [{ type: 'picture' }] }, 'invalid_enum');
    expect(kind.path).toEqual(['body', 0, 'type']);
  });

  it('impossible date 31 กุมภาพันธ์ ๒๕๖๖', () => {
    const d = only({ ...minimal, date: '๓๑ กุมภาพันธ์ ๒๕๖๖' }, 'invalid_date');
    expect(d.path).toEqual(['date']);
    expect(d.message).toContain('๓๑ กุมภาพันธ์ ๒๕๖๖');
    const ref = only({ ...minimal, references: [{ issuer: 'หนังสือกรม', date: '2023-02-31' }] }, 'invalid_date');
    expect(ref.path).toEqual(['references', 0, 'date']);
    const object = only({ ...minimal, date: { year: 2023, month: 2, day: 29 } }, 'invalid_date');
    expect(object.path).toEqual(['date']);
    const be = only({ ...minimal, date: { year: 2563, month: 3, day: 18 } }, 'invalid_date');
    expect(be.message).toContain('2020');
  });

  it('ปกปิด is obsolete', () => {
    const d = only({ ...minimal, secrecy: 'ปกปิด' }, 'obsolete_secrecy');
    expect(d.path).toEqual(['secrecy']);
    expect(d.message).toContain('2544');
    expect(d.messageTh).toContain('๒๕๔๔');
  });

  it('bad ที่ number', () => {
    const d = only({ ...minimal, number: 'มท/ว ๒๒๙๓' }, 'invalid_document_number');
    expect(d.path).toEqual(['number']);
    const part = only({ ...minimal, number: { agencyCode: 'MT', ownerNumber: '0408' } }, 'invalid_document_number');
    expect(part.path).toEqual(['number', 'agencyCode']);
  });

  it('a 10 MB string returns promptly with too_long', () => {
    const huge = 'ก'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    const d = only({ ...minimal, body: ['ข้อความ', huge] }, 'too_long');
    expect(performance.now() - started).toBeLessThan(200);
    expect(d.path).toEqual(['body', 1]);
    expect(d.message.length).toBeLessThan(300);
  });

  it.each([
    [null, 'null'],
    [[minimal], 'a list'],
    ['text', '"text"'],
    [undefined, 'nothing'],
    [7, '7'],
  ])('root %j', (input, shown) => {
    const d = only(input, 'invalid_type');
    expect(d.path).toEqual([]);
    expect(d.message).toContain(shown);
  });

  it('deep nesting and cycles', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(only({ ...minimal, footerLines: deep }, 'too_deep').path.slice(0, 2)).toEqual(['footerLines', 0]);
    const cyclic: Record<string, unknown> = { ...minimal };
    cyclic['office'] = cyclic;
    expect(errorsOf(cyclic).some((d) => d.code === 'invalid_input' && d.path[0] === 'office')).toBe(true);
  });

  it('a typo is a warning with a suggestion, and the real field is then missing', () => {
    const { subject, ...rest } = minimal;
    const result = parseCircular({ ...rest, subjcet: subject });
    expect(result.ok).toBe(false);
    const unknown = result.diagnostics.find((d) => d.code === 'unknown_field');
    expect(unknown?.severity).toBe('warning');
    expect(unknown?.path).toEqual(['subjcet']);
    expect(unknown?.message).toContain('"subject"');
    expect(result.diagnostics.some((d) => d.code === 'missing_field' && d.path[0] === 'subject')).toBe(true);
  });

  it('an unknown nested key alone is only a warning', () => {
    const result = parseCircular({ ...minimal, signer: { ...minimal.signer, postion: 'x' } });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['unknown_field', ['signer', 'postion']]]);
  });

  it('reports several errors at once', () => {
    const codes = errorsOf({ ...minimal, subject: '', urgency: 'x', date: 'พรุ่งนี้', body: [] }).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['missing_field', 'invalid_enum', 'invalid_date']));
    expect(codes.length).toBeGreaterThanOrEqual(4);
  });

  it('bad signer lines', () => {
    const d = only({ ...minimal, signer: { name: 'นายก ข', positionLines: ['ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดสกลนคร'] } }, 'invalid_signer_lines');
    expect(d.path).toEqual(['signer', 'positionLines']);
  });

  it('never throws on arbitrary JSON-like values', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const result = parseCircular({ ...minimal, subject: a, body: b });
        expect(typeof result.ok).toBe('boolean');
        parseCircular(a);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CircularInputSchema type', () => {
  it('outputs a Circular', () => {
    const out: Circular = CircularInputSchema.parse(minimal);
    expect(out.subject).toBe('ทดสอบ');
  });
});

describe('references written as text', () => {
  it('reads issuer, urgency, number and date', () => {
    const result = parseCircular({ ...minimal, references: ['หนังสือกรมการพัฒนาชุมชน ด่วนที่สุด ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ ลงวันที่ ๓๐ กันยายน ๒๕๖๓'] });
    expect(result.value?.references).toEqual([
      {
        issuer: 'หนังสือกรมการพัฒนาชุมชน',
        urgency: 'ด่วนที่สุด',
        number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' },
        date: { year: 2020, month: 9, day: 30 },
      },
    ]);
  });

  it.each([
    ['หนังสือกรม ที่ มท 0408/1 ลงวันที่ 2020-02-30', 'invalid_date'],
    ['หนังสือกรม ที่ มท/1 ลงวันที่ 2020-02-03', 'invalid_document_number'],
    ['หนังสือกรมเรื่องเดิม', 'invalid_reference'],
  ])('%s → %s', (text, code) => {
    const d = only({ ...minimal, references: [text] }, code);
    expect(d.path).toEqual(['references', 0]);
    expect(d.message).toContain('"references[0]"');
    expect(d.messageTh).toContain('อ้างถึง');
  });
});

describe('hostile keys', () => {
  it('treats __proto__ and constructor as unknown fields, without touching prototypes', () => {
    const input: unknown = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": 1, ${JSON.stringify(minimal).slice(1)}`,
    );
    const result = parseCircular(input);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.path)).toEqual([['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('letter dates', () => {
  it.each([
    ['2020-10', { year: 2020, month: 10 }],
    ['ต.ค. ๒๕๖๓', { year: 2020, month: 10 }],
    ['เดือนตุลาคม พ.ศ. ๒๕๖๓', { year: 2020, month: 10 }],
    ['๑๘ มีนาคม พ.ศ. ๒๕๖๓', { year: 2020, month: 3, day: 18 }],
    ['18 มีนาคม 2563', { year: 2020, month: 3, day: 18 }],
  ])('%s', (text, date) => {
    const result = parseCircular({ ...minimal, date: text });
    expect(result.value?.date).toEqual(date);
  });

  it.each(['2020-13', 'ตุลา ๒๕๖๓', '2020-02-30'])('%s is invalid_date', (text) => {
    expect(only({ ...minimal, date: text }, 'invalid_date').path).toEqual(['date']);
  });
});
