/**
 * Every seed letter, written as friendly input with its defects, parses; so does every corrected example.
 * Oracle: the seed text in /work/shared/seeds (copied into the fixtures) and hand-checked facts of each letter.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../../src/model/parse-circular.js';
import type { ExternalCircular } from '../../src/model/circular-types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CASES = ['000', '001', '002', '003', '004'] as const;

function load(folder: string, name: string): unknown {
  return JSON.parse(readFileSync(join(root, folder, `${name}.json`), 'utf8'));
}

function parse(folder: string, name: string): ExternalCircular {
  const result = parseCircular(load(folder, name));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  if (result.value.kind !== 'external') throw new Error(`${folder}/${name} is not an external letter`);
  expect(result.diagnostics.filter((d) => d.code === 'unknown_field')).toEqual([]);
  return result.value;
}

describe('seed fixtures (defects included)', () => {
  it.each(CASES)('seed %s parses with ok: true', (name) => {
    const result = parseCircular(load('test/fixtures/seeds', name));
    expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  });

  it('000 keeps its missing ว, its heading อ้างอิง and its รักษาการแทน', () => {
    const c = parse('test/fixtures/seeds', '000');
    expect(c.number).toEqual({ agencyCode: 'มท', ownerNumber: '0408.2', circular: false, running: '60686' });
    expect(c.referenceHeading).toBe('อ้างอิง');
    expect(c.addressee).toEqual({ text: 'ผู้ว่าราชการจังหวัดทุกจังหวัด', rank: 'general', salutation: 'เรียน', closing: 'ขอแสดงความนับถือ' });
    expect(c.references).toEqual([
      {
        issuer: 'หนังสือกรมการพัฒนาชุมชน',
        number: { agencyCode: 'มท', ownerNumber: '0408.4', circular: true, running: '1295' },
        date: { year: 2019, month: 6, day: 18 },
      },
    ]);
    expect(c.signer).toEqual({
      prefix: 'นาย',
      name: 'โชคชัย แก้วป่อง',
      position: 'รองอธิบดี',
      chain: [{ relation: 'รักษาการแทน', position: 'อธิบดีกรมการพัฒนาชุมชน' }],
    });
    expect(c.office.province).toBe('กรุงเทพมหานคร');
    expect(c.office.postcode).toBe('10210');
    expect(c.date).toEqual({ year: 2020, month: 3, day: 18 });
    expect(c.urgency).toBe('ด่วนที่สุด');
    expect(c.ownerUnit.contacts).toEqual({ telephone: '๐ ๒๑๔๑ ๖๐๖๔', fax: '๐ ๒๑๔๓ ๘๙๑๐ - ๑๑' });
    expect(c.body).toHaveLength(5);
  });

  it('001 has two attachments, a delegated signer and its guidelines enclosure', () => {
    const c = parse('test/fixtures/seeds', '001');
    expect(c.attachments).toEqual([
      { title: 'กรอบแนวทางและหลักเกณฑ์การคัดสรรฯ', quantity: 1, unit: 'ชุด' },
      { title: 'แผนการดำเนินการคัดสรรฯ', quantity: 1, unit: 'ฉบับ' },
    ]);
    expect(c.signer.chain).toEqual([{ relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดสกลนคร' }]);
    expect(c.office).toEqual({ name: 'ศาลากลางจังหวัดสกลนคร', addressLines: ['ถนนศูนย์ราชการ สน ๔๗๐๐๐'], province: 'สกลนคร', postcode: '47000' });
    expect(c.ownerUnit.contacts).toEqual({ telephoneFax: '๐-๔๒๗๑-๑๕๕๔' });
    expect(c.enclosures).toHaveLength(1);
    expect(c.enclosures[0]?.title).toHaveLength(3);
  });

  it('002 keeps ฉษ, the เชียงใหม่ office and the ฉะเชิงเทรา signer', () => {
    const c = parse('test/fixtures/seeds', '002');
    expect(c.number.agencyCode).toBe('ฉษ');
    expect(c.office.province).toBe('เชียงใหม่');
    expect(c.office.postcode).toBe('25000');
    expect(c.signer.chain.at(-1)?.position).toBe('ผู้ว่าราชการจังหวัดฉะเชิงเทรา');
    const list = c.body.find((b) => b.type === 'list');
    expect(JSON.stringify(list)).toContain('วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕');
  });

  it('003 keeps นข and reads the three-line acting chain', () => {
    const c = parse('test/fixtures/seeds', '003');
    expect(c.number.agencyCode).toBe('นข');
    expect(c.references[0]?.number?.agencyCode).toBe('นข');
    expect(c.urgency).toBeUndefined();
    expect(c.signer.position).toBe('นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ');
    expect(c.signer.chain).toEqual([
      { relation: 'รักษาการแทน', position: 'พัฒนาการจังหวัด' },
      { relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา' },
    ]);
    const literal = c.body.flatMap((b) => (b.type === 'paragraph' ? b.spans : [])).find((s) => s.literal === true);
    expect(literal?.text).toBe('cd8rew@gmail.com');
  });

  it('004 cites its own number, has no day, and carries both tables', () => {
    const c = parse('test/fixtures/seeds', '004');
    expect(c.date).toEqual({ year: 2020, month: 10 });
    expect(c.references[0]?.number).toEqual(c.number);
    expect(c.references[0]?.urgency).toBe('ด่วนที่สุด');
    expect(c.enclosures).toHaveLength(2);
    const budget = c.enclosures[1];
    expect(budget?.numerals).toBe('arabic');
    const table = budget?.blocks.find((b) => b.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.headerRows).toHaveLength(3);
    expect(table.rows.filter((r) => r.kind === 'group')).toHaveLength(3);
    expect(table.rows.filter((r) => r.kind === 'subtotal').map((r) => r.cells[2]?.spans[0]?.text)).toEqual([
      '304,000',
      '646,000',
      '342,000',
    ]);
    const workload = c.enclosures[0]?.blocks.find((b) => b.type === 'table');
    expect(workload?.type === 'table' ? workload.rows : []).toHaveLength(8);
  });
});

describe('corrected examples', () => {
  it.each(CASES)('example %s parses with no warnings', (name) => {
    const result = parseCircular(load('examples/letters', name));
    expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('carry the corrections listed in examples/letters/README.md', () => {
    const c000 = parse('examples/letters', '000');
    expect(c000.number.circular).toBe(true);
    expect(c000.referenceHeading).toBe('อ้างถึง');
    expect(c000.signer.chain[0]?.relation).toBe('รักษาราชการแทน');

    const c002 = parse('examples/letters', '002');
    expect(c002.number.agencyCode).toBe('ฉช');
    expect(c002.office).toEqual({ name: 'ศาลากลางจังหวัดฉะเชิงเทรา', addressLines: ['ถนนเรืองวุฒิ ฉช ๒๔๐๐๐'], province: 'ฉะเชิงเทรา', postcode: '24000' });
    expect(JSON.stringify(c002.body)).toContain('วันอาทิตย์ที่ ๒๕ ธันวาคม ๒๕๖๕');
    expect(JSON.stringify(c002.body)).not.toContain('เชียงใหม่');

    const c003 = parse('examples/letters', '003');
    expect([c003.number.agencyCode, c003.references[0]?.number?.agencyCode]).toEqual(['ฉช', 'ฉช']);
    expect(c003.office.postcode).toBe('24000');
    expect(c003.signer.chain[0]?.relation).toBe('รักษาราชการแทน');

    const c004 = parse('examples/letters', '004');
    expect(c004.number).toEqual({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true });
    expect(c004.references[0]?.number).toEqual({ agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' });
  });
});

describe('canonical output is valid input', () => {
  it.each(CASES)('parse(parse(seed %s)) is stable', (name) => {
    for (const folder of ['test/fixtures/seeds', 'examples/letters']) {
      const first = parse(folder, name);
      const again = parseCircular(JSON.parse(JSON.stringify(first)));
      expect(again.diagnostics).toEqual([]);
      expect(again.value).toEqual(first);
    }
  });
});
