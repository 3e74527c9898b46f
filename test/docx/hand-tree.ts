/**
 * test/docx — a hand-built DocumentTree of a real-looking external circular (seed 004 style)
 * for the DOCX renderer's tests, and a small PNG standing in for the Garuda. Complements
 * compose's `sampleCircular()`: fixed, short values whose positions the tests compute by hand,
 * and switches for secrecy, urgency and a landscape enclosure.
 */
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
