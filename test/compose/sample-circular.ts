/**
 * test helper — a realistic canonical Circular for tests of every stage after the model.
 * Built directly as the `Circular` type (not through parseCircular) so that compose, layout,
 * PDF and DOCX tests can use it on their own. It runs to two pages: urgency, two references,
 * two attachments, mixed Thai/English/digit paragraphs, a 3-level list, an Arabic-digit budget
 * table with subtotal and total rows, a 2-link acting chain, contacts, copies-to, footer, one enclosure.
 */
import type { ExternalCircular, TableCell, TableRow } from '../../src/model/circular-types.js';

function cell(text: string, extra: Partial<Omit<TableCell, 'spans'>> = {}): TableCell {
  return { spans: [{ text }], ...extra };
}

function dataRow(order: string, district: string, booths: string, budget: string): TableRow {
  return { kind: 'data', cells: [cell(order), cell(district), cell(booths), cell(budget)] };
}

/**
 * A fresh two-page circular letter from จังหวัดฉะเชิงเทรา to every district chief.
 * Stored digits are Arabic, as an author types them; compose prints them in Thai except the table.
 * @example composeDocument(sampleCircular())
 */
export function sampleCircular(): ExternalCircular {
  return {
    kind: 'external',
    number: { agencyCode: 'ฉช', ownerNumber: '0019.3', circular: true, running: '4571' },
    urgency: 'ด่วนที่สุด',
    office: {
      name: 'ศาลากลางจังหวัดฉะเชิงเทรา',
      addressLines: ['ถนนหน้าเมือง ฉช 24000'],
      province: 'ฉะเชิงเทรา',
      postcode: '24000',
    },
    date: { year: 2023, month: 10, day: 9 },
    subject: 'การคัดเลือกผลิตภัณฑ์หนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) เพื่อเข้าร่วมงาน OTOP City 2023',
    addressee: {
      text: 'นายอำเภอ ทุกอำเภอ',
      rank: 'general',
      salutation: 'เรียน',
      closing: 'ขอแสดงความนับถือ',
    },
    referenceHeading: 'อ้างถึง',
    references: [
      {
        issuer: 'หนังสือกรมการพัฒนาชุมชน',
        number: { agencyCode: 'มท', ownerNumber: '0408.4', circular: true, running: '1295' },
        urgency: 'ด่วนที่สุด',
        date: { year: 2023, month: 9, day: 18 },
      },
      {
        issuer: 'หนังสือจังหวัดฉะเชิงเทรา',
        number: { agencyCode: 'ฉช', ownerNumber: '0019.3', circular: true, running: '3982' },
        date: { year: 2023, month: 9, day: 25 },
      },
    ],
    attachments: [
      { title: 'หลักเกณฑ์การคัดเลือกผลิตภัณฑ์ OTOP', quantity: 1, unit: 'ชุด' },
      { title: 'แบบรายงานผลการคัดเลือกผลิตภัณฑ์', quantity: 1, unit: 'ฉบับ', sentBy: 'ทางไปรษณีย์อิเล็กทรอนิกส์' },
    ],
    body: [
      {
        type: 'paragraph',
        spans: [
          {
            text: 'ตามที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้งแนวทางการคัดเลือกผลิตภัณฑ์หนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) เพื่อเข้าร่วมจำหน่ายในงาน OTOP City 2023 ระหว่างวันที่ 16 – 24 ธันวาคม 2566 ณ อาคารชาลเลนเจอร์ 1 – 3 ศูนย์แสดงสินค้าและการประชุมอิมแพ็ค เมืองทองธานี จังหวัดนนทบุรี และจังหวัดได้แจ้งให้อำเภอเตรียมความพร้อมในการคัดเลือกผู้ผลิต ผู้ประกอบการ OTOP ที่มีศักยภาพ นั้น',
          },
        ],
      },
      {
        type: 'paragraph',
        spans: [
          {
            text: 'ในการนี้ จังหวัดฉะเชิงเทราได้รับการจัดสรรพื้นที่จำหน่ายสินค้า จำนวน 12 บูธ และงบประมาณสนับสนุนค่าใช้จ่ายในการเดินทางและขนส่งสินค้าของผู้ประกอบการ รวมทั้งสิ้น 186,500 บาท (หนึ่งแสนแปดหมื่นหกพันห้าร้อยบาทถ้วน) จึงขอให้อำเภอมอบหมายสำนักงานพัฒนาชุมชนอำเภอดำเนินการ ดังนี้',
          },
        ],
      },
      {
        type: 'list',
        items: [
          {
            spans: [{ text: 'คัดเลือกผลิตภัณฑ์ OTOP ระดับ 3 – 5 ดาว ที่มีคุณสมบัติตามหลักเกณฑ์ในสิ่งที่ส่งมาด้วย 1 ดังนี้' }],
            items: [
              {
                spans: [{ text: 'เป็นผลิตภัณฑ์ที่ขึ้นทะเบียนผู้ผลิต ผู้ประกอบการ OTOP ปี 2566 แล้ว' }],
                items: [
                  { spans: [{ text: 'ผู้ประกอบการมีบัญชีธนาคารและระบบ QR Code สำหรับรับชำระเงิน' }] },
                  { spans: [{ text: 'มีสินค้าพร้อมจำหน่ายตลอดการจัดงานไม่น้อยกว่า 300 ชิ้น' }] },
                ],
              },
              { spans: [{ text: 'ได้รับมาตรฐานผลิตภัณฑ์อย่างน้อยหนึ่งมาตรฐาน เช่น อย. มผช. หรือ GMP' }] },
            ],
          },
          {
            spans: [
              {
                text: 'รายงานผลการคัดเลือกตามแบบรายงานในสิ่งที่ส่งมาด้วย 2 ให้จังหวัดทราบภายในวันที่ 20 ตุลาคม 2566 เวลา 16.30 น.',
              },
            ],
          },
          {
            spans: [
              { text: 'แจ้งผู้ประกอบการที่ผ่านการคัดเลือกลงทะเบียนผ่านระบบออนไลน์ที่ ' },
              { text: 'https://otop.cdd.go.th/city2023', literal: true },
              { text: ' โดยใช้รหัสกิจกรรม ' },
              { text: 'OTC-2023-08', literal: true, bold: true },
            ],
          },
        ],
      },
      {
        type: 'paragraph',
        spans: [{ text: 'ทั้งนี้ จังหวัดได้จัดสรรพื้นที่และงบประมาณให้แต่ละอำเภอ ดังนี้' }],
      },
      {
        type: 'table',
        caption: 'ตารางการจัดสรรพื้นที่และงบประมาณ',
        numerals: 'arabic',
        columns: [
          { header: 'ลำดับ', align: 'center', width: 1 },
          { header: 'อำเภอ', align: 'left', width: 4 },
          { header: 'จำนวนบูธ', align: 'center', width: 2, summed: true },
          { header: 'งบประมาณ (บาท)', align: 'right', width: 3, summed: true },
        ],
        headerRows: [],
        rows: [
          { kind: 'group', cells: [cell('กลุ่มที่ 1 อำเภอรอบเมือง', { colSpan: 4, bold: true })] },
          dataRow('1', 'เมืองฉะเชิงเทรา', '3', '45,000'),
          dataRow('2', 'บางคล้า', '2', '31,500'),
          dataRow('3', 'บ้านโพธิ์', '2', '30,000'),
          {
            kind: 'subtotal',
            cells: [cell('รวมกลุ่มที่ 1', { colSpan: 2, align: 'right', bold: true }), cell('7', { bold: true }), cell('106,500', { bold: true })],
          },
          { kind: 'group', cells: [cell('กลุ่มที่ 2 อำเภอรอบนอก', { colSpan: 4, bold: true })] },
          dataRow('4', 'พนมสารคาม', '3', '48,000'),
          dataRow('5', 'สนามชัยเขต', '2', '32,000'),
          {
            kind: 'subtotal',
            cells: [cell('รวมกลุ่มที่ 2', { colSpan: 2, align: 'right', bold: true }), cell('5', { bold: true }), cell('80,000', { bold: true })],
          },
          {
            kind: 'total',
            cells: [cell('รวมทั้งสิ้น', { colSpan: 2, align: 'right', bold: true }), cell('12', { bold: true }), cell('186,500', { bold: true })],
          },
        ],
      },
      {
        type: 'paragraph',
        spans: [
          { text: 'หากมีข้อสงสัยประการใด โปรดติดต่อกลุ่มงานส่งเสริมการพัฒนาชุมชน โทร. 0-3851-1238 หรือทางไปรษณีย์อิเล็กทรอนิกส์ ' },
          { text: 'cdd.chachoengsao2023@gmail.com' },
        ],
      },
      {
        type: 'paragraph',
        spans: [{ text: 'จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ' }],
      },
    ],
    signer: {
      prefix: 'นาย',
      name: 'โชคชัย แก้วป่อง',
      position: 'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน',
      chain: [
        { relation: 'รักษาราชการแทน', position: 'พัฒนาการจังหวัดฉะเชิงเทรา' },
        { relation: 'ปฏิบัติราชการแทน', position: 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา' },
      ],
    },
    ownerUnit: {
      lines: ['สำนักงานพัฒนาชุมชนจังหวัด', 'กลุ่มงานส่งเสริมการพัฒนาชุมชน'],
      contacts: {
        telephone: '0-3851-1238',
        fax: '0-3851-1239',
        email: 'cdd.chachoengsao2023@gmail.com',
      },
    },
    copiesTo: ['พัฒนาการอำเภอ ทุกอำเภอ', 'สำนักงานพาณิชย์จังหวัดฉะเชิงเทรา'],
    footerLines: ['“เศรษฐกิจฐานรากมั่นคง ชุมชนเข้มแข็งอย่างยั่งยืน”'],
    enclosures: [
      {
        title: ['หลักเกณฑ์การคัดเลือกผลิตภัณฑ์ OTOP', 'เพื่อเข้าร่วมงาน OTOP City 2023'],
        blocks: [
          { type: 'paragraph', style: 'heading', spans: [{ text: 'คุณสมบัติของผู้ผลิต ผู้ประกอบการ' }] },
          {
            type: 'list',
            items: [
              { spans: [{ text: 'เป็นผู้ผลิต ผู้ประกอบการ OTOP ที่มีภูมิลำเนาในจังหวัดฉะเชิงเทรา' }] },
              { spans: [{ text: 'ไม่เคยถูกตัดสิทธิ์การเข้าร่วมงาน OTOP City ในรอบ 2 ปีที่ผ่านมา' }] },
              { spans: [{ text: 'ยินยอมปฏิบัติตามระเบียบการจัดงานที่กรมการพัฒนาชุมชนกำหนด' }] },
            ],
          },
          { type: 'paragraph', style: 'heading', spans: [{ text: 'เกณฑ์การพิจารณา' }] },
          {
            type: 'paragraph',
            spans: [
              {
                text: 'คณะกรรมการระดับอำเภอพิจารณาจากคุณภาพของผลิตภัณฑ์ ร้อยละ 40 ความพร้อมด้านการผลิต ร้อยละ 30 และศักยภาพทางการตลาด ร้อยละ 30 โดยผลิตภัณฑ์ที่ได้คะแนนรวมตั้งแต่ 70 คะแนนขึ้นไปถือว่าผ่านการคัดเลือก',
              },
            ],
          },
        ],
      },
    ],
    numerals: 'thai',
  };
}
