/**
 * DOCX renderer: assertions on the package XML itself (oracle: the style profile's numbers
 * converted with ptToTwip / ptToHalfPoint, and the Unicode Thai block for `<w:cs/>`).
 */
import type { DocumentTree } from '../../src/compose/tree.js';
import { describe, expect, it } from 'vitest';
import { cm, DEFAULT_STYLE_PROFILE as P, measureWidth, ptToHalfPoint, ptToTwip, resolveStyleProfile } from '../../src/style/profile.js';
import { renderDocxFromTree, safeRenderDocxFromTree } from '../../src/pipeline/render-docx.js';
import { textWidthPt } from '../../src/format/measure/table-measure.js';
import { composeDocument, documentText } from '../../src/compose/index.js';
import { sampleCircular } from '../compose/sample-circular.js';
import { testEmblemPng } from '../helpers/test-emblem.js';
import { handTree, LONG_BODY } from './hand-tree.js';
import { squash } from './tree-text.js';
import { child, docxParts, findAll, parseXml, textOf, type XmlElement } from './xml-tree.js';

const THAI = /[\u0E00-\u0E7F]/u;
const W = measureWidth(P);

async function render(options: Parameters<typeof handTree>[0] = {}, extra: Parameters<typeof renderDocxFromTree>[1] = {}) {
  const bytes = await renderDocxFromTree(handTree(options), { emblem: testEmblemPng(), ...extra });
  const parts = docxParts(bytes);
  return { bytes, parts, doc: parseXml(parts['word/document.xml']!) };
}

const paragraphs = (doc: XmlElement): XmlElement[] => findAll(doc, 'w:p');
const pPr = (p: XmlElement, name: string): XmlElement | undefined => {
  const props = child(p, 'w:pPr');
  return props ? child(props, name) : undefined;
};
const num = (e: XmlElement | undefined, attr: string): number => Number(e?.attrs[attr]);
const paragraphWith = (doc: XmlElement, text: string): XmlElement => {
  const found = paragraphs(doc).find((p) => textOf(p).includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
};
/** Runs that write text (w:t) or a tab. */
const textRunsOf = (root: XmlElement): XmlElement[] => findAll(root, 'w:r').filter((r) => child(r, 'w:t') ?? child(r, 'w:tab'));

describe('run properties for Thai', () => {
  it('sets all four font slots and both sizes on every run, in header, footer and body', async () => {
    const { parts } = await render({ secrecy: true, urgency: true, enclosure: true });
    const stories = Object.keys(parts).filter((n) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(n));
    expect(stories.length).toBeGreaterThan(3);
    let checked = 0;
    for (const name of stories) {
      for (const run of textRunsOf(parseXml(parts[name]!))) {
        const rPr = child(run, 'w:rPr')!;
        const fonts = child(rPr, 'w:rFonts')!;
        for (const slot of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(fonts.attrs[slot], `${name} ${slot}`).toBe('TH SarabunPSK');
        const sz = child(rPr, 'w:sz')!.attrs['w:val'];
        expect(child(rPr, 'w:szCs')!.attrs['w:val']).toBe(sz);
        expect([ptToHalfPoint(P.font.size), ptToHalfPoint(P.urgency.size), ptToHalfPoint(P.secrecy.size)].map(String)).toContain(sz);
        if (child(rPr, 'w:b')) expect(child(rPr, 'w:bCs'), textOf(run)).toBeDefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('puts <w:cs/> on every run containing Thai and on no other run, in schema order', async () => {
    const { parts } = await render({ secrecy: true });
    const doc = parseXml(parts['word/document.xml']!);
    const runs = findAll(doc, 'w:r').filter((r) => child(r, 'w:t'));
    const latin = runs.filter((r) => !THAI.test(textOf(r)));
    expect(latin.map(textOf)).toEqual(expect.arrayContaining(['OTOP) ', 'Zoom Meeting ID: ', 'cd8rew@gmail.com']));
    for (const run of runs) {
      const rPr = child(run, 'w:rPr')!;
      expect(Boolean(child(rPr, 'w:cs')), textOf(run)).toBe(THAI.test(textOf(run)));
      // cs follows the size and colour elements (CT_RPr order).
      const names = rPr.children.map((c) => c.name);
      if (names.includes('w:cs')) expect(names.indexOf('w:cs')).toBeGreaterThan(names.indexOf('w:szCs'));
    }
    const header = parseXml(parts['word/header1.xml'] ?? parts['word/header2.xml']!);
    expect(findAll(header, 'w:cs').length).toBeGreaterThan(0);
  });

  it('keeps a Thai token with digits and ASCII punctuation in one run (no run boundary inside a word)', async () => {
    const { doc } = await render();
    const texts = findAll(doc, 'w:t').map((t) => t.text);
    expect(texts).toContain('ที่ ฉช ๐๐๑๗.๓/ว ๑๒๓๔');
  });

  it('writes no w:noProof and, by default, no Thai bidi language; the option adds it to Thai runs only', async () => {
    const { parts } = await render();
    expect(parts['word/document.xml']).not.toContain('noProof');
    expect(parts['word/document.xml']).not.toContain('w:bidi="th-TH"');
    const withLang = await render({}, { thaiProofingLanguage: true });
    for (const run of findAll(withLang.doc, 'w:r').filter((r) => child(r, 'w:t'))) {
      const lang = child(child(run, 'w:rPr')!, 'w:lang');
      expect(lang?.attrs['w:bidi'] === 'th-TH', textOf(run)).toBe(THAI.test(textOf(run)));
    }
  });

  it('writes the configured font family', async () => {
    const { doc } = await render({}, { fontFamily: 'TH Sarabun New' });
    const fonts = findAll(doc, 'w:rFonts');
    expect(fonts.length).toBeGreaterThan(10);
    expect(fonts.every((f) => f.attrs['w:cs'] === 'TH Sarabun New' && f.attrs['w:ascii'] === 'TH Sarabun New')).toBe(true);
  });
});

describe('geometry from the style profile', () => {
  it('sets A4, the margins, titlePg and Thai page numbers; enclosures get a landscape section', async () => {
    const { doc, parts } = await render({ enclosure: true });
    const sections = findAll(doc, 'w:sectPr');
    expect(sections).toHaveLength(2);
    const [letter, enclosure] = sections as [XmlElement, XmlElement];
    expect(num(child(letter, 'w:pgSz'), 'w:w')).toBe(ptToTwip(P.page.width));
    expect(num(child(letter, 'w:pgSz'), 'w:h')).toBe(ptToTwip(P.page.height));
    const mar = child(letter, 'w:pgMar')!;
    expect(num(mar, 'w:left')).toBe(ptToTwip(cm(3)));
    expect(num(mar, 'w:right')).toBe(ptToTwip(cm(2)));
    expect(num(mar, 'w:top')).toBe(ptToTwip(cm(2.5)));
    // The letter keeps the continuation cue's line free, as the PDF layout does; enclosures do not.
    expect(num(mar, 'w:bottom')).toBe(ptToTwip(cm(2) + P.font.linePitch));
    expect(num(child(enclosure, 'w:pgMar'), 'w:bottom')).toBe(ptToTwip(cm(2)));
    expect(num(mar, 'w:header')).toBe(ptToTwip(P.pageNumber.top));
    expect(child(letter, 'w:titlePg')).toBeDefined();
    expect(child(letter, 'w:pgNumType')!.attrs['w:fmt']).toBe('thaiNumbers');
    expect(child(enclosure, 'w:pgSz')!.attrs['w:orient']).toBe('landscape');
    expect(num(child(enclosure, 'w:pgSz'), 'w:w')).toBeGreaterThan(num(child(enclosure, 'w:pgSz'), 'w:h'));
    const compat = findAll(parseXml(parts['word/settings.xml']!), 'w:compatSetting').find((c) => c.attrs['w:name'] === 'compatibilityMode');
    expect(compat?.attrs['w:val']).toBe('15');
    // Page 1's header has no page number; the default header does.
    const headerRefs = findAll(letter, 'w:headerReference');
    const rels = parts['word/_rels/document.xml.rels']!;
    const target = (type: string): string => {
      const id = headerRefs.find((h) => h.attrs['w:type'] === type)!.attrs['r:id']!;
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
    };
    expect(parts[`word/${target('first')}`]).not.toContain('PAGE');
    expect(parts[`word/${target('default')}`]).toMatch(/PAGE/);
  });

  it('starts page 1 under the Garuda: the urgency stamp framed level with it, a spacer to 4.5 cm holding the image 3 cm high, 1.5 cm from the top, centred', async () => {
    const { doc } = await render({ urgency: true });
    const [stamp, first] = paragraphs(doc);
    const frame = pPr(stamp!, 'w:framePr')!;
    const urgencyPitch = (P.font.linePitch * P.urgency.size) / P.font.size;
    expect(num(frame, 'w:y')).toBe(ptToTwip(P.emblem.top + (P.emblem.height - urgencyPitch) / 2));
    expect(frame.attrs['w:vAnchor']).toBe('page');
    expect(frame.attrs['w:wrap']).toBe('through');
    expect(textOf(stamp!)).toBe('ด่วนที่สุด');
    const urgency = findAll(stamp!, 'w:r')[0]!;
    expect(findAll(urgency, 'w:color')[0]!.attrs['w:val']).toBe('FF0000');
    expect(findAll(urgency, 'w:b')).toHaveLength(1);
    const spacing = pPr(first!, 'w:spacing')!;
    expect(spacing.attrs['w:lineRule']).toBe('exact');
    expect(num(spacing, 'w:line')).toBe(ptToTwip(P.emblem.top + P.emblem.height - P.page.marginTop));
    const anchor = findAll(first!, 'wp:anchor')[0]!;
    expect(findAll(anchor, 'wp:posOffset')[0]!.text).toBe(String(Math.round(P.emblem.top * 12700)));
    expect(findAll(child(anchor, 'wp:positionH')!, 'wp:align')[0]!.text).toBe('center');
    const extent = child(anchor, 'wp:extent')!;
    expect(Math.abs(num(extent, 'cy') - P.emblem.height * 12700)).toBeLessThan(13000);
    expect(num(extent, 'cx') / num(extent, 'cy')).toBeCloseTo(90 / 100, 2);
    // Without an image the same space is kept.
    const plain = parseXml(docxParts(await renderDocxFromTree(handTree()))['word/document.xml']!);
    expect(num(pPr(paragraphs(plain)[0]!, 'w:spacing'), 'w:line')).toBe(num(spacing, 'w:line'));
    expect(findAll(plain, 'wp:anchor')).toHaveLength(0);
  });

  it('puts ที่ flush left and the office block right, its longest line ending officeSlack short of the right margin', async () => {
    const { doc } = await render();
    const numberLine = paragraphWith(doc, 'ที่ ฉช');
    const tab = findAll(numberLine, 'w:tab').find((t) => t.attrs['w:val'] === 'left')!;
    const longest = Math.max(textWidthPt('ศาลากลางจังหวัดฉะเชิงเทรา', 16), textWidthPt('ถนนหน้าเมือง ฉช ๒๔๐๐๐', 16));
    expect(num(tab, 'w:pos')).toBe(ptToTwip(Math.max(P.indent.dateFromMargin, W - longest - P.indent.officeSlack)));
    expect(num(tab, 'w:pos')).toBeGreaterThanOrEqual(ptToTwip(P.indent.dateFromMargin));
    expect(num(pPr(paragraphWith(doc, 'ถนนหน้าเมือง'), 'w:ind'), 'w:left')).toBe(num(tab, 'w:pos'));
  });

  it('never starts the office block left of the page centre, even for a very long line', async () => {
    const tree = handTree();
    const letterhead = tree.blocks[0]!;
    if (letterhead.type !== 'letterhead') throw new Error('fixture');
    const long = { ...tree, blocks: [{ ...letterhead, officeLines: [[{ text: 'สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ถนนกรุงเกษม' }]] }, ...tree.blocks.slice(1)] };
    const doc = parseXml(docxParts(await renderDocxFromTree(long))['word/document.xml']!);
    const tab = findAll(paragraphWith(doc, 'ที่ ฉช'), 'w:tab').find((t) => t.attrs['w:val'] === 'left')!;
    expect(num(tab, 'w:pos')).toBe(ptToTwip(P.indent.dateFromMargin));
  });

  it('starts the date and the closing at the page centre, 7.5 cm from the margin, with 6 and 12 pt before', async () => {
    const { doc } = await render();
    const date = paragraphWith(doc, '๑๕ มกราคม');
    expect(num(pPr(date, 'w:ind'), 'w:left')).toBe(ptToTwip(cm(7.5)));
    expect(num(pPr(date, 'w:spacing'), 'w:before')).toBe(ptToTwip(P.spacing.beforeBlock));
    const closing = paragraphWith(doc, 'ขอแสดงความนับถือ');
    expect(num(pPr(closing, 'w:ind'), 'w:left')).toBe(ptToTwip(cm(7.5)));
    expect(num(pPr(closing, 'w:spacing'), 'w:before')).toBe(ptToTwip(P.spacing.beforeClosing));
  });

  it('hangs labeled values after the label plus two spaces, markers with their own hanging indent, quantities two spaces after the item', async () => {
    const { doc } = await render();
    const space = textWidthPt(' ', 16);
    const subject = paragraphWith(doc, 'เรื่อง');
    const valueX = ptToTwip(textWidthPt('เรื่อง', 16) + 2 * space);
    expect(num(pPr(subject, 'w:ind'), 'w:left')).toBe(valueX);
    expect(num(pPr(subject, 'w:ind'), 'w:hanging')).toBe(valueX);
    expect(findAll(subject, 'w:tab').some((t) => num(t, 'w:pos') === valueX)).toBe(true);
    const attach1 = paragraphWith(doc, 'ทะเบียนการจัดสรร');
    const attach2 = paragraphWith(doc, 'ปริมาณงาน');
    const labelX = textWidthPt('สิ่งที่ส่งมาด้วย', 16) + 2 * space;
    const textXPt = labelX + textWidthPt('๑.', 16) + space;
    const textX = ptToTwip(textXPt);
    expect(num(pPr(attach1, 'w:ind'), 'w:left')).toBe(textX);
    expect(num(pPr(attach1, 'w:ind'), 'w:hanging')).toBe(textX);
    expect(num(pPr(attach2, 'w:ind'), 'w:left')).toBe(textX);
    expect(num(pPr(attach2, 'w:ind'), 'w:hanging')).toBe(ptToTwip(textXPt - labelX));
    // The quantity follows the item after two spaces' width (a left tab stop there), as in the PDF.
    const quantityX = (item: string): number => ptToTwip(textXPt + textWidthPt(item, 16) + 2 * space);
    expect(findAll(attach1, 'w:tab').some((t) => t.attrs['w:val'] === 'left' && num(t, 'w:pos') === quantityX('ทะเบียนการจัดสรรงบประมาณฯ'))).toBe(true);
    expect(findAll(attach2, 'w:tab').some((t) => t.attrs['w:val'] === 'left' && num(t, 'w:pos') === quantityX('ปริมาณงานของนักการตลาดฯ (ปรับปรุง)'))).toBe(true);
    expect(findAll(attach1, 'w:tab').some((t) => t.attrs['w:val'] === 'right')).toBe(false);
    expect(textOf(attach2)).toBe('๒.ปริมาณงานของนักการตลาดฯ (ปรับปรุง)จำนวน ๑ ชุด');
    // The whole block stays on one page and with the block after it, as in the PDF.
    for (const p of [subject, attach1, attach2]) {
      expect(pPr(p, 'w:keepNext')).toBeDefined();
      expect(pPr(p, 'w:keepLines')).toBeDefined();
    }
  });

  it('puts a quantity that does not fit beside its item on a line of its own, and after two spaces when the item wraps', async () => {
    const tree = handTree();
    // About 75 % of the value column: the item fits on one line, the quantity no longer does.
    const oneLine = 'แบบรายงานผลการดำเนินงานโครงการส่งเสริมนักการตลาดรุ่นใหม่ประจำปีงบประมาณ';
    const wraps = `${oneLine} ${oneLine}`;
    const blocks = tree.blocks.map((block) =>
      block.type === 'labeled' && block.role === 'attachment'
        ? { ...block, items: [{ marker: '๑.', runs: [{ text: oneLine }], trailing: [{ text: 'จำนวน ๑ ชุด' }] }, { marker: '๒.', runs: [{ text: wraps }], trailing: [{ text: 'จำนวน ๒ ชุด' }] }] }
        : block,
    );
    const doc = parseXml(docxParts(await renderDocxFromTree({ ...tree, blocks }))['word/document.xml']!);
    const first = paragraphWith(doc, 'จำนวน ๑ ชุด');
    const second = paragraphWith(doc, 'จำนวน ๒ ชุด');
    const textX = textWidthPt('สิ่งที่ส่งมาด้วย', 16) + 3 * textWidthPt(' ', 16) + textWidthPt('๑.', 16);
    expect(textX + textWidthPt(oneLine, 16)).toBeLessThan(W);
    expect(textX + textWidthPt(`${oneLine}  จำนวน ๑ ชุด`, 16)).toBeGreaterThan(W);
    expect(findAll(first, 'w:br')).toHaveLength(1);
    expect(textOf(first).endsWith(`${oneLine}จำนวน ๑ ชุด`)).toBe(true);
    expect(findAll(second, 'w:br')).toHaveLength(0);
    expect(textOf(second).endsWith(`${wraps}  จำนวน ๒ ชุด`)).toBe(true);
    // Only the label, marker and text stops: no quantity stop for either item.
    expect(findAll(second, 'w:tab').filter((t) => t.attrs['w:val'] === 'left')).toHaveLength(2);
  });

  it('keeps what the PDF layout keeps: the date with the subject, the signature with the contacts, widow control on body text', async () => {
    const { doc } = await render();
    expect(pPr(paragraphWith(doc, '๑๕ มกราคม'), 'w:keepNext')).toBeDefined();
    expect(pPr(paragraphWith(doc, 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา'), 'w:keepNext')).toBeDefined();
    expect(pPr(paragraphWith(doc, LONG_BODY.slice(0, 20)), 'w:widowControl')).toBeDefined();
    expect(pPr(paragraphWith(doc, 'แจ้งผู้ผลิต'), 'w:widowControl')).toBeDefined();
    // The contact lines stay together; the last one is free to end the page.
    expect(pPr(paragraphWith(doc, 'โทร. ๐ ๓๘๕๑'), 'w:keepNext')).toBeDefined();
    const last = pPr(paragraphWith(doc, 'cd8rew@gmail.com'), 'w:keepNext');
    expect(last === undefined || last.attrs['w:val'] === 'false').toBe(true);
  });

  it('sets body paragraphs Thai-distributed with the 2.5 cm first-line indent, 6 pt before, exact 20.8 pt pitch', async () => {
    const { doc } = await render();
    const body = paragraphWith(doc, LONG_BODY.slice(0, 20));
    expect(pPr(body, 'w:jc')!.attrs['w:val']).toBe('thaiDistribute');
    expect(num(pPr(body, 'w:ind'), 'w:firstLine')).toBe(ptToTwip(cm(2.5)));
    const spacing = pPr(body, 'w:spacing')!;
    expect(num(spacing, 'w:before')).toBe(ptToTwip(6));
    expect(num(spacing, 'w:line')).toBe(ptToTwip(20.8));
    expect(spacing.attrs['w:lineRule']).toBe('exact');
    const item = paragraphWith(doc, 'แจ้งผู้ผลิต');
    expect(num(pPr(item, 'w:ind'), 'w:firstLine')).toBe(ptToTwip(P.indent.firstLine));
    expect(pPr(item, 'w:ind')!.attrs['w:left']).toBeUndefined();
    const sub = paragraphWith(doc, 'รายงานผลทาง');
    expect(num(pPr(sub, 'w:ind'), 'w:firstLine')).toBe(ptToTwip(P.indent.firstLine + P.indent.listLevelStep));
    // The paragraph before the closing keeps at least two lines with it.
    const last = paragraphWith(doc, 'จึงเรียนมา');
    expect(pPr(last, 'w:keepNext')).toBeDefined();
    expect(pPr(last, 'w:widowControl')).toBeDefined();
  });

  it('centres the name and positions on the centre of the closing line, after three empty lines', async () => {
    const { doc } = await render();
    const all = paragraphs(doc);
    const closingIndex = all.findIndex((p) => textOf(p) === 'ขอแสดงความนับถือ');
    expect(all.slice(closingIndex + 1, closingIndex + 4).map(textOf)).toEqual(['', '', '']);
    const centre = P.indent.dateFromMargin + textWidthPt('ขอแสดงความนับถือ', 16) / 2;
    for (const text of ['(นายสมชาย ใจดี)', 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา']) {
      const p = paragraphWith(doc, text);
      expect(pPr(p, 'w:jc')!.attrs['w:val']).toBe('center');
      const left = num(pPr(p, 'w:ind'), 'w:left') || 0;
      const right = num(pPr(p, 'w:ind'), 'w:right') || 0;
      expect(Math.abs((left + ptToTwip(W) - right) / 2 - ptToTwip(centre))).toBeLessThanOrEqual(1);
    }
  });

  it('writes tables with borders, repeated header rows, rows allowed to split, widths in proportion', async () => {
    const { doc } = await render();
    const table = findAll(doc, 'w:tbl')[0]!;
    const grid = findAll(table, 'w:gridCol').map((g) => num(g, 'w:w'));
    expect(grid).toEqual([1, 4, 2].map((w) => ptToTwip((w / 7) * W)));
    const rows = findAll(table, 'w:tr');
    expect(findAll(rows[0]!, 'w:tblHeader')).toHaveLength(1);
    expect(findAll(rows[1]!, 'w:tblHeader')).toHaveLength(0);
    expect(findAll(table, 'w:cantSplit')).toHaveLength(0);
    expect(findAll(table, 'w:gridSpan').map((g) => g.attrs['w:val'])).toEqual(['2']);
    expect(findAll(child(table, 'w:tblPr')!, 'w:top')[0]!.attrs['w:val']).toBe('single');
    const total = rows[2]!;
    expect(findAll(total, 'w:jc').map((j) => j.attrs['w:val'])).toEqual(['center', 'right']);
    expect(findAll(total, 'w:bCs').length).toBeGreaterThan(0);
  });

  it('places the footer slogans in a frame ending footerBottom above the edge, before the letter\'s last paragraph', async () => {
    const { doc } = await render({ enclosure: true });
    const framed = paragraphs(doc).filter((p) => pPr(p, 'w:framePr'));
    expect(framed.map(textOf)).toEqual(['"ยึดมั่นธรรมาภิบาล บริการเพื่อประชาชน"']);
    const frame = pPr(framed[0]!, 'w:framePr')!;
    expect(frame.attrs['w:vAnchor']).toBe('page');
    expect(num(frame, 'w:y')).toBe(ptToTwip(P.page.height - P.page.footerBottom - P.font.linePitch));
    const all = paragraphs(doc);
    expect(textOf(all[all.indexOf(framed[0]!) + 1]!)).toBe('พัฒนาการอำเภอ ทุกอำเภอ');
  });

  it('writes decimal page numbers when the tree asks for Arabic digits; a secrecy stamp takes the line 1 cm from the edge, above the number', async () => {
    const tree = handTree({ secrecy: true });
    const arabic = { ...tree, furniture: { ...tree.furniture, pageNumbers: 'arabic' as const } };
    const doc = parseXml(docxParts(await renderDocxFromTree(arabic))['word/document.xml']!);
    const sect = findAll(doc, 'w:sectPr')[0]!;
    expect(child(sect, 'w:pgNumType')!.attrs['w:fmt']).toBe('decimal');
    const stampPitch = (P.font.linePitch * P.secrecy.size) / P.font.size;
    expect(num(child(sect, 'w:pgMar'), 'w:header')).toBe(ptToTwip(P.page.edgeClearance));
    expect(num(child(sect, 'w:pgMar'), 'w:top')).toBe(ptToTwip(Math.max(P.page.marginTop, P.page.edgeClearance + stampPitch + P.font.linePitch)));
    expect(num(child(sect, 'w:pgMar'), 'w:footer')).toBe(ptToTwip(P.page.footerBottom));
  });

  it('follows an agency override of the profile', async () => {
    const profile = resolveStyleProfile({ page: { marginLeft: cm(2.5) }, indent: { firstLine: cm(1.25) } });
    const doc = parseXml(docxParts(await renderDocxFromTree(handTree(), { profile }))['word/document.xml']!);
    expect(num(findAll(doc, 'w:pgMar')[0], 'w:left')).toBe(ptToTwip(cm(2.5)));
    expect(num(pPr(paragraphWith(doc, LONG_BODY.slice(0, 20)), 'w:ind'), 'w:firstLine')).toBe(ptToTwip(cm(1.25)));
  });
});

describe('determinism and diagnostics', () => {
  it('gives identical bytes for identical input, with fixed core dates', async () => {
    const a = await render({ enclosure: true, secrecy: true });
    const b = await render({ enclosure: true, secrecy: true });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.parts['docProps/core.xml']).toContain('2000-01-01T00:00:00Z');
    const dated = await render({}, { date: '2025-01-15T09:00:00Z' });
    expect(dated.parts['docProps/core.xml']).toMatch(/<dcterms:created[^>]*>2025-01-15T09:00:00Z</);
    expect(dated.parts['docProps/core.xml']).toMatch(/<dcterms:modified[^>]*>2025-01-15T09:00:00Z</);
  });

  it('reports a bad emblem, font name or date as diagnostics naming the option', async () => {
    const result = await safeRenderDocxFromTree(handTree(), { emblem: new Uint8Array([1, 2, 3, 4]), fontFamily: ' ', date: 'yesterday' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.'), d.stage])).toEqual([
      ['emblem_unsupported_format', 'options.emblem', 'render-docx'],
      ['font_family_empty', 'options.fontFamily', 'render-docx'],
      ['invalid_docx_date', 'options.date', 'render-docx'],
    ]);
    expect(result.diagnostics.every((d) => THAI.test(d.messageTh))).toBe(true);
    await expect(renderDocxFromTree(handTree(), { emblem: new Uint8Array([1]) })).rejects.toThrow(/options/);
  });
});

describe('embedFont (bundled OFL Sarabun)', () => {
  it('embeds regular and bold Sarabun with its real Thai signature, names it at scaled sizes, deterministically', async () => {
    const a = await render({}, { embedFont: true });
    const b = await render({}, { embedFont: true });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const table = parseXml(a.parts['word/fontTable.xml']!);
    const sarabun = findAll(table, 'w:font').find((f) => f.attrs['w:name'] === 'Sarabun')!;
    expect(child(sarabun, 'w:embedRegular')).toBeDefined();
    expect(child(sarabun, 'w:embedBold')).toBeDefined();
    const sig = child(sarabun, 'w:sig')!;
    expect(parseInt(sig.attrs['w:usb0']!, 16) & (1 << 24)).not.toBe(0);
    expect(parseInt(sig.attrs['w:csb0']!, 16) & (1 << 16)).not.toBe(0);
    for (const fonts of findAll(a.doc, 'w:rFonts')) expect(fonts.attrs['w:cs']).toBe('Sarabun');
    const sizes = new Set(findAll(a.doc, 'w:szCs').map((s) => s.attrs['w:val']));
    expect(sizes).toEqual(new Set([String(Math.round(16 * 0.6648 * 2))]));
    // The font file de-obfuscates with the key written in the font table.
    const key = child(sarabun, 'w:embedRegular')!.attrs['w:fontKey']!;
    const bytes = (await import('fflate')).unzipSync(a.bytes)['word/fonts/font1.odttf']!;
    const keyBytes = key.replace(/[{}-]/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
    const head = bytes.slice(0, 4).map((byte, i) => byte ^ keyBytes[i]!);
    expect([...head]).toEqual([0, 1, 0, 0]);
  });

  it('warns that fontFamily is ignored when embedding', async () => {
    const result = await safeRenderDocxFromTree(handTree(), { embedFont: true, fontFamily: 'TH SarabunPSK' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['font_family_ignored', 'warning']]);
  });
});

describe('the sample circular through compose', () => {
  it('writes exactly the composed text, in reading order, with the slogans in the frame', async () => {
    const tree = composeDocument(sampleCircular());
    const doc = parseXml(docxParts(await renderDocxFromTree(tree, { emblem: testEmblemPng() }))['word/document.xml']!);
    const all = paragraphs(doc);
    const framed = all.filter((p) => pPr(p, 'w:framePr'));
    const flow = all.filter((p) => !pPr(p, 'w:framePr'));
    const unstamped = withoutUrgency(tree.furniture);
    const withoutFrames = { ...tree, furniture: { ...unstamped, footerLines: [] } };
    expect(squash(flow.map(textOf).join('\n'))).toBe(squash(documentText(withoutFrames)));
    const frameTexts = [(tree.furniture.urgency ?? []).map((r) => r.text).join(''), ...tree.furniture.footerLines.map((l) => l.map((r) => r.text).join(''))];
    expect(squash(framed.map(textOf).join('\n'))).toBe(squash(frameTexts.filter((t) => t !== '').join('\n')));
    // Every Thai run is cs, every other run is not, throughout the real letter.
    for (const run of findAll(doc, 'w:r').filter((r) => child(r, 'w:t'))) {
      expect(Boolean(child(child(run, 'w:rPr')!, 'w:cs')), textOf(run)).toBe(THAI.test(textOf(run)));
    }
  });
});

/** The furniture without the urgency stamp (a framed paragraph, outside the flow). */
function withoutUrgency(furniture: DocumentTree['furniture']): DocumentTree['furniture'] {
  return Object.fromEntries(Object.entries(furniture).filter(([key]) => key !== 'urgency')) as unknown as DocumentTree['furniture'];
}
