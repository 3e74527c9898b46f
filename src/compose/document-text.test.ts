import { describe, expect, it } from 'vitest';
import { documentText, normalizeExtractedText } from './document-text.js';
import type { DocumentTree } from './tree.js';

describe('normalizeExtractedText', () => {
  it.each([
    ['decomposed Sara Am from a PDF extractor', 'น\u0E49\u0E4D\u0E32 ก\u0E4D\u0E32', 'น้ำ กำ'],
    ['zero-width space, soft hyphen and BOM', '\uFEFFหนัง\u200Bสือ\u00AD', 'หนังสือ'],
    ['whitespace of every kind', '  ที่\u00a0\u00a0มท\n\n๐๔๐๘\t/ว  ', 'ที่ มท ๐๔๐๘ /ว'],
    ['NFC', 'e\u0301', '\u00e9'],
    ['Thai unchanged', 'ปี่ ญู ฐาน ฎีกา A วันที่', 'ปี่ ญู ฐาน ฎีกา A วันที่'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeExtractedText(input)).toBe(expected);
  });
});

describe('documentText', () => {
  const tree: DocumentTree = {
    kind: 'external',
    meta: { title: 'ก', subject: 'ก', author: 'ข', language: 'th-TH' },
    furniture: {
      emblem: true,
      urgency: [{ text: 'ด่วน', bold: true, color: 'red' }],
      secrecy: [{ text: 'ลับ', bold: true, color: 'red' }],
      pageNumbers: 'thai',
      continuationCue: true,
      footerLines: [[{ text: 'คำขวัญ' }]],
    },
    blocks: [
      { type: 'letterhead', numberLine: [{ text: 'ที่ มท ๐๔๐๘.๒/ว ๑' }], officeLines: [[{ text: 'กรม' }], [{ text: 'ถนน' }]] },
      { type: 'date', runs: [{ text: '๑ มกราคม ๒๕๖๘' }] },
      {
        type: 'labeled',
        role: 'attachment',
        label: 'สิ่งที่ส่งมาด้วย',
        items: [
          { marker: '๑.', runs: [{ text: 'แบบ' }], trailing: [{ text: 'จำนวน ๑ ชุด' }] },
          { marker: '๒.', runs: [{ text: 'ตาราง' }] },
        ],
      },
      { type: 'paragraph', role: 'body', align: 'body', runs: [{ text: 'ด้วย ' }, { text: 'กรม', bold: true }] },
      { type: 'listItem', level: 2, marker: '๑.๑', runs: [{ text: 'ข้อ' }] },
      {
        type: 'table',
        columnWidths: [1, 1],
        headerRows: [{ kind: 'header', cells: [{ runs: [{ text: 'ก' }], colSpan: 1, rowSpan: 1, align: 'center', bold: true }, { runs: [{ text: 'ข' }], colSpan: 1, rowSpan: 1, align: 'center', bold: true }] }],
        rows: [{ kind: 'data', cells: [{ runs: [{ text: '1' }], colSpan: 1, rowSpan: 1, align: 'left', bold: false }, { runs: [], colSpan: 1, rowSpan: 1, align: 'left', bold: false }] }],
      },
      { type: 'closing', runs: [{ text: 'ขอแสดงความนับถือ' }] },
      { type: 'signature', nameLine: [{ text: '(นายก ข)' }], positionLines: [[{ text: 'อธิบดี' }]] },
      { type: 'contact', lines: [[{ text: 'กอง' }]] },
      { type: 'copiesTo', label: 'สำเนาส่ง', lines: [[{ text: 'ทุกจังหวัด' }]] },
      { type: 'pageBreak', orientation: 'portrait' },
      { type: 'paragraph', role: 'enclosureBody', align: 'heading', runs: [{ text: 'ภาคผนวก' }] },
    ],
  };

  it('reads the tree in print order: urgency first, footer at the foot of the letter before the enclosure', () => {
    expect(documentText(tree).split('\n')).toEqual([
      'ด่วน',
      'ที่ มท ๐๔๐๘.๒/ว ๑',
      'กรม',
      'ถนน',
      '๑ มกราคม ๒๕๖๘',
      'สิ่งที่ส่งมาด้วย ๑. แบบ จำนวน ๑ ชุด',
      '๒. ตาราง',
      'ด้วย กรม',
      '๑.๑ ข้อ',
      'ก ข',
      '1 ',
      'ขอแสดงความนับถือ',
      '(นายก ข)',
      'อธิบดี',
      'กอง',
      'สำเนาส่ง',
      'ทุกจังหวัด',
      'คำขวัญ',
      'ภาคผนวก',
    ]);
  });

  it('reads a memo head: the heading, then each line of labelled fields, ที่ and วันที่ on one line', () => {
    const memo: DocumentTree = {
      ...tree,
      kind: 'memo',
      furniture: { ...tree.furniture, footerLines: [] },
      blocks: [
        { type: 'memoHeading', runs: [{ text: 'บันทึกข้อความ' }] },
        { type: 'memoFields', fields: [{ label: 'ส่วนราชการ', runs: [{ text: 'กลุ่มงาน โทร. ๐ ๔๒๗๑ ๑๕๕๔' }] }] },
        {
          type: 'memoFields',
          fields: [
            { label: 'ที่', runs: [{ text: 'สน ๐๐๑๙.๓/' }] },
            { label: 'วันที่', runs: [] },
          ],
        },
        { type: 'memoFields', fields: [{ label: 'เรื่อง', runs: [{ text: 'ขอ' }, { text: 'อนุมัติ', bold: true }] }] },
        { type: 'labeled', role: 'salutation', label: 'เรียน', items: [{ runs: [{ text: 'พัฒนาการจังหวัด' }] }] },
        { type: 'signature', nameLine: [{ text: '(นายก ข)' }], positionLines: [[{ text: 'หัวหน้ากลุ่มงาน' }]] },
      ],
    };
    expect(documentText(memo).split('\n')).toEqual([
      'ด่วน',
      'บันทึกข้อความ',
      'ส่วนราชการ กลุ่มงาน โทร. ๐ ๔๒๗๑ ๑๕๕๔',
      'ที่ สน ๐๐๑๙.๓/ วันที่',
      'เรื่อง ขออนุมัติ',
      'เรียน พัฒนาการจังหวัด',
      '(นายก ข)',
      'หัวหน้ากลุ่มงาน',
    ]);
  });

  it('puts the footer last when there is no enclosure', () => {
    const letterOnly = { ...tree, blocks: tree.blocks.slice(0, 2) };
    expect(documentText(letterOnly).split('\n').at(-1)).toBe('คำขวัญ');
  });
});
