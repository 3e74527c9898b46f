/**
 * test helper — a realistic canonical memo (บันทึกข้อความ, spec §1.4) for tests of every stage after
 * the model. Built directly as the `MemoCircular` type (not through parseCircular), like sampleCircular.
 * A unit of the provincial community development office asks its head to approve a training budget:
 * urgency, one reference and one attachment (some agencies print them), a paragraph with an amount in
 * words, a numbered list, an Arabic-digit table with a total row, an acting signer, one enclosure.
 * Stored digits are Arabic, as an author types them; compose prints them in Thai except the table.
 */
import type { MemoCircular } from '../../src/model/circular-types.js';

/** @example composeDocument(sampleMemo()) */
export function sampleMemo(): MemoCircular {
  return {
    kind: 'memo',
    number: { agencyCode: 'ฉช', ownerNumber: '0019.3', circular: false, running: '812' },
    urgency: 'ด่วน',
    office: { name: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา กลุ่มงานส่งเสริมการพัฒนาชุมชน', telephone: '0 3851 1238', email: 'chachoengsao@cdd.go.th' },
    date: { year: 2024, month: 1, day: 15 },
    subject: 'ขออนุมัติจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP ปี 2567',
    addressee: { text: 'พัฒนาการจังหวัดฉะเชิงเทรา', rank: 'general', salutation: 'เรียน' },
    referenceHeading: 'อ้างถึง',
    references: [
      {
        issuer: 'หนังสือกรมการพัฒนาชุมชน',
        number: { agencyCode: 'มท', ownerNumber: '0410.2', circular: true, running: '118' },
        date: { year: 2023, month: 12, day: 20 },
      },
    ],
    attachments: [{ title: 'โครงการฝึกอบรม', quantity: 1, unit: 'ชุด' }],
    body: [
      {
        type: 'paragraph',
        spans: [
          {
            text: 'ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้จัดสรรงบประมาณ 45,000 บาท (สี่หมื่นห้าพันบาทถ้วน) ให้จังหวัดจัดฝึกอบรมผู้ผลิต ผู้ประกอบการ OTOP รายละเอียดตามสิ่งที่ส่งมาด้วย',
          },
        ],
      },
      {
        type: 'list',
        items: [
          { marker: '1.', spans: [{ text: 'จัดฝึกอบรมในวันพฤหัสบดีที่ 8 กุมภาพันธ์ 2567 เวลา 09.00 - 16.00 น.' }] },
          { marker: '2.', spans: [{ text: 'กลุ่มเป้าหมาย 30 คน' }] },
        ],
      },
      {
        type: 'table',
        columns: [
          { header: 'รายการ', align: 'left', width: 3 },
          { header: 'จำนวนเงิน (บาท)', align: 'right', width: 1, summed: true },
        ],
        headerRows: [],
        rows: [
          { kind: 'data', cells: [{ spans: [{ text: 'ค่าอาหารและอาหารว่าง' }] }, { spans: [{ text: '15,000' }] }] },
          { kind: 'data', cells: [{ spans: [{ text: 'ค่าตอบแทนวิทยากร' }] }, { spans: [{ text: '30,000' }] }] },
          { kind: 'total', cells: [{ spans: [{ text: 'รวม' }], bold: true }, { spans: [{ text: '45,000' }], bold: true }] },
        ],
        numerals: 'arabic',
      },
      { type: 'paragraph', spans: [{ text: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ' }] },
    ],
    signer: {
      prefix: 'นาง',
      name: 'สุนีย์ ศรีสุข',
      position: 'นักวิชาการพัฒนาชุมชนชำนาญการ',
      chain: [{ relation: 'รักษาราชการแทน', position: 'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน' }],
    },
    enclosures: [{ title: ['กำหนดการฝึกอบรม'], blocks: [{ type: 'paragraph', spans: [{ text: '09.00 น. ลงทะเบียน' }], style: 'plain' }] }],
    numerals: 'thai',
  };
}
