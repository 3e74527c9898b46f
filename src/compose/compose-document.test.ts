import { describe, expect, it } from 'vitest';
import { isSarabanError } from '../diagnostics/diagnostic.js';
import type { ExternalCircular } from '../model/circular-types.js';
import { sampleCircular } from '../../test/compose/sample-circular.js';
import { composeDocument, safeComposeDocument } from './compose-document.js';
import { runsText } from './digits.js';
import type { Block, DocumentTree } from './tree.js';

/** The sample without urgency, references, attachments, copies, footer and enclosures. */
function minimal(overrides: Partial<ExternalCircular> = {}): ExternalCircular {
  const base = JSON.parse(JSON.stringify(sampleCircular())) as Record<string, unknown>;
  delete base['urgency'];
  return {
    ...(base as unknown as ExternalCircular),
    references: [],
    attachments: [],
    copiesTo: [],
    footerLines: [],
    enclosures: [],
    body: [{ type: 'paragraph', spans: [{ text: 'ด้วยกรมฯ ขอแจ้ง' }] }],
    ...overrides,
  };
}

const find = <T extends Block['type']>(tree: DocumentTree, type: T): Extract<Block, { type: T }>[] =>
  tree.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('composeDocument: order and labels', () => {
  it('puts the parts in the order of spec §1.3, then each enclosure after a page break', () => {
    const tree = composeDocument(sampleCircular());
    const sequence = tree.blocks.map((b) => (b.type === 'labeled' ? `labeled:${b.role}` : b.type));
    const headEnd = sequence.indexOf('paragraph');
    expect(sequence.slice(0, headEnd)).toEqual([
      'letterhead',
      'date',
      'labeled:subject',
      'labeled:salutation',
      'labeled:reference',
      'labeled:attachment',
    ]);
    const tailStart = sequence.indexOf('closing');
    expect(sequence.slice(tailStart, tailStart + 5)).toEqual(['closing', 'signature', 'contact', 'copiesTo', 'pageBreak']);
  });

  it('prints the fixed labels and those the circular chose', () => {
    const tree = composeDocument(minimal({ referenceHeading: 'อ้างอิง', references: sampleCircular().references.slice(0, 1) }));
    const labeled = find(tree, 'labeled');
    expect(labeled.map((b) => [b.role, b.label])).toEqual([
      ['subject', 'เรื่อง'],
      ['salutation', 'เรียน'],
      ['reference', 'อ้างอิง'],
    ]);
    // A single reference carries no number.
    expect(labeled[2]?.items[0]?.marker).toBeUndefined();
    expect(runsText(find(tree, 'letterhead')[0]?.numberLine ?? [])).toBe('ที่ ฉช ๐๐๑๙.๓/ว ๔๕๗๑');
    expect(find(tree, 'contact')).toHaveLength(1);
    expect(find(tree, 'copiesTo')).toHaveLength(0);
    expect(find(tree, 'pageBreak')).toHaveLength(0);
  });

  it('numbers several attachments and puts the quantity in the trailing runs', () => {
    const attachment = find(composeDocument(sampleCircular()), 'labeled').find((b) => b.role === 'attachment');
    expect(attachment?.items).toEqual([
      { marker: '๑.', runs: [{ text: 'หลักเกณฑ์การคัดเลือกผลิตภัณฑ์ OTOP' }], trailing: [{ text: 'จำนวน ๑ ชุด' }] },
      {
        marker: '๒.',
        runs: [{ text: 'แบบรายงานผลการคัดเลือกผลิตภัณฑ์ (ส่งทางไปรษณีย์อิเล็กทรอนิกส์)' }],
        trailing: [{ text: 'จำนวน ๑ ฉบับ' }],
      },
    ]);
  });

  it('uses the addressee salutation and closing', () => {
    const tree = composeDocument(
      minimal({ addressee: { text: 'นายกรัฐมนตรี', rank: 'high-office', salutation: 'กราบเรียน', closing: 'ขอแสดงความนับถืออย่างยิ่ง' } }),
    );
    expect(find(tree, 'labeled')[1]).toMatchObject({ role: 'salutation', label: 'กราบเรียน', items: [{ runs: [{ text: 'นายกรัฐมนตรี' }] }] });
    expect(find(tree, 'closing')[0]?.runs).toEqual([{ text: 'ขอแสดงความนับถืออย่างยิ่ง' }]);
  });

  it('prints the signature block of the sample chain', () => {
    const signature = find(composeDocument(sampleCircular()), 'signature')[0];
    expect(signature?.nameLine).toEqual([{ text: '(นายโชคชัย แก้วป่อง)' }]);
    expect(signature?.positionLines.map(runsText)).toEqual([
      'หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน รักษาราชการแทน',
      'พัฒนาการจังหวัดฉะเชิงเทรา ปฏิบัติราชการแทน',
      'ผู้ว่าราชการจังหวัดฉะเชิงเทรา',
    ]);
  });
});

describe('composeDocument: digits, date, furniture, meta', () => {
  it('prints an Arabic-digit letter with Arabic digits everywhere, page numbers included', () => {
    const tree = composeDocument({ ...sampleCircular(), numerals: 'arabic' });
    expect(runsText(find(tree, 'letterhead')[0]?.numberLine ?? [])).toBe('ที่ ฉช 0019.3/ว 4571');
    expect(runsText(find(tree, 'date')[0]?.runs ?? [])).toBe('9 ตุลาคม 2566');
    expect(tree.furniture.pageNumbers).toBe('arabic');
    expect(JSON.stringify(tree)).not.toMatch(/[๐-๙]/u);
  });

  it('prints a draft date with the day left blank', () => {
    const tree = composeDocument({ ...sampleCircular(), date: { year: 2020, month: 10 } });
    expect(find(tree, 'date')[0]?.runs).toEqual([{ text: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 ตุลาคม ๒๕๖๓' }]);
  });

  it('stamps urgency and secrecy in red bold and fills the furniture', () => {
    const tree = composeDocument({ ...sampleCircular(), secrecy: 'ลับ' });
    expect(tree.furniture).toEqual({
      emblem: true,
      urgency: [{ text: 'ด่วนที่สุด', bold: true, color: 'red' }],
      secrecy: [{ text: 'ลับ', bold: true, color: 'red' }],
      pageNumbers: 'thai',
      continuationCue: true,
      footerLines: [[{ text: '“เศรษฐกิจฐานรากมั่นคง ชุมชนเข้มแข็งอย่างยั่งยืน”' }]],
    });
    expect('urgency' in composeDocument(minimal()).furniture).toBe(false);
  });

  it('lets the caller turn off the emblem and the continuation cue', () => {
    const tree = composeDocument(sampleCircular(), { emblem: false, continuationCue: false });
    expect([tree.furniture.emblem, tree.furniture.continuationCue]).toEqual([false, false]);
  });

  it('fills the metadata from the subject and the office', () => {
    expect(composeDocument(sampleCircular()).meta).toEqual({
      title: 'การคัดเลือกผลิตภัณฑ์หนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) เพื่อเข้าร่วมงาน OTOP City ๒๐๒๓',
      subject: 'การคัดเลือกผลิตภัณฑ์หนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP) เพื่อเข้าร่วมงาน OTOP City ๒๐๒๓',
      author: 'ศาลากลางจังหวัดฉะเชิงเทรา',
      language: 'th-TH',
    });
  });

  it('starts each enclosure on a new page with centred heading title lines in its own digits', () => {
    const circular = sampleCircular();
    const enclosure = circular.enclosures[0]!;
    const tree = composeDocument({
      ...circular,
      enclosures: [enclosure, { ...enclosure, title: ['ทะเบียนปี 2566'], orientation: 'landscape', numerals: 'arabic' }],
    });
    const breaks = tree.blocks.flatMap((b, i) => (b.type === 'pageBreak' ? [i] : []));
    expect(breaks).toHaveLength(2);
    expect(tree.blocks[breaks[0]!]).toEqual({ type: 'pageBreak', orientation: 'portrait' });
    expect(tree.blocks.slice(breaks[0]! + 1, breaks[0]! + 3)).toEqual([
      { type: 'paragraph', role: 'enclosureBody', align: 'heading', runs: [{ text: 'หลักเกณฑ์การคัดเลือกผลิตภัณฑ์ OTOP' }], keepWithNext: true },
      { type: 'paragraph', role: 'enclosureBody', align: 'heading', runs: [{ text: 'เพื่อเข้าร่วมงาน OTOP City ๒๐๒๓' }], keepWithNext: true },
    ]);
    expect(tree.blocks[breaks[1]!]).toEqual({ type: 'pageBreak', orientation: 'landscape' });
    expect(tree.blocks[breaks[1]! + 1]).toMatchObject({ runs: [{ text: 'ทะเบียนปี 2566' }] });
    expect(JSON.stringify(tree.blocks.slice(breaks[1]))).not.toMatch(/[๐-๙]/u);
  });

  it('is plain JSON', () => {
    const tree = composeDocument(sampleCircular());
    expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
  });
});

describe('safeComposeDocument', () => {
  it('returns the tree with no diagnostics for the sample', () => {
    const result = safeComposeDocument(sampleCircular());
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it('returns an error naming the field for an impossible date, and composeDocument throws it', () => {
    const circular = { ...sampleCircular(), date: { year: 2023, month: 2, day: 30 } };
    const result = safeComposeDocument(circular);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'invalid_date', stage: 'compose', path: ['date'] }]);
    let thrown: unknown;
    try {
      composeDocument(circular);
    } catch (error) {
      thrown = error;
    }
    expect(isSarabanError(thrown)).toBe(true);
  });

  it('keeps warnings with the tree', () => {
    const result = safeComposeDocument(
      minimal({ body: [{ type: 'list', items: [{ spans: [{ text: 'ก' }], items: [{ spans: [{ text: 'ข' }], items: [{ spans: [{ text: 'ค' }], items: [{ spans: [{ text: 'ง' }] }] }] }] }] }] }),
    );
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['list_too_deep']);
  });
});
