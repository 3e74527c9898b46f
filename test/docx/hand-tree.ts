/**
 * test/docx — a hand-built DocumentTree of a real-looking external circular (seed 004 style)
 * for the DOCX renderer's tests, and a small PNG standing in for the Garuda. Complements
 * compose's `sampleCircular()`: fixed, short values whose positions the tests compute by hand,
 * and switches for secrecy, urgency and a landscape enclosure.
 */
import { deflateSync } from 'node:zlib';
import type { Block, DocumentTree, Run } from '../../src/compose/tree.js';

const t = (text: string): Run[] => [{ text }];

export const LONG_BODY =
  'ตามหนังสือที่อ้างถึง กรมการพัฒนาชุมชนได้แจ้งแนวทางการดำเนินโครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ เพื่อให้จังหวัดทราบและเตรียมความพร้อมในการดำเนินงาน ความละเอียดแจ้งแล้ว นั้น';

export function handTree(options: { readonly enclosure?: boolean; readonly secrecy?: boolean; readonly urgency?: boolean } = {}): DocumentTree {
  const blocks: Block[] = [
    {
      type: 'letterhead',
      numberLine: t('ที่ ฉช ๐๐๑๗.๓/ว ๑๒๓๔'),
      officeLines: [t('ศาลากลางจังหวัดฉะเชิงเทรา'), t('ถนนหน้าเมือง ฉช ๒๔๐๐๐')],
    },
    { type: 'date', runs: t('๑๕ มกราคม ๒๕๖๘') },
    { type: 'labeled', role: 'subject', label: 'เรื่อง', items: [{ runs: t('ขอความร่วมมือดำเนินโครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และรายงานผลการดำเนินงาน') }] },
    { type: 'labeled', role: 'salutation', label: 'เรียน', items: [{ runs: t('นายอำเภอ ทุกอำเภอ') }] },
    { type: 'labeled', role: 'reference', label: 'อ้างถึง', items: [{ runs: t('หนังสือกรมการพัฒนาชุมชน ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ ลงวันที่ ๕ มกราคม ๒๕๖๘') }] },
    {
      type: 'labeled',
      role: 'attachment',
      label: 'สิ่งที่ส่งมาด้วย',
      items: [
        { marker: '๑.', runs: t('ทะเบียนการจัดสรรงบประมาณฯ'), trailing: t('จำนวน ๑ ชุด') },
        { marker: '๒.', runs: t('ปริมาณงานของนักการตลาดฯ (ปรับปรุง)'), trailing: t('จำนวน ๑ ชุด') },
      ],
    },
    { type: 'paragraph', role: 'body', align: 'body', runs: t(LONG_BODY) },
    {
      type: 'paragraph',
      role: 'body',
      align: 'body',
      runs: [{ text: 'จังหวัดฉะเชิงเทราพิจารณาแล้ว ' }, { text: 'ขอให้อำเภอดำเนินการ', bold: true }, { text: ' ดังนี้' }],
      keepWithNext: true,
    },
    { type: 'listItem', level: 1, marker: '๑.', runs: t('แจ้งผู้ผลิต ผู้ประกอบการ OTOP น้ำพริก ปี่ ญู ฐาน ฎีกา ที่ผ่านการคัดสรร ให้มาลงทะเบียนผ่านระบบ Zoom Meeting ID: ๕๙๗ ๒๑๒ ๗๖๐๙ ภายในวันที่ ๓๑ มกราคม ๒๕๖๘') },
    { type: 'listItem', level: 2, marker: '๑.๑', runs: t('รายงานผลทางไปรษณีย์อิเล็กทรอนิกส์ cd8rew@gmail.com') },
    {
      type: 'table',
      columnWidths: [1, 4, 2],
      headerRows: [
        {
          kind: 'header',
          cells: [
            { runs: t('ที่'), colSpan: 1, rowSpan: 1, align: 'center', bold: true },
            { runs: t('รายการ'), colSpan: 1, rowSpan: 1, align: 'center', bold: true },
            { runs: t('งบประมาณ (บาท)'), colSpan: 1, rowSpan: 1, align: 'center', bold: true },
          ],
        },
      ],
      rows: [
        {
          kind: 'data',
          cells: [
            { runs: t('๑'), colSpan: 1, rowSpan: 1, align: 'center', bold: false },
            { runs: t('ค่าตอบแทนนักการตลาด'), colSpan: 1, rowSpan: 1, align: 'left', bold: false },
            { runs: t('๑๒๐,๐๐๐'), colSpan: 1, rowSpan: 1, align: 'right', bold: false },
          ],
        },
        {
          kind: 'total',
          cells: [
            { runs: t('รวม'), colSpan: 2, rowSpan: 1, align: 'center', bold: true },
            { runs: t('๑๒๐,๐๐๐'), colSpan: 1, rowSpan: 1, align: 'right', bold: true },
          ],
        },
      ],
    },
    { type: 'paragraph', role: 'closing', align: 'body', runs: t('จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป') },
    { type: 'closing', runs: t('ขอแสดงความนับถือ') },
    {
      type: 'signature',
      nameLine: t('(นายสมชาย ใจดี)'),
      positionLines: [t('รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน'), t('ผู้ว่าราชการจังหวัดฉะเชิงเทรา')],
    },
    { type: 'contact', lines: [t('สำนักงานพัฒนาชุมชนจังหวัด'), t('กลุ่มงานส่งเสริมและพัฒนาเศรษฐกิจฐานราก'), t('โทร. ๐ ๓๘๕๑ ๑๒๓๔'), t('ไปรษณีย์อิเล็กทรอนิกส์ cd8rew@gmail.com')] },
    { type: 'copiesTo', label: 'สำเนาส่ง', lines: [t('พัฒนาการอำเภอ ทุกอำเภอ')] },
  ];
  if (options.enclosure === true) {
    blocks.push(
      { type: 'pageBreak', orientation: 'landscape' },
      { type: 'paragraph', role: 'enclosureBody', align: 'heading', runs: t('ทะเบียนการจัดสรรงบประมาณ') },
      { type: 'paragraph', role: 'enclosureBody', align: 'body', runs: t('รายละเอียดการจัดสรรงบประมาณตามโครงการส่งเสริมนักการตลาดรุ่นใหม่') },
    );
  }
  return {
    kind: 'external',
    meta: { title: 'ขอความร่วมมือดำเนินโครงการ', subject: 'ขอความร่วมมือ', author: 'จังหวัดฉะเชิงเทรา', language: 'th-TH' },
    furniture: {
      emblem: true,
      ...(options.urgency === true ? { urgency: t('ด่วนที่สุด') } : {}),
      ...(options.secrecy === true ? { secrecy: t('ลับ') } : {}),
      pageNumbers: 'thai',
      continuationCue: true,
      footerLines: [t('"ยึดมั่นธรรมาภิบาล บริการเพื่อประชาชน"')],
    },
    blocks,
  };
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A black filled ellipse on white, `width` × `height` pixels: a stand-in Garuda. */
export function testEmblemPng(width = 90, height = 100): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const dx = (x - width / 2) / (width / 2);
      const dy = (y - height / 2) / (height / 2);
      raw[y * (width + 1) + 1 + x] = dx * dx + dy * dy <= 1 ? 0 : 255;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
