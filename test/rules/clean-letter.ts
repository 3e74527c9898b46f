/**
 * test helper — a clean, fully featured canonical Circular that passes every rule (and a clean memo
 * with the same body), and helpers to break it one fact at a time. Built by hand as the canonical type (not through parseCircular) so the
 * rule tests do not depend on the model's friendly input forms.
 */
import type { BodyBlock, ExternalCircular, MemoCircular, ParagraphBlock, TableCell, TableRow } from '../../src/model/circular-types.js';

export function paragraph(text: string): ParagraphBlock {
  return { type: 'paragraph', spans: [{ text }] };
}

function cell(text: string): TableCell {
  return { spans: [{ text }] };
}

export function row(kind: TableRow['kind'], ...texts: string[]): TableRow {
  return kind === undefined ? { cells: texts.map(cell) } : { kind, cells: texts.map(cell) };
}

/** A budget table: two groups with subtotals, then a grand total (Arabic digits). */
export function budgetTable(rows?: readonly TableRow[]): BodyBlock {
  return {
    type: 'table',
    columns: [
      { header: 'อำเภอ', align: 'left', width: 3 },
      { header: 'เป้าหมาย (คน)', align: 'right', width: 1 },
      { header: 'งบประมาณ', align: 'right', width: 2 },
    ],
    headerRows: [],
    rows: rows ?? [
      row('group', 'กลุ่มที่ ๑'),
      row('data', 'เมืองสกลนคร', '2', '76,000'),
      row('data', 'พังโคน', '3', '114,000'),
      row('subtotal', 'รวม', '5', '190,000'),
      row('group', 'กลุ่มที่ ๒'),
      row('data', 'วานรนิวาส', '2', '76,000.50'),
      row('data', 'สว่างแดนดิน', '1', '-'),
      row('subtotal', 'รวม', '3', '76,000.50'),
      row('total', 'รวมทั้งสิ้น', '8', '266,000.50'),
    ],
  };
}

export function cleanLetter(): ExternalCircular {
  return {
    kind: 'external',
    number: { agencyCode: 'สน', ownerNumber: '0019.3', circular: true, running: '5471' },
    urgency: 'ด่วนที่สุด',
    office: { name: 'ศาลากลางจังหวัดสกลนคร', addressLines: ['ถนนศูนย์ราชการ สน ๔๗๐๐๐'], province: 'สกลนคร', postcode: '47000' },
    date: { year: 2022, month: 3, day: 25 },
    subject: 'โครงการการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย ปี พ.ศ. ๒๕๖๕',
    addressee: { text: 'นายอำเภอ ทุกอำเภอ', rank: 'general', salutation: 'เรียน', closing: 'ขอแสดงความนับถือ' },
    referenceHeading: 'อ้างถึง',
    references: [
      {
        issuer: 'หนังสือกรมการพัฒนาชุมชน',
        number: { agencyCode: 'มท', ownerNumber: '0408.4', circular: true, running: '1295' },
        date: { year: 2022, month: 3, day: 1 },
      },
    ],
    attachments: [
      { title: 'กรอบแนวทางและหลักเกณฑ์การคัดสรรฯ', quantity: 1, unit: 'ชุด' },
      { title: 'แผนการดำเนินการคัดสรรฯ', quantity: 1, unit: 'ฉบับ' },
    ],
    body: [
      paragraph(
        'ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้จัดทำโครงการการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย ปี พ.ศ. ๒๕๖๕ เมื่อวันที่ ๑ มีนาคม ๒๕๖๕ นั้น',
      ),
      paragraph(
        'ในการนี้ จังหวัดได้รับงบประมาณ ๒๖๖,๐๐๐.๕๐ บาท (สองแสนหกหมื่นหกพันบาทห้าสิบสตางค์) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ระยะเวลาดำเนินการตั้งแต่วันที่ ๑ เมษายน - ๓๐ กันยายน ๒๕๖๕ จึงขอให้อำเภอดำเนินการ ดังนี้',
      ),
      {
        type: 'list',
        items: [
          { marker: '๑.', spans: [{ text: 'ศึกษารายละเอียดตามสิ่งที่ส่งมาด้วย ๑ - ๒ และส่งรายชื่อให้จังหวัดภายในวันพุธที่ ๓๐ มีนาคม ๒๕๖๕' }] },
          {
            marker: '๒.',
            spans: [
              { text: 'เข้าร่วมประชุมชี้แจงผ่านระบบ Zoom ในวันพฤหัสบดีที่ ' },
              { text: '๓๑ มีนาคม ๒๕๖๕', bold: true },
              { text: ' เวลา ๑๐.๐๐ - ๑๒.๐๐ น.' },
            ],
          },
        ],
      },
      budgetTable(),
      paragraph('จึงเรียนมาเพื่อพิจารณาดำเนินการ'),
    ],
    signer: {
      prefix: 'นาย',
      name: 'สมาน พัวโพธิ์',
      position: 'พัฒนาการจังหวัด',
      chain: [{ relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดสกลนคร' }],
    },
    ownerUnit: { lines: ['สำนักงานพัฒนาชุมชนจังหวัด', 'กลุ่มงานส่งเสริมการพัฒนาชุมชน'], contacts: { telephoneFax: '๐ ๔๒๗๑ ๑๕๕๔' } },
    copiesTo: [],
    footerLines: ['“อยู่สกล รักสกล ทำเพื่อสกลนคร”'],
    enclosures: [],
    numerals: 'thai',
  };
}

/** The clean letter with one body block replaced (index into `body`). */
export function withBodyBlock(index: number, block: BodyBlock): ExternalCircular {
  const letter = cleanLetter();
  const body = [...letter.body];
  body[index] = block;
  return { ...letter, body };
}

/** The clean letter with an extra paragraph appended after the given text (before the closing line). */
export function withParagraph(text: string): ExternalCircular {
  const letter = cleanLetter();
  const body = [...letter.body];
  body.splice(body.length - 1, 0, paragraph(text));
  return { ...letter, body };
}

/**
 * A clean memo (บันทึกข้อความ) that passes every rule: a unit of the provincial community development
 * office writes to its head, with the clean letter's reference, attachments and body.
 */
export function cleanMemo(): MemoCircular {
  const letter = cleanLetter();
  return {
    kind: 'memo',
    number: { agencyCode: 'สน', ownerNumber: '0019.3', circular: false, running: '1234' },
    office: { name: 'สำนักงานพัฒนาชุมชนจังหวัดสกลนคร กลุ่มงานส่งเสริมและพัฒนาชุมชน', telephone: '๐ ๔๒๗๑ ๑๕๕๔' },
    date: letter.date,
    subject: letter.subject,
    addressee: { text: 'พัฒนาการจังหวัดสกลนคร', rank: 'general', salutation: 'เรียน' },
    referenceHeading: 'อ้างถึง',
    references: letter.references,
    attachments: letter.attachments,
    body: letter.body,
    signer: { prefix: 'นางสาว', name: 'สมศรี ใจดี', position: 'หัวหน้ากลุ่มงานส่งเสริมและพัฒนาชุมชน', chain: [] },
    enclosures: [],
    numerals: 'thai',
  };
}
