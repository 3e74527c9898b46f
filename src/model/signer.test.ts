/**
 * Printed signature lines → position + acting chain (both line-break styles of spec §5.2),
 * name prefixes, and printed contact lines → Contacts, with the seeds' own lines as cases.
 */
import { describe, expect, it } from 'vitest';
import { readContactLines } from './contacts.js';
import { readSignerLines, splitNamePrefix } from './signer.js';

describe('readSignerLines', () => {
  it.each([
    [['รองอธิบดี รักษาการแทน', 'อธิบดีกรมการพัฒนาชุมชน'], 'รองอธิบดี', [['รักษาการแทน', 'อธิบดีกรมการพัฒนาชุมชน']]],
    [['อธิบดีกรมการพัฒนาชุมชน'], 'อธิบดีกรมการพัฒนาชุมชน', []],
    [['เภสัชกรเชี่ยวชาญ', 'ปฏิบัติราชการแทนนายแพทย์สาธารณสุขจังหวัดขอนแก่น'], 'เภสัชกรเชี่ยวชาญ', [['ปฏิบัติราชการแทน', 'นายแพทย์สาธารณสุขจังหวัดขอนแก่น']]],
    [['รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดขอนแก่น'], 'รองผู้ว่าราชการจังหวัด', [['ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดขอนแก่น']]],
    [
      ['นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ รักษาการแทน', 'พัฒนาการจังหวัด ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา'],
      'นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ',
      [
        ['รักษาการแทน', 'พัฒนาการจังหวัด'],
        ['ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา'],
      ],
    ],
    [['ผู้อำนวยการส่วน', 'รักษาการในตำแหน่งผู้อำนวยการสำนัก'], 'ผู้อำนวยการส่วน', [['รักษาการในตำแหน่ง', 'ผู้อำนวยการสำนัก']]],
    [['รองอธิบดี รักษาราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน'], 'รองอธิบดี', [['รักษาราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน']]],
  ])('%j', (lines, position, chain) => {
    const result = readSignerLines(lines);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.position).toBe(position);
    expect(result.value.chain.map((l) => [l.relation, l.position])).toEqual(chain);
  });

  it('joins wrapped lines and says so', () => {
    const result = readSignerLines(['ผู้อำนวยการสำนักงานพัฒนาชุมชน', 'จังหวัดฉะเชิงเทรา']);
    expect(result.ok && result.value).toEqual({ position: 'ผู้อำนวยการสำนักงานพัฒนาชุมชน จังหวัดฉะเชิงเทรา', chain: [], joinedLines: true });
  });

  it('rejects a chain without the signer position or without a principal', () => {
    expect(readSignerLines(['ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัดสกลนคร']).ok).toBe(false);
    expect(readSignerLines(['พัฒนาการจังหวัด ปฏิบัติราชการแทน']).ok).toBe(false);
  });
});

describe('splitNamePrefix', () => {
  it.each([
    ['นายโชคชัย แก้วป่อง', 'นาย', 'โชคชัย แก้วป่อง'],
    ['(นางสาวฉัตรประอร นิยม)', 'นางสาว', 'ฉัตรประอร นิยม'],
    ['นางสมศรี ใจดี', 'นาง', 'สมศรี ใจดี'],
    ['นายแพทย์สมชาย ใจดี', 'นายแพทย์', 'สมชาย ใจดี'],
    ['ผู้ช่วยศาสตราจารย์ ดร. สมชาย ใจดี', 'ผู้ช่วยศาสตราจารย์ ดร.', 'สมชาย ใจดี'],
    ['สมชาย ใจดี', '', 'สมชาย ใจดี'],
  ])('%s', (written, prefix, name) => {
    expect(splitNamePrefix(written)).toEqual({ prefix, name });
  });
});

describe('readContactLines', () => {
  it.each([
    [['โทร. ๐ ๒๑๔๑ ๖๐๖๔ โทรสาร ๐ ๒๑๔๓ ๘๙๑๐ - ๑๑'], { telephone: '๐ ๒๑๔๑ ๖๐๖๔', fax: '๐ ๒๑๔๓ ๘๙๑๐ - ๑๑' }],
    [['โทรศัพท์/โทรสาร ๐-๔๒๗๑-๑๕๕๔'], { telephoneFax: '๐-๔๒๗๑-๑๕๕๔' }],
    [['โทร./โทรสาร ๐-๓๘๕๑-๑๒๓๘'], { telephoneFax: '๐-๓๘๕๑-๑๒๓๘' }],
    [['โทร. ๐-๓๘๕๑-๑๒๓๙ / โทรสาร ๐-๓๘๕๑-๑๒๓๙'], { telephone: '๐-๓๘๕๑-๑๒๓๙', fax: '๐-๓๘๕๑-๑๒๓๙' }],
    [['โทร ๐ ๒๒๘๑ ๐๐๐๐', 'ไปรษณีย์อิเล็กทรอนิกส์ saraban@cdd.go.th'], { telephone: '๐ ๒๒๘๑ ๐๐๐๐', email: 'saraban@cdd.go.th' }],
    [['E-mail: some.email@x.go.th'], { email: 'some.email@x.go.th' }],
  ])('%j', (lines, contacts) => {
    expect(readContactLines(lines)).toEqual({ ok: true, value: contacts });
  });

  it('rejects a line without a label', () => {
    expect(readContactLines(['๐ ๒๑๔๑ ๖๐๖๔'])).toEqual({ ok: false, line: 0, text: '๐ ๒๑๔๑ ๖๐๖๔' });
  });
});
