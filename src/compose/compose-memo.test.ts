/**
 * composeDocument on a memo (บันทึกข้อความ): the order of spec §1.4 (heading, ส่วนราชการ, ที่ and
 * วันที่ on one line, เรื่อง, เรียน, optional อ้างถึง and สิ่งที่ส่งมาด้วย, body, signature, no คำลงท้าย),
 * the printed values (digits, telephone, e-mail, date as a letter prints it), furniture and meta.
 * Oracle: spec §1.4 and §2.2, and values written out by hand from the sample memo.
 */
import { describe, expect, it } from 'vitest';
import { sampleMemo } from '../../test/compose/sample-memo.js';
import type { MemoCircular } from '../model/circular-types.js';
import { composeDocument, safeComposeDocument } from './compose-document.js';
import { runsText } from './digits.js';
import { documentText, normalizeExtractedText } from './document-text.js';
import type { Block, DocumentTree } from './tree.js';

function sequence(tree: DocumentTree): string[] {
  return tree.blocks.map((b) => (b.type === 'labeled' ? `labeled:${b.role}` : b.type));
}

const find = <T extends Block['type']>(tree: DocumentTree, type: T): Extract<Block, { type: T }>[] =>
  tree.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

/** The sample without urgency, references, attachments and enclosures, and with one paragraph. */
function minimal(overrides: Partial<MemoCircular> = {}): MemoCircular {
  const base = JSON.parse(JSON.stringify(sampleMemo())) as Record<string, unknown>;
  delete base['urgency'];
  return {
    ...(base as unknown as MemoCircular),
    references: [],
    attachments: [],
    enclosures: [],
    body: [{ type: 'paragraph', spans: [{ text: 'ขออนุมัติ' }] }],
    ...overrides,
  };
}

describe('composeDocument on a memo: order', () => {
  it('is a memo tree with the parts of spec §1.4 in order, the signature without a closing, then the enclosure', () => {
    const tree = composeDocument(sampleMemo());
    expect(tree.kind).toBe('memo');
    expect(sequence(tree)).toEqual([
      'memoHeading',
      'memoFields',
      'memoFields',
      'memoFields',
      'labeled:salutation',
      'labeled:reference',
      'labeled:attachment',
      'paragraph',
      'listItem',
      'listItem',
      'table',
      'paragraph',
      'signature',
      'pageBreak',
      'paragraph',
      'paragraph',
    ]);
    for (const letterOnly of ['letterhead', 'date', 'closing', 'contact', 'copiesTo'] as const) expect(find(tree, letterOnly)).toEqual([]);
  });

  it('leaves out อ้างถึง and สิ่งที่ส่งมาด้วย when the memo has none', () => {
    expect(sequence(composeDocument(minimal()))).toEqual(['memoHeading', 'memoFields', 'memoFields', 'memoFields', 'labeled:salutation', 'paragraph', 'signature']);
  });
});

describe('composeDocument on a memo: content', () => {
  it('prints the heading and the labelled head lines with Thai digits', () => {
    const tree = composeDocument(sampleMemo());
    expect(tree.blocks.slice(0, 4)).toEqual([
      { type: 'memoHeading', runs: [{ text: 'บันทึกข้อความ' }] },
      {
        type: 'memoFields',
        fields: [
          {
            label: 'ส่วนราชการ',
            // No-break spaces inside the telephone and after the labels: the number never splits across lines.
            runs: [{ text: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา กลุ่มงานส่งเสริมการพัฒนาชุมชน โทร.\u00a0๐\u00a0๓๘๕๑\u00a0๑๒๓๘ ไปรษณีย์อิเล็กทรอนิกส์\u00a0chachoengsao@cdd.go.th' }],
          },
        ],
      },
      {
        type: 'memoFields',
        fields: [
          { label: 'ที่', runs: [{ text: 'ฉช ๐๐๑๙.๓/๘๑๒' }] },
          { label: 'วันที่', runs: [{ text: '๑๕ มกราคม ๒๕๖๗' }] },
        ],
      },
      { type: 'memoFields', fields: [{ label: 'เรื่อง', runs: [{ text: 'ขออนุมัติจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP ปี ๒๕๖๗' }] }] },
    ]);
  });

  it('keeps the e-mail digits and prints the unit alone when it has no telephone', () => {
    const withDigits = composeDocument(minimal({ office: { name: 'กองแผนงาน', email: 'plan2@cdd.go.th' } }));
    expect(runsText(find(withDigits, 'memoFields')[0]?.fields[0]?.runs ?? [])).toBe('กองแผนงาน ไปรษณีย์อิเล็กทรอนิกส์\u00a0plan2@cdd.go.th');
    const bare = composeDocument(minimal({ office: { name: 'กรมการพัฒนาชุมชน กองแผนงาน' } }));
    expect(find(bare, 'memoFields')[0]?.fields).toEqual([{ label: 'ส่วนราชการ', runs: [{ text: 'กรมการพัฒนาชุมชน กองแผนงาน' }] }]);
  });

  it('prints เรียน and the addressee, the reference and the attachment as a letter does', () => {
    const labeled = find(composeDocument(sampleMemo()), 'labeled');
    expect(labeled).toEqual([
      { type: 'labeled', role: 'salutation', label: 'เรียน', items: [{ runs: [{ text: 'พัฒนาการจังหวัดฉะเชิงเทรา' }] }] },
      { type: 'labeled', role: 'reference', label: 'อ้างถึง', items: [{ runs: [{ text: 'หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๑๐.๒/ว ๑๑๘ ลงวันที่ ๒๐ ธันวาคม ๒๕๖๖' }] }] },
      { type: 'labeled', role: 'attachment', label: 'สิ่งที่ส่งมาด้วย', items: [{ runs: [{ text: 'โครงการฝึกอบรม' }], trailing: [{ text: 'จำนวน ๑ ชุด' }] }] },
    ]);
  });

  it('prints the body as a letter does: Thai digits, list markers, an Arabic-digit table', () => {
    const tree = composeDocument(sampleMemo());
    expect(runsText(find(tree, 'paragraph')[0]?.runs ?? [])).toContain('๔๕,๐๐๐ บาท (สี่หมื่นห้าพันบาทถ้วน)');
    expect(find(tree, 'listItem').map((b) => b.marker)).toEqual(['๑.', '๒.']);
    const table = find(tree, 'table')[0];
    expect(table?.rows.map((row) => row.cells.map((cell) => runsText(cell.runs)))).toEqual([
      ['ค่าอาหารและอาหารว่าง', '15,000'],
      ['ค่าตอบแทนวิทยากร', '30,000'],
      ['รวม', '45,000'],
    ]);
  });

  it('ends with the signature and its acting chain, without คำลงท้าย', () => {
    const tree = composeDocument(sampleMemo());
    const signatureAt = tree.blocks.findIndex((b) => b.type === 'signature');
    expect(tree.blocks[signatureAt - 1]).toMatchObject({ type: 'paragraph', runs: [{ text: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ' }] });
    expect(tree.blocks[signatureAt + 1]).toEqual({ type: 'pageBreak', orientation: 'portrait' });
    const signature = find(tree, 'signature')[0];
    expect(signature?.nameLine).toEqual([{ text: '(นางสุนีย์ ศรีสุข)' }]);
    expect(signature?.positionLines.map(runsText)).toEqual(['นักวิชาการพัฒนาชุมชนชำนาญการ รักษาราชการแทน', 'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน']);
  });

  it('prints Arabic digits everywhere in an Arabic-digit memo, and a draft with the day left blank', () => {
    const arabic = composeDocument({ ...sampleMemo(), numerals: 'arabic' });
    expect(JSON.stringify(arabic)).not.toMatch(/[๐-๙]/u);
    expect(find(arabic, 'memoFields')[1]?.fields.map((f) => runsText(f.runs))).toEqual(['ฉช 0019.3/812', '15 มกราคม 2567']);
    const draft = composeDocument(minimal({ date: { year: 2024, month: 1 }, number: { agencyCode: 'ฉช', ownerNumber: '0019.3', circular: false } }));
    expect(find(draft, 'memoFields')[1]?.fields).toEqual([
      { label: 'ที่', runs: [{ text: 'ฉช ๐๐๑๙.๓/' }] },
      { label: 'วันที่', runs: [{ text: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 มกราคม ๒๕๖๗' }] },
    ]);
  });
});

describe('composeDocument on a memo: furniture, meta, text', () => {
  it('has the letter furniture with no footer lines', () => {
    expect(composeDocument({ ...sampleMemo(), secrecy: 'ลับ' }).furniture).toEqual({
      emblem: true,
      urgency: [{ text: 'ด่วน', bold: true, color: 'red' }],
      secrecy: [{ text: 'ลับ', bold: true, color: 'red' }],
      pageNumbers: 'thai',
      continuationCue: true,
      footerLines: [],
    });
    const plain = composeDocument(minimal(), { emblem: false, continuationCue: false }).furniture;
    expect(plain).toEqual({ emblem: false, pageNumbers: 'thai', continuationCue: false, footerLines: [] });
  });

  it('fills the metadata from the subject and the unit', () => {
    expect(composeDocument(sampleMemo()).meta).toEqual({
      title: 'ขออนุมัติจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP ปี ๒๕๖๗',
      subject: 'ขออนุมัติจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP ปี ๒๕๖๗',
      author: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา กลุ่มงานส่งเสริมการพัฒนาชุมชน',
      language: 'th-TH',
    });
  });

  it('reads in print order', () => {
    const lines = documentText(composeDocument(minimal())).split('\n').map(normalizeExtractedText);
    expect(lines).toEqual([
      'บันทึกข้อความ',
      'ส่วนราชการ สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา กลุ่มงานส่งเสริมการพัฒนาชุมชน โทร. ๐ ๓๘๕๑ ๑๒๓๘ ไปรษณีย์อิเล็กทรอนิกส์ chachoengsao@cdd.go.th',
      'ที่ ฉช ๐๐๑๙.๓/๘๑๒ วันที่ ๑๕ มกราคม ๒๕๖๗',
      'เรื่อง ขออนุมัติจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP ปี ๒๕๖๗',
      'เรียน พัฒนาการจังหวัดฉะเชิงเทรา',
      'ขออนุมัติ',
      '(นางสุนีย์ ศรีสุข)',
      'นักวิชาการพัฒนาชุมชนชำนาญการ รักษาราชการแทน',
      'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน',
    ]);
  });

  it('is plain JSON, and an impossible date is a compose error naming the field', () => {
    const tree = composeDocument(sampleMemo());
    expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
    const result = safeComposeDocument(minimal({ date: { year: 2023, month: 2, day: 30 } }));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'invalid_date', stage: 'compose', path: ['date'] }]);
  });
});
