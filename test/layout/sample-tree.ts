/**
 * test helper — hand-built DocumentTrees for page-layout tests (independent of compose):
 * a full external letter with every block type, with a configurable body.
 */
import type { Block, DocumentTree, PageFurniture, Run } from '../../src/compose/tree.js';

export const WORDS = ['ในการนี้', 'จังหวัด', 'ขอให้', 'อำเภอ', 'ดำเนินการ', 'คัดเลือก', 'ผลิตภัณฑ์', 'OTOP', 'ที่มี', 'ศักยภาพ', 'เพื่อ', 'เข้าร่วม', 'งาน'];

/** A deterministic text of `n` words. */
export function words(n: number, offset = 0): string {
  return Array.from({ length: n }, (_, i) => WORDS[(i + offset) % WORDS.length] ?? '').join(' ');
}

const t = (text: string): Run[] => [{ text }];

export interface SampleOptions {
  /** Word counts of the body paragraphs. */
  readonly body?: readonly number[];
  readonly furniture?: Partial<PageFurniture>;
  readonly extra?: readonly Block[];
  /** Word count of the paragraph before the closing, all the word "สรุปผล" (default: one short line). */
  readonly lastParagraph?: number;
}

export function sampleTree(options: SampleOptions = {}): DocumentTree {
  const body = options.body ?? [40, 60];
  const blocks: Block[] = [
    {
      type: 'letterhead',
      numberLine: t('ที่ ฉช ๐๐๑๙.๓/ว ๔๕๗๑'),
      officeLines: [t('ศาลากลางจังหวัดฉะเชิงเทรา'), t('ถนนหน้าเมือง ฉช ๒๔๐๐๐')],
    },
    { type: 'date', runs: t('๙ ตุลาคม ๒๕๖๖') },
    { type: 'labeled', role: 'subject', label: 'เรื่อง', items: [{ runs: t('การคัดเลือกผลิตภัณฑ์ OTOP') }] },
    { type: 'labeled', role: 'salutation', label: 'เรียน', items: [{ runs: t('นายอำเภอ ทุกอำเภอ') }] },
    {
      type: 'labeled',
      role: 'attachment',
      label: 'สิ่งที่ส่งมาด้วย',
      items: [
        { marker: '๑.', runs: t('หลักเกณฑ์การคัดเลือก'), trailing: t('จำนวน ๑ ชุด') },
        { marker: '๒.', runs: t(words(8)), trailing: t('จำนวน ๑ ฉบับ') },
      ],
    },
    ...body.map((n, i): Block => ({ type: 'paragraph', role: 'body', align: 'body', runs: t(words(n, i)) })),
    { type: 'listItem', level: 1, marker: '๑.', runs: t(words(12)) },
    { type: 'listItem', level: 2, marker: '๑.๑', runs: t(words(6)) },
    ...(options.extra ?? []),
    {
      type: 'paragraph',
      role: 'closing',
      align: 'body',
      runs: t(options.lastParagraph === undefined ? 'จึงเรียนมาเพื่อโปรดพิจารณา' : Array.from({ length: options.lastParagraph }, () => 'สรุปผล').join(' ')),
    },
    { type: 'closing', runs: t('ขอแสดงความนับถือ') },
    { type: 'signature', nameLine: t('(นายสมชาย ใจดี)'), positionLines: [t('ผู้ว่าราชการจังหวัดฉะเชิงเทรา')] },
    { type: 'contact', lines: [t('สำนักงานพัฒนาชุมชนจังหวัด'), t('โทร. ๐ ๓๘๕๑ ๑๒๓๘')] },
    { type: 'copiesTo', label: 'สำเนาส่ง', lines: [t('พัฒนาการอำเภอ ทุกอำเภอ')] },
  ];
  return {
    kind: 'external',
    meta: { title: 'การคัดเลือก', subject: 'การคัดเลือก', author: 'จังหวัด', language: 'th-TH' },
    furniture: { emblem: true, pageNumbers: 'thai', continuationCue: true, footerLines: [t('ยึดมั่นธรรมาภิบาล')], ...options.furniture },
    blocks,
  };
}
