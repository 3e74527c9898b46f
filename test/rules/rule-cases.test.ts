/**
 * test — every rule of the catalogue, one fact at a time: each case breaks the clean letter in one
 * way and expects exactly that rule's code at the path of the broken value; the quiet cases keep
 * near-misses (past dates, unnumbered citations, overnight-free times …) silent.
 * Oracle: the clean letter passes every rule; hand-checked calendars, sums and Thai number words.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Circular, ExternalCircular } from '../../src/model/circular-types.js';
import { RULES } from '../../src/rules/catalogue.js';
import { validateCircular } from '../../src/rules/validate.js';
import { budgetTable, cleanLetter, paragraph, row, withBodyBlock, withParagraph } from './clean-letter.js';

function diagnosticsOf(circular: Circular): readonly Diagnostic[] {
  return validateCircular(circular).diagnostics;
}

/** [code, path] of every diagnostic, for exact comparison. */
function found(circular: Circular): readonly [string, string][] {
  return diagnosticsOf(circular).map((d) => [d.code, d.path.join('.')]);
}

const letter = cleanLetter;

describe('the clean letter', () => {
  it('passes every rule', () => {
    expect(found(letter())).toEqual([]);
  });

  it('has a describe block below for every rule code', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL(import.meta.url), 'utf8');
    for (const rule of RULES) expect(source, rule.code).toMatch(new RegExp(`describe\\('[^']*${rule.code}`, 'u'));
  });
});

describe('unknown_agency_code', () => {
  it('fires for an unknown code in the letter number', () => {
    const c = { ...letter(), number: { ...letter().number, agencyCode: 'นข' } };
    const diagnostics = diagnosticsOf(c).filter((d) => d.code === 'unknown_agency_code');
    expect(diagnostics.map((d) => d.path)).toEqual([['number']]);
    expect(diagnostics[0]?.message).toContain('นข');
    expect(diagnostics[0]?.message).toContain('สน (สกลนคร)');
    expect(diagnostics[0]?.messageTh).toContain('นข');
  });

  it('fires for กทม, which is not a code, and names กท', () => {
    const c = { ...letter(), references: [{ ...letter().references[0]!, number: { agencyCode: 'กทม', ownerNumber: '0403', circular: true, running: '211' } }] };
    const d = diagnosticsOf(c).find((x) => x.code === 'unknown_agency_code');
    expect(d?.path).toEqual(['references', 0]);
    expect(d?.message).toContain('"กท"');
  });

  it('accepts ministry, province, agency and three-letter committee codes', () => {
    for (const code of ['มท', 'สน', 'ตช', 'กกต']) {
      const c = { ...letter(), references: [{ ...letter().references[0]!, number: { agencyCode: code, ownerNumber: '0408', circular: false, running: '1' } }] };
      expect(found(c)).toEqual([]);
    }
  });
});

describe('circular_without_wo', () => {
  const plain = (): ExternalCircular => ({ ...letter(), number: { ...letter().number, circular: false } });

  it('fires when the addressee is a whole group and the number has no ว', () => {
    expect(found(plain())).toEqual([['circular_without_wo', 'number']]);
  });

  it('fires for a copies-to group and for a recipient phrase in the body', () => {
    const single = { ...plain(), addressee: { ...letter().addressee, text: 'นายอำเภอเมืองสกลนคร' } };
    expect(found({ ...single, copiesTo: ['ผู้ว่าราชการจังหวัดทุกจังหวัด'] })).toEqual([['circular_without_wo', 'number']]);
    const body = [...single.body, paragraph('จึงขอให้ทุกส่วนราชการถือปฏิบัติ')];
    expect(found({ ...single, body })).toEqual([['circular_without_wo', 'number']]);
  });

  it('stays quiet for a single addressee, for ทุกหน่วยงานที่เกี่ยวข้อง in passing, and for a ว number', () => {
    const single = { ...plain(), addressee: { ...letter().addressee, text: 'นายอำเภอเมืองสกลนคร' } };
    expect(found(single)).toEqual([]);
    const body = [...single.body, paragraph('ข้อมูลใช้ในการทำงานเชิงบูรณาการของทุกหน่วยงานที่เกี่ยวข้อง และแจ้งทุกหน่วยงานที่เกี่ยวข้องทราบ')];
    expect(found({ ...single, body })).toEqual([]);
    expect(found(letter())).toEqual([]);
  });
});

describe('province_mismatch', () => {
  it('fires at the office name when the office and the governor name different provinces', () => {
    const c = { ...letter(), office: { ...letter().office, name: 'ศาลากลางจังหวัดเชียงใหม่' } };
    const diagnostics = diagnosticsOf(c).filter((d) => d.code === 'province_mismatch');
    expect(diagnostics.map((d) => d.path)).toEqual([['office', 'name']]);
    expect(diagnostics[0]?.message).toContain('เชียงใหม่');
    expect(diagnostics[0]?.message).toContain('สกลนคร');
  });

  it('fires at the address line for a postcode of another province', () => {
    const c = { ...letter(), office: { ...letter().office, addressLines: ['ถนนศูนย์ราชการ สน ๒๔๐๐๐'], postcode: '24000' } };
    expect(found(c)).toEqual([['province_mismatch', 'office.addressLines.0']]);
  });

  it('fires at the number for a province code of another province', () => {
    const c = { ...letter(), number: { ...letter().number, agencyCode: 'ฉช' } };
    expect(found(c)).toEqual([['province_mismatch', 'number']]);
  });

  it('stays quiet for a department letter in Bangkok (not provincial)', () => {
    const c: ExternalCircular = {
      ...letter(),
      number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' },
      office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'], province: 'กรุงเทพมหานคร', postcode: '10210' },
      signer: { prefix: 'นาย', name: 'สุทธิพงษ์ จุฑเจริญ', position: 'อธิบดีกรมการพัฒนาชุมชน', chain: [] },
    };
    expect(found(c)).toEqual([]);
  });
});

describe('signer_authority_mismatch', () => {
  const department = (position: string, chain: Circular['signer']['chain'] = []): ExternalCircular => ({
    ...letter(),
    number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' },
    office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'] },
    signer: { prefix: 'นาย', name: 'ก ข', position, chain },
  });

  it('fires when a department letter ends with a division director', () => {
    expect(found(department('ผู้อำนวยการสำนักส่งเสริมภูมิปัญญาท้องถิ่นและวิสาหกิจชุมชน'))).toEqual([['signer_authority_mismatch', 'signer.position']]);
  });

  it('fires when the chain ends with another department head', () => {
    expect(found(department('รองอธิบดี', [{ relation: 'ปฏิบัติราชการแทน', position: 'อธิบดีกรมการปกครอง' }]))).toEqual([
      ['signer_authority_mismatch', 'signer.chain.0.position'],
    ]);
  });

  it('stays quiet for the head, for someone signing on the head\'s behalf, and for the governor of another province (province_mismatch)', () => {
    expect(found(department('อธิบดีกรมการพัฒนาชุมชน'))).toEqual([]);
    expect(found(department('ผู้อำนวยการสำนัก', [{ relation: 'ปฏิบัติราชการแทน', position: 'อธิบดีกรมการพัฒนาชุมชน' }]))).toEqual([]);
    const other = { ...letter(), signer: { ...letter().signer, chain: [{ relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา' }] } };
    expect(found(other).map(([code]) => code)).toEqual(['province_mismatch']);
  });
});

describe('salutation_closing_mismatch', () => {
  it('fires for a pair from different rows', () => {
    const c = { ...letter(), addressee: { ...letter().addressee, salutation: 'กราบเรียน' } };
    const d = diagnosticsOf(c);
    expect(d.map((x) => x.code)).toEqual(['salutation_closing_mismatch']);
    expect(d[0]?.message).toContain('กราบเรียน');
    expect(d[0]?.message).toContain('ขอแสดงความนับถือ');
  });

  it('fires for a consistent pair that is wrong for the rank (a minister gets เรียน)', () => {
    const c = { ...letter(), addressee: { text: 'รัฐมนตรีว่าการกระทรวงมหาดไทย', rank: 'general' as const, salutation: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' } };
    expect(found(c)).toEqual([['salutation_closing_mismatch', 'addressee']]);
  });

  it('fires for one closing for every monk', () => {
    const c = { ...letter(), addressee: { text: 'เจ้าอาวาสวัดพระธาตุเชิงชุม', rank: 'monk' as const, salutation: 'นมัสการ', closing: 'ขอนมัสการด้วยความเคารพอย่างยิ่ง' } };
    expect(found(c)).toEqual([['salutation_closing_mismatch', 'addressee']]);
  });

  it('stays quiet for the right rows: high office, monk, royal with the name placeholder', () => {
    const pm = { ...letter(), addressee: { text: 'นายกรัฐมนตรี', rank: 'high-office' as const, salutation: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' } };
    expect(found(pm)).toEqual([]);
    const monk = { ...letter(), addressee: { text: 'เจ้าอาวาสวัดพระธาตุเชิงชุม', rank: 'monk' as const, salutation: 'นมัสการ', closing: 'ขอนมัสการด้วยความเคารพ' } };
    expect(found(monk)).toEqual([]);
    const prince = {
      ...letter(),
      addressee: { text: 'หม่อมเจ้าตัวอย่าง', rank: 'mom-chao' as const, salutation: 'ทูล หม่อมเจ้าตัวอย่าง ทราบฝ่าพระบาท', closing: 'แล้วแต่จะโปรด' },
    };
    expect(found(prince)).toEqual([]);
  });
});

describe('nonstandard_heading', () => {
  it('fires for อ้างอิง', () => {
    expect(found({ ...letter(), referenceHeading: 'อ้างอิง' })).toEqual([['nonstandard_heading', 'referenceHeading']]);
  });

  it('stays quiet for อ้างถึง and when there is no reference to head', () => {
    expect(found({ ...letter(), referenceHeading: ' อ้างถึง ' })).toEqual([]);
    const noRefs = { ...withBodyBlock(0, paragraph('ด้วยกรมการพัฒนาชุมชนได้จัดทำโครงการ')), references: [], referenceHeading: 'อ้างอิง' };
    expect(found(noRefs)).toEqual([]);
  });
});

describe('self_reference', () => {
  it('fires when a reference carries the letter\'s own number', () => {
    const c = { ...letter(), references: [{ ...letter().references[0]!, number: letter().number }] };
    expect(found(c)).toEqual([['self_reference', 'references.0']]);
  });

  it('stays quiet for the same series with another running number, and for a non-ว twin', () => {
    const next = { ...letter(), references: [{ ...letter().references[0]!, number: { ...letter().number, running: '5470' } }] };
    expect(found(next)).toEqual([]);
    const twin = { ...letter(), references: [{ ...letter().references[0]!, number: { ...letter().number, circular: false } }] };
    expect(found(twin)).toEqual([]);
  });
});

describe('reference_not_before_letter', () => {
  it('fires for a reference dated after the letter', () => {
    const c = { ...letter(), references: [{ ...letter().references[0]!, date: { year: 2022, month: 3, day: 26 } }] };
    expect(found(c)).toEqual([['reference_not_before_letter', 'references.0.date']]);
  });

  it('compares by month when the letter has no day', () => {
    const draft = { ...letter(), date: { year: 2022, month: 3 } };
    expect(found({ ...draft, references: [{ ...letter().references[0]!, date: { year: 2022, month: 4, day: 1 } }] })).toEqual([
      ['reference_not_before_letter', 'references.0.date'],
    ]);
    expect(found({ ...draft, references: [{ ...letter().references[0]!, date: { year: 2022, month: 3, day: 31 } }] })).toEqual([]);
  });

  it('accepts a reference of the same day', () => {
    expect(found({ ...letter(), references: [{ ...letter().references[0]!, date: { year: 2022, month: 3, day: 25 } }] })).toEqual([]);
  });
});

describe('reference_missing and reference_unused', () => {
  it('reference_missing fires when the text cites ที่อ้างถึง and there is no reference', () => {
    expect(found({ ...letter(), references: [] })).toEqual([['reference_missing', 'body.0.spans.0.text']]);
  });

  it('reference_missing fires for ที่อ้างถึง ๒ with one reference', () => {
    const c = withBodyBlock(0, paragraph('ตามหนังสือที่อ้างถึง ๑ และ ๒ กรมการพัฒนาชุมชนได้แจ้ง นั้น'));
    expect(found(c)).toEqual([['reference_missing', 'body.0.spans.0.text']]);
  });

  it('reference_unused warns when the text never uses the reference', () => {
    const c = withBodyBlock(0, paragraph('ด้วยกรมการพัฒนาชุมชนได้จัดทำโครงการ'));
    const d = diagnosticsOf(c);
    expect(d.map((x) => [x.code, x.severity, x.path])).toEqual([['reference_unused', 'warning', ['references', 0]]]);
    expect(validateCircular(c).ok).toBe(true);
  });

  it('reference_unused stays quiet when the number is written out or when ตามที่อ้างถึง is used', () => {
    expect(found(withBodyBlock(0, paragraph('ตามหนังสือกรมการพัฒนาชุมชน ที่ มท 0408.4/ว 1295 นั้น')))).toEqual([]);
    expect(found(withBodyBlock(0, paragraph('ตามที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้ง นั้น')))).toEqual([]);
  });

  it('reference_unused names only the reference left out of numbered citations', () => {
    const second = { issuer: 'หนังสือจังหวัดสกลนคร', number: { agencyCode: 'สน', ownerNumber: '0019.3', circular: true, running: '4000' }, date: { year: 2022, month: 3, day: 10 } };
    const c = { ...withBodyBlock(0, paragraph('ตามหนังสือที่อ้างถึง ๑ กรมการพัฒนาชุมชนได้แจ้ง นั้น')), references: [...letter().references, second] };
    expect(found(c)).toEqual([['reference_unused', 'references.1']]);
  });
});

describe('attachment_missing and attachment_unmentioned', () => {
  const item = (text: string): Circular =>
    withBodyBlock(2, { type: 'list', items: [{ spans: [{ text }] }, { spans: [{ text: 'เข้าร่วมประชุมในวันพฤหัสบดีที่ ๓๑ มีนาคม ๒๕๖๕' }] }] });

  it('attachment_missing fires for a range beyond the list (๑ – ๓), a list (๑ และ ๓) and a single number', () => {
    expect(found(item('รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ – ๓'))).toEqual([['attachment_missing', 'body.2.items.0.spans.0.text']]);
    // ๑ และ ๓ also leaves attachment ๒ unmentioned.
    expect(found(item('รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ และ ๓'))).toEqual([
      ['attachment_missing', 'body.2.items.0.spans.0.text'],
      ['attachment_unmentioned', 'attachments.1'],
    ]);
    expect(found(item('รายละเอียดตามสิ่งที่ส่งมาด้วย 1 - 2 หรือ 5'))).toEqual([['attachment_missing', 'body.2.items.0.spans.0.text']]);
  });

  it('attachment_missing fires for an unnumbered citation with no attachment', () => {
    const c = { ...item('ส่งรายชื่อตามแบบที่ส่งมาด้วย'), attachments: [] };
    expect(found(c)).toEqual([['attachment_missing', 'body.2.items.0.spans.0.text']]);
  });

  it('attachment_unmentioned warns for an attachment outside every citation', () => {
    const d = diagnosticsOf(item('รายละเอียดตามสิ่งที่ส่งมาด้วย ๑'));
    expect(d.map((x) => [x.code, x.severity, x.path])).toEqual([['attachment_unmentioned', 'warning', ['attachments', 1]]]);
  });

  it('stays quiet for an unnumbered citation, a covering range, a title written out, and a date after the citation', () => {
    expect(found(item('รายละเอียดตามสิ่งที่ส่งมาด้วย'))).toEqual([]);
    expect(found(item('รายละเอียดตามสิ่งที่ส่งมาด้วย ๑ ถึง ๒'))).toEqual([]);
    expect(found(item('ศึกษากรอบแนวทางและหลักเกณฑ์การคัดสรรฯ และแผนการดำเนินการคัดสรรฯ'))).toEqual([]);
    expect(found(item('ส่งตามสิ่งที่ส่งมาด้วย ๑ - ๒ ภายในวันที่ ๓ เมษายน ๒๕๖๕'))).toEqual([]);
  });
});

describe('invalid_date', () => {
  it('fires for a date that does not exist in free text', () => {
    expect(found(withParagraph('ให้รายงานภายในวันที่ ๓๑ มิถุนายน ๒๕๖๕'))).toEqual([['invalid_date', 'body.4.spans.0.text']]);
    expect(found(withParagraph('ให้รายงานภายในวันที่ 29 กุมภาพันธ์ 2565'))).toEqual([['invalid_date', 'body.4.spans.0.text']]);
  });

  it('stays quiet for 29 February of a leap year', () => {
    expect(found(withParagraph('ให้รายงานภายในวันที่ ๒๙ กุมภาพันธ์ ๒๕๖๗'))).toEqual([]);
  });
});

describe('weekday_mismatch', () => {
  it('fires for วันพุธที่ ๒๕ ธันวาคม ๒๕๖๕ (a Sunday), at the span holding it', () => {
    const d = diagnosticsOf(withParagraph('ส่งรายชื่อภายในวันพุธที่ ๒๕ ธันวาคม ๒๕๖๕'));
    expect(d.map((x) => [x.code, x.path])).toEqual([['weekday_mismatch', ['body', 4, 'spans', 0, 'text']]]);
    expect(d[0]?.message).toContain('Sunday');
    expect(d[0]?.messageTh).toContain('วันอาทิตย์');
  });

  it('finds the date in a table cell and in an enclosure, and in Arabic digits with an abbreviated month', () => {
    const table = budgetTable([row('data', 'ประชุม วันจันทร์ที่ 1 เม.ย. 65', '1', '10'), row('total', 'รวม', '1', '10')]);
    expect(found(withBodyBlock(3, table))).toEqual([['weekday_mismatch', 'body.3.rows.0.cells.0.spans.0.text']]);
    const enclosure = { title: ['กำหนดการ'], blocks: [paragraph('วันเสาร์ที่ ๒ เมษายน ๒๕๖๕ ลงทะเบียน'), paragraph('วันศุกร์ที่ ๒ เมษายน ๒๕๖๕ ประชุม')] };
    expect(found({ ...letter(), enclosures: [enclosure] })).toEqual([['weekday_mismatch', 'enclosures.0.blocks.1.spans.0.text']]);
  });

  it('stays quiet for Monday 23 March 2563 and Thursday 31 March 2565', () => {
    expect(found(withParagraph('ประชุมเมื่อวันจันทร์ที่ ๒๓ มีนาคม ๒๕๖๓ และจะประชุมในวันพฤหัสบดีที่ ๓๑ มีนาคม ๒๕๖๕'))).toEqual([]);
  });
});

describe('deadline_before_letter', () => {
  it('fires for a deadline before the letter date', () => {
    expect(found(withParagraph('ให้ส่งรายชื่อภายในวันที่ ๒๐ มีนาคม ๒๕๖๕'))).toEqual([['deadline_before_letter', 'body.4.spans.0.text']]);
  });

  it('fires for a meeting before the letter date', () => {
    expect(found(withParagraph('ขอเชิญเข้าร่วมประชุมในวันอังคารที่ ๒๒ มีนาคม ๒๕๖๕'))).toEqual([['deadline_before_letter', 'body.4.spans.0.text']]);
  });

  it('fires for a deadline month before the letter month', () => {
    expect(found(withParagraph('ให้ดำเนินการให้แล้วเสร็จภายในเดือนกุมภาพันธ์ ๒๕๖๕'))).toEqual([['deadline_before_letter', 'body.4.spans.0.text']]);
  });

  it('stays quiet for past events, the recap paragraph, and the same month of an undated draft', () => {
    expect(found(withParagraph('คณะรัฐมนตรีมีมติเมื่อวันที่ ๑ มีนาคม ๒๕๖๕ และประชุมเมื่อวันที่ ๒ มีนาคม ๒๕๖๕'))).toEqual([]);
    expect(found(withBodyBlock(0, paragraph('ตามหนังสือที่อ้างถึง ขอให้ส่งข้อมูลภายในเดือนกุมภาพันธ์ ๒๕๖๕ นั้น')))).toEqual([]);
    const draft = { ...withParagraph('ให้ส่งรายชื่อภายในวันที่ ๒๐ มีนาคม ๒๕๖๕'), date: { year: 2022, month: 3 } };
    expect(found(draft)).toEqual([]);
  });

  it('fires in an undated draft only for an earlier month', () => {
    const draft = { ...withParagraph('ให้ส่งรายชื่อภายในวันที่ ๒๐ กุมภาพันธ์ ๒๕๖๕'), date: { year: 2022, month: 3 } };
    expect(found(draft)).toEqual([['deadline_before_letter', 'body.4.spans.0.text']]);
  });
});

describe('fiscal_year_mismatch', () => {
  it('warns for a period outside the fiscal year it is stated for', () => {
    const d = diagnosticsOf(withParagraph('ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ระยะเวลาจ้างตั้งแต่วันที่ ๑ กันยายน - ๓๑ ธันวาคม ๒๕๖๓'));
    expect(d.map((x) => [x.code, x.severity, x.path])).toEqual([['fiscal_year_mismatch', 'warning', ['body', 4, 'spans', 0, 'text']]]);
  });

  it('warns for two full dates joined by ถึง, and for a fiscal year named right after the period', () => {
    expect(found(withParagraph('ปีงบประมาณ ๒๕๖๕ ดำเนินการตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๔ ถึงวันที่ ๓๐ ตุลาคม ๒๕๖๕'))).toEqual([
      ['fiscal_year_mismatch', 'body.4.spans.0.text'],
    ]);
    expect(found(withParagraph('ระหว่างวันที่ ๑ - ๓๐ กันยายน ๒๕๖๔ (ปีงบประมาณ ๒๕๖๕)'))).toEqual([['fiscal_year_mismatch', 'body.4.spans.0.text']]);
  });

  it('stays quiet for a period inside the year, and for a single deadline near another fiscal year', () => {
    expect(found(withParagraph('ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ระยะเวลาจ้างตั้งแต่วันที่ ๑๖ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๓'))).toEqual([]);
    expect(found(withParagraph('รองรับการดำเนินงานในปีงบประมาณ พ.ศ. ๒๕๖๖ ให้แล้วเสร็จภายในวันที่ ๓๐ มีนาคม ๒๕๖๕'))).toEqual([]);
  });
});

describe('time_range_invalid', () => {
  it('fires for a reversed range and for an impossible time', () => {
    expect(found(withParagraph('ประชุมเวลา ๑๓.๓๐ - ๑๒.๐๐ น.'))).toEqual([['time_range_invalid', 'body.4.spans.0.text']]);
    expect(found(withParagraph('ประชุมเวลา ๒๕.๐๐ น.'))).toEqual([['time_range_invalid', 'body.4.spans.0.text']]);
    expect(found(withParagraph('ประชุมเวลา 09.75 น.'))).toEqual([['time_range_invalid', 'body.4.spans.0.text']]);
  });

  it('stays quiet for a normal range, a time ending at ๒๔.๐๐, and section numbers', () => {
    expect(found(withParagraph('รายงานตัวเวลา ๐๘.๐๐ – ๐๘.๓๐ น. และปิดระบบเวลา ๒๒.๐๐ - ๒๔.๐๐ น. ตามข้อ ๓.๑๒'))).toEqual([]);
  });
});

describe('baht_text_mismatch', () => {
  it('fires when the words state another amount', () => {
    const d = diagnosticsOf(withParagraph('งบประมาณ ๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านหกแสนบาทถ้วน)'));
    expect(d.map((x) => [x.code, x.path])).toEqual([['baht_text_mismatch', ['body', 4, 'spans', 0, 'text']]]);
    expect(d[0]?.message).toContain('สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน');
  });

  it('fires when the satang differ and when the words cannot be read', () => {
    expect(found(withParagraph('จำนวน ๑,๒๓๔.๕๖ บาท (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบห้าสตางค์)'))).toEqual([['baht_text_mismatch', 'body.4.spans.0.text']]);
    expect(found(withParagraph('จำนวน ๒๐ บาท (สองสิบบาทถ้วน)'))).toEqual([['baht_text_mismatch', 'body.4.spans.0.text']]);
  });

  it('stays quiet for matching words (seed 003) and for figures without words', () => {
    expect(found(withParagraph('ไว้ที่ ๔,๔๗๗,๕๖๐,๐๐๐ บาท (สี่พันสี่ร้อยเจ็ดสิบเจ็ดล้านห้าแสนหกหมื่นบาทถ้วน) และ ๑๕,๐๐๐ บาทต่อเดือน'))).toEqual([]);
  });
});

describe('table_total_mismatch', () => {
  const table = (rows: Parameters<typeof budgetTable>[0]): Circular => withBodyBlock(3, budgetTable(rows));

  it('fires for a subtotal that is not the sum of its rows, in each wrong column', () => {
    const c = table([row('data', 'ก', '2', '76,000'), row('data', 'ข', '3', '114,000'), row('subtotal', 'รวม', '6', '180,000')]);
    expect(found(c)).toEqual([
      ['table_total_mismatch', 'body.3.rows.2.cells.1'],
      ['table_total_mismatch', 'body.3.rows.2.cells.2'],
    ]);
    expect(diagnosticsOf(c)[1]?.message).toContain('190,000');
  });

  it('fires for a total that is neither the sum of the subtotals nor of the data rows (Thai digits)', () => {
    const c = table([
      row('data', 'ก', '๒', '๗๖,๐๐๐'),
      row('subtotal', 'รวม', '๒', '๗๖,๐๐๐'),
      row('data', 'ข', '๓', '๑๑๔,๐๐๐'),
      row('subtotal', 'รวม', '๓', '๑๑๔,๐๐๐'),
      row('total', 'รวมทั้งสิ้น', '๕', '๑๙๑,๐๐๐'),
    ]);
    const d = diagnosticsOf(c);
    expect(d.map((x) => [x.code, x.path.join('.')])).toEqual([['table_total_mismatch', 'body.3.rows.4.cells.2']]);
    expect(d[0]?.messageTh).toContain('๑๙๐,๐๐๐');
  });

  it('reads summed columns from the contract when declared, and follows colSpan', () => {
    const block = {
      type: 'table' as const,
      columns: [
        { header: 'รายการ', align: 'left' as const, width: 2 },
        { header: 'หมายเหตุ', align: 'left' as const, width: 1 },
        { header: 'บาท', align: 'right' as const, width: 1, summed: true },
      ],
      headerRows: [],
      rows: [
        row('data', 'ก', '-', '10.10'),
        row('data', 'ข', '-', '20.20'),
        { kind: 'total' as const, cells: [{ spans: [{ text: 'รวม' }], colSpan: 2 }, { spans: [{ text: '30.31' }] }] },
      ],
    };
    expect(found(withBodyBlock(3, block))).toEqual([['table_total_mismatch', 'body.3.rows.2.cells.1']]);
  });

  it('stays quiet for correct sums with decimals and dashes (the clean letter) and for seed 004\'s figures', () => {
    expect(found(letter())).toEqual([]);
    const c = table([
      row('group', '1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล'),
      row('data', 'นนทบุรี', '2', '76,000', '76,000'),
      row('data', 'ปทุมธานี', '2', '76,000', '76,000'),
      row('data', 'สมุทรปราการ', '2', '76,000', '76,000'),
      row('data', 'นครปฐม', '2', '76,000', '76,000'),
      row('subtotal', 'รวม', '8', '304,000', '304,000'),
    ]);
    expect(found(c)).toEqual([]);
  });
});

describe('acting_title_invalid', () => {
  const chain = (relation: string, position: string, own = 'รองอธิบดี'): ExternalCircular => ({
    ...letter(),
    number: { agencyCode: 'มท', ownerNumber: '0408.2', circular: true, running: '2293' },
    office: { name: 'กรมการพัฒนาชุมชน', addressLines: ['ถนนแจ้งวัฒนะ เขตหลักสี่ กทม. ๑๐๒๑๐'] },
    signer: { prefix: 'นาย', name: 'โชคชัย แก้วป่อง', position: own, chain: [{ relation, position }] },
  });

  it('fires for รักษาการแทน by an official for a department head (seed 000)', () => {
    const d = diagnosticsOf(chain('รักษาการแทน', 'อธิบดีกรมการพัฒนาชุมชน'));
    expect(d.map((x) => [x.code, x.path.join('.')])).toEqual([['acting_title_invalid', 'signer.chain.0.relation']]);
    expect(d[0]?.message).toContain('รักษาราชการแทน');
  });

  it('fires for a relation outside the four legal forms and for a stray แทน word in a position', () => {
    expect(found(chain('ทำการแทน', 'อธิบดีกรมการพัฒนาชุมชน'))).toEqual([['acting_title_invalid', 'signer.chain.0.relation']]);
    expect(found({ ...chain('ปฏิบัติราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน'), signer: { prefix: 'นาย', name: 'ก ข', position: 'รองอธิบดี ทำการแทน', chain: [{ relation: 'ปฏิบัติราชการแทน', position: 'อธิบดีกรมการพัฒนาชุมชน' }] } })).toEqual([
      ['acting_title_invalid', 'signer.position'],
    ]);
  });

  it('fires for รักษาการในตำแหน่ง used for an agency head, and for รักษาการแทน for a provincial office head (seed 003)', () => {
    expect(found(chain('รักษาการในตำแหน่ง', 'อธิบดีกรมการพัฒนาชุมชน'))).toEqual([['acting_title_invalid', 'signer.chain.0.relation']]);
    const provincial = {
      ...letter(),
      signer: {
        prefix: 'นาย',
        name: 'ปณณธร ต่อมแขก',
        position: 'นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ',
        chain: [
          { relation: 'รักษาการแทน', position: 'พัฒนาการจังหวัด' },
          { relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดสกลนคร' },
        ],
      },
    };
    expect(found(provincial)).toEqual([['acting_title_invalid', 'signer.chain.0.relation']]);
  });

  it('stays quiet for รักษาราชการแทน, ปฏิบัติราชการแทน, and รักษาการแทน in a university', () => {
    expect(found(chain('รักษาราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน'))).toEqual([]);
    expect(found(chain('ปฏิบัติราชการแทน', 'อธิบดีกรมการพัฒนาชุมชน'))).toEqual([]);
    const university: ExternalCircular = {
      ...letter(),
      number: { agencyCode: 'อว', ownerNumber: '0655.12', circular: false, running: '100' },
      office: { name: 'มหาวิทยาลัยขอนแก่น', addressLines: ['ถนนมิตรภาพ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๒'] },
      addressee: { text: 'อธิบดีกรมการพัฒนาชุมชน', rank: 'general', salutation: 'เรียน', closing: 'ขอแสดงความนับถือ' },
      signer: { prefix: 'นาย', name: 'ก ข', position: 'รองอธิการบดี', chain: [{ relation: 'รักษาการแทน', position: 'อธิการบดีมหาวิทยาลัยขอนแก่น' }] },
    };
    expect(found(university)).toEqual([]);
  });
});

describe('fiscal_year_mismatch over several years', () => {
  it('accepts a period inside a span of fiscal years and flags one outside it', () => {
    expect(found(withParagraph('โครงการปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๖ ดำเนินการระหว่างวันที่ ๑ ตุลาคม ๒๕๖๔ ถึง ๓๐ กันยายน ๒๕๖๖'))).toEqual([]);
    expect(found(withParagraph('โครงการปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๖ ดำเนินการระหว่างวันที่ ๑ ตุลาคม ๒๕๖๔ ถึง ๓๑ ตุลาคม ๒๕๖๖'))).toEqual([
      ['fiscal_year_mismatch', 'body.4.spans.0.text'],
    ]);
  });
});

describe('nonstandard_document_number', () => {
  it('fires for a series segment, order numbering and a spaced slash, at the number', () => {
    const series = { ...letter(), number: { agencyCode: 'สน', ownerNumber: '0019.3', circular: true, running: '12', form: 'series' as const, series: 'พิเศษ', written: 'สน 0019.3/พิเศษ/ว 12' } };
    expect(found(series)).toEqual([['nonstandard_document_number', 'number']]);
    const order = { ...letter(), number: { agencyCode: '', ownerNumber: '', circular: true, running: '12', form: 'order' as const, year: '2565', written: '12/2565' } };
    expect(found(order)).toEqual([['nonstandard_document_number', 'number']]);
    const spaced = { ...letter(), references: [{ ...letter().references[0]!, number: { agencyCode: 'มท', ownerNumber: '0408.4', circular: true, running: '1295', written: 'มท 0408.4 / ว 1295' } }] };
    expect(found(spaced)).toEqual([['nonstandard_document_number', 'references.0']]);
  });
  it('stays quiet on the official form, and a body code without owner number is not an unknown agency code', () => {
    expect(found(letter())).toEqual([]);
    const body = { ...letter(), number: { agencyCode: 'สปสช', ownerNumber: '', circular: true, running: '12', form: 'no-owner' as const, written: 'สปสช ว 12' } };
    expect(found(body)).toEqual([['nonstandard_document_number', 'number']]);
  });
});

describe('attachment_without_quantity', () => {
  it('fires for an attachment line without quantity', () => {
    const c = { ...letter(), attachments: [letter().attachments[0]!, { title: 'แผนการดำเนินการคัดสรรฯ' }] };
    expect(found(c)).toEqual([['attachment_without_quantity', 'attachments.1']]);
  });
  it('stays quiet when every line has its quantity', () => {
    expect(found(letter()).filter(([code]) => code === 'attachment_without_quantity')).toEqual([]);
  });
});

describe('signer_on_behalf_of_self', () => {
  const signer = (position: string, ...chain: string[]): ExternalCircular => ({
    ...letter(),
    signer: { prefix: 'นาย', name: 'สมาน พัวโพธิ์', position, chain: chain.map((p) => ({ relation: 'ปฏิบัติราชการแทน', position: p })) },
  });
  it('fires when the chain names the signer\'s own position, or a principal twice', () => {
    expect(found(signer('ผู้ว่าราชการจังหวัดสกลนคร', 'ผู้ว่าราชการ จังหวัดสกลนคร'))).toEqual([['signer_on_behalf_of_self', 'signer.chain.0.position']]);
    expect(found(signer('พัฒนาการจังหวัด', 'ผู้ว่าราชการจังหวัดสกลนคร', 'ผู้ว่าราชการจังหวัดสกลนคร'))).toContainEqual(['signer_on_behalf_of_self', 'signer.chain.1.position']);
  });
  it('stays quiet for a deputy signing on behalf of the governor', () => {
    expect(found(signer('รองผู้ว่าราชการจังหวัดสกลนคร', 'ผู้ว่าราชการจังหวัดสกลนคร'))).toEqual([]);
  });
});

describe('issuer_named_two_ways', () => {
  const office = (name: string): ExternalCircular => ({ ...letter(), office: { ...letter().office, name } });
  it('fires when the body abbreviates the office the head names in full', () => {
    const c = { ...office('สำนักงานพัฒนาชุมชนจังหวัดสกลนคร'), ownerUnit: { lines: ['สำนักงานพัฒนาชุมชน จ.สกลนคร'], contacts: {} } };
    expect(found(c)).toEqual([['issuer_named_two_ways', 'ownerUnit.lines.0']]);
    const spaced = { ...office('สำนักงานพัฒนาชุมชนจังหวัดสกลนคร'), copiesTo: ['สำนักงาน พัฒนาชุมชนจังหวัดสกลนคร'] };
    expect(found(spaced)).toEqual([['issuer_named_two_ways', 'copiesTo.0']]);
  });
  it('stays quiet when the name is written the same way, or names another office', () => {
    const c = { ...office('สำนักงานพัฒนาชุมชนจังหวัดสกลนคร'), ownerUnit: { lines: ['สำนักงานพัฒนาชุมชนจังหวัดสกลนคร'], contacts: {} } };
    expect(found(c)).toEqual([]);
    expect(found(withParagraph('สำนักงานพัฒนาชุมชนจังหวัดนครพนมจะเข้าร่วมด้วย'))).toEqual([]);
  });
});

describe('misspelled_word', () => {
  it('fires for ปรากฎ, ปฎิบัติ and อีเมล์ at each place', () => {
    expect(found(withParagraph('ปรากฎว่ายังไม่ได้ปฎิบัติ ส่งทางอีเมล์'))).toEqual([
      ['misspelled_word', 'body.4.spans.0.text'],
      ['misspelled_word', 'body.4.spans.0.text'],
      ['misspelled_word', 'body.4.spans.0.text'],
    ]);
    const d = validateCircular(withParagraph('ปรากฎว่า')).diagnostics[0];
    expect(d?.message).toContain('ปรากฏ');
    expect(d?.messageTh).toContain('ปรากฏ');
  });
  it('stays quiet on the right spellings', () => {
    expect(found(withParagraph('ปรากฏว่าได้ปฏิบัติตามกฎหมายและได้รับอนุญาตแล้ว ส่งทางอีเมล คำนวณแล้ว'))).toEqual([]);
  });
});

describe('mai_yamok_spacing', () => {
  it('fires for อื่นๆ and for ๆ followed directly by a word', () => {
    expect(found(withParagraph('เอกสารอื่นๆ และเรื่องต่าง ๆที่เกี่ยวข้อง'))).toEqual([
      ['mai_yamok_spacing', 'body.4.spans.0.text'],
      ['mai_yamok_spacing', 'body.4.spans.0.text'],
    ]);
  });
  it('stays quiet on ต่าง ๆ with its spaces, at the end of a text and before punctuation', () => {
    expect(found(withParagraph('เรื่องต่าง ๆ ที่เกี่ยวข้อง และเอกสารอื่น ๆ'))).toEqual([]);
    expect(found(withParagraph('เรื่องต่าง ๆ) ที่เกี่ยวข้อง'))).toEqual([]);
  });
});

describe('deadline_before_letter with a long meeting sentence', () => {
  it('finds a meeting date 215 characters after the word ประชุม', () => {
    const filler = 'ก'.repeat(200);
    const text = `ขอเชิญเข้าร่วมประชุม ณ ห้องประชุม ${filler} ในวันพุธที่ ๙ มีนาคม ๒๕๖๕`;
    expect(text.indexOf('ในวันพุธ') - text.indexOf('ประชุม')).toBeGreaterThan(215);
    expect(found(withParagraph(text))).toEqual([['deadline_before_letter', 'body.4.spans.0.text']]);
  });
});

describe('weekday_mismatch with พุทธศักราช', () => {
  it('reports the wrong weekday of a date written with พุทธศักราช, and not the right one', () => {
    expect(found(withParagraph('ขอให้ส่งภายในวันพุธที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕'))).toEqual([['weekday_mismatch', 'body.4.spans.0.text']]);
    expect(found(withParagraph('ขอให้ส่งภายในวันอาทิตย์ที่ ๒๕ ธันวาคม พุทธศักราช ๒๕๖๕'))).toEqual([]);
  });
});
