/**
 * Geometry of the external letter (spec sections 2.3, 2.4 and 8) against the profile numbers,
 * with the fake engine (advance = size × 0.5 per code unit), so every x is computable by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Run } from '../../src/compose/tree.js';
import type { GlyphRun, ImageItem, PagedDocument, RuleItem } from '../../src/layout/frame.js';
import { layoutTree as layoutDocument } from '../../src/pipeline/render-pdf.js';
import { DEFAULT_STYLE_PROFILE as P, measureWidth, resolveStyleProfile } from '../../src/style/profile.js';
import { createFakeTextEngine, fakeAdvance } from './fake-text-engine.js';
import { sampleTree, words } from './sample-tree.js';

const L = P.page.marginLeft;
const W = measureWidth(P);
const PITCH = P.font.linePitch;
const BASE = P.font.baseline;
const ADV = fakeAdvance(P.font.size);
const SECRECY_PITCH = (PITCH * P.secrecy.size) / P.font.size;
const engine = createFakeTextEngine();

interface Found {
  readonly page: number;
  readonly run: GlyphRun;
}

function runs(paged: PagedDocument): Found[] {
  return paged.pages.flatMap((page, p) => page.items.filter((i): i is GlyphRun => i.kind === 'glyphs').map((run) => ({ page: p + 1, run })));
}

function find(paged: PagedDocument, text: string): Found {
  const hit = runs(paged).find((f) => f.run.text === text);
  if (!hit) throw new Error(`no run "${text}"`);
  return hit;
}

function findAll(paged: PagedDocument, predicate: (text: string) => boolean): Found[] {
  return runs(paged).filter((f) => predicate(f.run.text));
}

const width = (run: GlyphRun): number => run.text.length * (run.size * 0.5);
const t = (text: string): Run[] => [{ text }];

function letter(blocks: Block[], furniture: Partial<DocumentTree['furniture']> = {}): DocumentTree {
  const base = sampleTree();
  return { ...base, blocks, furniture: { ...base.furniture, ...furniture } };
}

describe('page 1 furniture', () => {
  const tree = sampleTree({ furniture: { urgency: [{ text: 'ด่วนที่สุด', bold: true, color: 'red' }] } });

  it('centres the Garuda box, 3 cm high, 1.5 cm from the top, width from the aspect ratio', () => {
    const { paged } = layoutDocument(tree, engine, { emblemAspect: 0.8 });
    const images = paged.pages[0]?.items.filter((i): i is ImageItem => i.kind === 'image') ?? [];
    expect(images).toHaveLength(1);
    const img = images[0];
    expect(img?.height).toBeCloseTo(P.emblem.height, 6);
    expect(img?.width).toBeCloseTo(P.emblem.height * 0.8, 6);
    expect(img?.y).toBeCloseTo(P.emblem.top, 6);
    expect((img?.x ?? 0) + (img?.width ?? 0) / 2).toBeCloseTo(P.page.width / 2, 6);
    expect(paged.pages.slice(1).flatMap((p) => p.items.filter((i) => i.kind === 'image'))).toEqual([]);
  });

  it('leaves the Garuda out when the option or the tree says so', () => {
    const noOption = layoutDocument(tree, engine, { emblem: false }).paged;
    const noTree = layoutDocument({ ...tree, furniture: { ...tree.furniture, emblem: false } }, engine).paged;
    for (const paged of [noOption, noTree]) expect(paged.pages[0]?.items.some((i) => i.kind === 'image')).toBe(false);
  });

  it('reports an unusable emblem aspect and uses 1:1', () => {
    const { paged, diagnostics } = layoutDocument(tree, engine, { emblemAspect: -2 });
    expect(diagnostics.map((d) => d.code)).toContain('invalid_emblem_aspect');
    const img = paged.pages[0]?.items.find((i): i is ImageItem => i.kind === 'image');
    expect(img?.width).toBeCloseTo(P.emblem.height, 6);
  });

  it('sets the urgency stamp red, bold, 32 pt, flush left, its line centred on the Garuda', () => {
    const { paged } = layoutDocument(tree, engine);
    const stamp = find(paged, 'ด่วนที่สุด');
    expect(stamp.page).toBe(1);
    expect(stamp.run.color).toBe(P.urgency.color);
    expect(stamp.run.size).toBe(P.urgency.size);
    expect(stamp.run.font).toBe('fake-bold');
    expect(stamp.run.x).toBeCloseTo(L, 6);
    const pitch = (PITCH * 32) / 16;
    expect(stamp.run.y).toBeCloseTo(P.emblem.top + (P.emblem.height - pitch) / 2 + (BASE * 32) / 16, 6);
  });
});

describe('stamp colour', () => {
  it('takes the stamp colour from the profile, not from the tree', () => {
    const profile = resolveStyleProfile({ urgency: { color: '#CC0000' } });
    const tree = sampleTree({ furniture: { urgency: [{ text: 'ด่วน', bold: true, color: 'red' }] } });
    expect(find(layoutDocument(tree, engine, { profile }).paged, 'ด่วน').run.color).toBe('#CC0000');
  });
});

describe('letter head', () => {
  const { paged } = layoutDocument(sampleTree(), engine);
  const firstBaseline = P.emblem.top + P.emblem.height + BASE;

  it('puts ที่ flush left on the first line below the Garuda', () => {
    const number = find(paged, 'ที่ ฉช ๐๐๑๙.๓/ว ๔๕๗๑').run;
    expect(number.x).toBeCloseTo(L, 6);
    expect(number.y).toBeCloseTo(firstBaseline, 6);
  });

  it('places the office block so its longest line ends officeSlack short of the right margin, lines left-aligned, on the ที่ line', () => {
    const a = find(paged, 'ศาลากลางจังหวัดฉะเชิงเทรา').run;
    const b = find(paged, 'ถนนหน้าเมือง ฉช ๒๔๐๐๐').run;
    expect(a.y).toBeCloseTo(firstBaseline, 6);
    expect(b.y).toBeCloseTo(firstBaseline + PITCH, 6);
    expect(b.x).toBeCloseTo(a.x, 6);
    expect(Math.max(a.x + width(a), b.x + width(b))).toBeCloseTo(L + W - P.indent.officeSlack, 6);
    expect(a.x).toBeGreaterThanOrEqual(L + P.indent.dateFromMargin);
  });

  it('never starts the office block left of the page centre; longer lines wrap inside it', () => {
    const long = 'สำนักงาน ส่งเสริม การปกครอง ท้องถิ่น จังหวัด ฉะเชิงเทรา ศาลากลาง';
    const { paged: p } = layoutDocument(letter([{ type: 'letterhead', numberLine: t('ที่ ฉช ๑'), officeLines: [t(long)] }]), engine);
    const parts = findAll(p, (s) => long.includes(s) && s.length > 3);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.run.x).toBeCloseTo(L + P.indent.dateFromMargin, 6);
      expect(part.run.x + width(part.run)).toBeLessThanOrEqual(L + W + 1e-6);
    }
  });

  it('starts the date at the page centre, 6 pt after the address', () => {
    const date = find(paged, '๙ ตุลาคม ๒๕๖๖').run;
    expect(date.x).toBeCloseTo(L + P.indent.dateFromMargin, 6);
    expect(date.x).toBeCloseTo(P.page.width / 2, 6);
    expect(date.y).toBeCloseTo(firstBaseline + 2 * PITCH + P.spacing.beforeBlock, 6);
  });
});

describe('labeled blocks', () => {
  const { paged } = layoutDocument(sampleTree(), engine);
  const gap = P.indent.labelGapSpaces * ADV;

  it('puts the label flush left and the value after two spaces, 6 pt after the date', () => {
    const label = find(paged, 'เรื่อง').run;
    const value = find(paged, 'การคัดเลือกผลิตภัณฑ์ OTOP').run;
    const date = find(paged, '๙ ตุลาคม ๒๕๖๖').run;
    expect(label.x).toBeCloseTo(L, 6);
    expect(value.x).toBeCloseTo(L + width(label) + gap, 6);
    expect(value.y).toBeCloseTo(label.y, 6);
    expect(label.y).toBeCloseTo(date.y + PITCH + P.spacing.beforeBlock, 6);
  });

  it('numbers several items with a hanging indent and puts a fitting quantity right after the item', () => {
    const label = find(paged, 'สิ่งที่ส่งมาด้วย').run;
    const valueX = L + width(label) + gap;
    const m1 = find(paged, '๑.').run;
    const item1 = find(paged, 'หลักเกณฑ์การคัดเลือก').run;
    const qty1 = find(paged, 'จำนวน ๑ ชุด').run;
    expect(m1.x).toBeCloseTo(valueX, 6);
    expect(item1.x).toBeCloseTo(valueX + 2 * ADV + ADV, 6);
    expect(qty1.y).toBeCloseTo(item1.y, 6);
    expect(qty1.x).toBeCloseTo(item1.x + width(item1) + gap, 6);
    // Item 2 wraps; its lines hang under its text, and its quantity does not fit, so it takes a line.
    const qty2 = find(paged, 'จำนวน ๑ ฉบับ').run;
    const item2 = runs(paged)
      .filter((f) => f.page === 1)
      .map((f) => f.run)
      .filter((r) => r.y > item1.y + 1 && r.y < qty2.y - 1 && r.text !== '๒.');
    expect(item2.length).toBe(2);
    for (const r of item2) expect(r.x).toBeCloseTo(item1.x, 6);
    expect(qty2.x).toBeCloseTo(item1.x, 6);
    expect(qty2.y).toBeCloseTo((item2[1]?.y ?? 0) + PITCH, 6);
  });
});

describe('body', () => {
  const { paged } = layoutDocument(sampleTree({ body: [40] }), engine);
  const after = find(paged, 'จำนวน ๑ ฉบับ').run.y;
  const lines = findAll(paged, (s) => words(40).includes(s) && s.length > 10)
    .map((f) => f.run)
    .filter((r) => r.y > after && r.y < find(paged, '๑.๑').run.y - 2 * PITCH);

  it('indents the first line 2.5 cm and returns the others to the margin, Thai distributed', () => {
    expect(lines[0]?.x).toBeCloseTo(L + P.indent.firstLine, 6);
    for (const r of lines.slice(1)) expect(r.x).toBeCloseTo(L, 6);
    const spec = engine.calls.find((c) => c.runs[0]?.text === words(40));
    expect(spec?.align).toBe('thaiDistribute');
    expect(spec?.firstLineIndent).toBeCloseTo(P.indent.firstLine, 6);
    expect(spec?.width).toBeCloseTo(W, 6);
  });

  it('advances lines by the fixed pitch, 6 pt before the paragraph', () => {
    lines.slice(1).forEach((r, k) => {
      expect(r.y - (lines[k]?.y ?? 0)).toBeCloseTo(PITCH, 6);
    });
    const qty2 = find(paged, 'จำนวน ๑ ฉบับ').run;
    expect(lines[0]?.y).toBeCloseTo(qty2.y + PITCH + P.spacing.beforeParagraph, 6);
  });

  it('puts list markers at the paragraph indent plus one step per level, wrapped lines at the margin', () => {
    const markers = findAll(paged, (s) => s === '๑.' || s === '๑.๑').filter((f) => f.run.y > (lines[0]?.y ?? 0));
    expect(markers[0]?.run.x).toBeCloseTo(L + P.indent.firstLine, 6);
    expect(markers[1]?.run.x).toBeCloseTo(L + P.indent.firstLine + P.indent.listLevelStep, 6);
    const level1 = engine.calls.find((c) => c.runs[0]?.text === words(12));
    expect(level1?.firstLineIndent).toBeCloseTo(P.indent.firstLine + 2 * ADV + ADV, 6);
    expect(level1?.restIndent).toBe(0);
  });
});

describe('closing and signature', () => {
  const { paged } = layoutDocument(sampleTree(), engine);
  const closing = find(paged, 'ขอแสดงความนับถือ').run;

  it('starts the closing at the date x, 12 pt after the last paragraph', () => {
    const last = find(paged, 'จึงเรียนมาเพื่อโปรดพิจารณา').run;
    expect(closing.x).toBeCloseTo(L + P.indent.dateFromMargin, 6);
    expect(closing.y).toBeCloseTo(last.y + PITCH + P.spacing.beforeClosing, 6);
  });

  it('leaves the signature space and centres name and position on the closing', () => {
    const name = find(paged, '(นายสมชาย ใจดี)').run;
    const position = find(paged, 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา').run;
    const centre = closing.x + width(closing) / 2;
    expect(name.x + width(name) / 2).toBeCloseTo(centre, 6);
    expect(position.x + width(position) / 2).toBeCloseTo(centre, 6);
    expect(name.y).toBeCloseTo(closing.y + PITCH + P.signature.spaceLines * PITCH, 6);
    expect(position.y).toBeCloseTo(name.y + PITCH, 6);
  });

  it('puts contacts and copies-to flush left after the signature', () => {
    const position = find(paged, 'ผู้ว่าราชการจังหวัดฉะเชิงเทรา').run;
    const contact = find(paged, 'สำนักงานพัฒนาชุมชนจังหวัด').run;
    const copies = find(paged, 'สำเนาส่ง').run;
    expect(contact.x).toBeCloseTo(L, 6);
    expect(contact.y).toBeCloseTo(position.y + PITCH + P.spacing.beforeBlock, 6);
    expect(copies.x).toBeCloseTo(L, 6);
    expect(copies.y).toBeCloseTo(contact.y + 2 * PITCH + P.spacing.beforeBlock, 6);
  });
});

describe('continuation pages', () => {
  const tree = sampleTree({ body: [60, 80, 120, 90], furniture: { secrecy: [{ text: 'ลับ', bold: true, color: 'red' }] } });
  const { paged } = layoutDocument(tree, engine);

  it('runs to several pages, continuation pages starting at the top margin, lowered to clear the header band', () => {
    expect(paged.pages.length).toBeGreaterThanOrEqual(2);
    const page2 = runs(paged).filter((f) => f.page === 2 && f.run.color === P.colors.text && !/^- .+ -$/.test(f.run.text));
    const top = Math.min(...page2.map((f) => f.run.y));
    // The sample letter is secret: its stamp 1 cm from the edge, then the page number line.
    const headerBottom = P.page.edgeClearance + SECRECY_PITCH + PITCH;
    expect(top).toBeCloseTo(Math.max(P.page.marginTop, headerBottom) + BASE, 6);
  });

  it('numbers pages from 2 as "- ๒ -", centred on the column, pageNumber.top from the edge', () => {
    expect(findAll(paged, (s) => /^- .+ -$/.test(s)).map((f) => f.page)).toEqual(paged.pages.slice(1).map((_, i) => i + 2));
    const n = find(paged, '- ๒ -').run;
    expect(n.x + width(n) / 2).toBeCloseTo(L + W / 2, 6);
    // Under the secrecy stamp, which takes the line 1 cm from the edge.
    expect(n.y).toBeCloseTo(P.page.edgeClearance + SECRECY_PITCH + BASE, 6);
    const plain = layoutDocument({ ...tree, furniture: { ...tree.furniture, secrecy: [] } }, engine).paged;
    expect(find(plain, '- ๒ -').run.y).toBeCloseTo(P.pageNumber.top + BASE, 6);
    const arabic = layoutDocument({ ...tree, furniture: { ...tree.furniture, pageNumbers: 'arabic' } }, engine).paged;
    expect(find(arabic, '- 2 -').page).toBe(2);
  });

  it('prints the cue right-aligned at the right margin just below the last line of every page but the last', () => {
    const cues = findAll(paged, (s) => s.startsWith('/') && s.endsWith('...'));
    expect(cues.map((c) => c.page)).toEqual(paged.pages.slice(0, -1).map((_, i) => i + 1));
    for (const cue of cues) {
      expect(cue.run.x + width(cue.run)).toBeCloseTo(L + W, 6);
      const body = runs(paged).filter((f) => f.page === cue.page && f.run.color === P.colors.text && f.run !== cue.run && f.run.y < 800);
      const lastY = Math.max(...body.map((f) => f.run.y));
      expect(cue.run.y).toBeCloseTo(lastY + PITCH, 6);
      expect(cue.run.y - BASE + PITCH).toBeLessThanOrEqual(P.page.height - P.page.marginBottom + 1e-6);
      // It quotes the first word of the next page.
      const next = runs(paged).filter((f) => f.page === cue.page + 1 && f.run.color === P.colors.text && !/^- .+ -$/.test(f.run.text));
      const topY = Math.min(...next.map((f) => f.run.y));
      const firstLine = next
        .filter((f) => f.run.y === topY)
        .sort((a, b) => a.run.x - b.run.x)
        .map((f) => f.run.text)
        .join(' ');
      expect(cue.run.text.slice(1, -3)).not.toBe('');
      expect(firstLine.startsWith(cue.run.text.slice(1, -3))).toBe(true);
    }
  });

  it('stamps the secrecy class red, centred, at the top and bottom of every page', () => {
    const stamps = findAll(paged, (s) => s === 'ลับ');
    expect(stamps.length).toBe(paged.pages.length * 2);
    for (const s of stamps) {
      expect(s.run.color).toBe(P.secrecy.color);
      expect(s.run.size).toBe(P.secrecy.size);
      expect(s.run.x + width(s.run) / 2).toBeCloseTo(L + W / 2, 6);
    }
    const page1 = stamps.filter((s) => s.page === 1).map((s) => s.run.y);
    // Above the Garuda, which moves down to clear the stamp's line 1 cm from the edge.
    const emblem = paged.pages[0]?.items.find((i): i is ImageItem => i.kind === 'image');
    expect(emblem?.y).toBeCloseTo(P.page.edgeClearance + SECRECY_PITCH, 6);
    expect(Math.min(...page1) - BASE * (P.secrecy.size / P.font.size)).toBeCloseTo(P.page.edgeClearance, 6);
    expect(Math.max(...page1)).toBeGreaterThan(P.page.height - P.page.marginBottom);
  });

  it('centres the footer slogans at the foot of the last page only, clear of the secrecy stamp and the edge', () => {
    const slogan = findAll(paged, (s) => s === 'ยึดมั่นธรรมาภิบาล');
    expect(slogan.map((s) => s.page)).toEqual([paged.pages.length]);
    const run = slogan[0]?.run;
    expect((run?.x ?? 0) + (run ? width(run) : 0) / 2).toBeCloseTo(L + W / 2, 6);
    // Its last line ends just above the bottom secrecy stamp, which ends footerBottom above the edge.
    expect(run?.y).toBeCloseTo(P.page.height - P.page.footerBottom - SECRECY_PITCH - PITCH + BASE, 6);
    expect((run?.y ?? 0) - BASE + PITCH).toBeLessThanOrEqual(P.page.height - P.page.edgeClearance);
  });

  it('keeps the cue of a numbered item with its marker', () => {
    // Fill page 1 so a list item starts page 2.
    const fill = Array.from({ length: 30 }, (_, i): Block => ({ type: 'paragraph', role: 'body', align: 'plain', runs: t(`บรรทัด${String(i)}`) }));
    const blocks: Block[] = [...fill.slice(0, 23), { type: 'listItem', level: 1, marker: '๓.', runs: t('มอบหมาย ให้ อำเภอ') }, ...fill.slice(23)];
    const { paged: p } = layoutDocument(letter(blocks), engine);
    const cue = findAll(p, (s) => s.startsWith('/'));
    expect(cue[0]?.run.text).toBe('/๓. มอบหมาย...');
  });
});

describe('keeping together', () => {
  it('never ends a page with a labeled or heading line', () => {
    const fill = (n: number): Block[] => Array.from({ length: n }, (_, i): Block => ({ type: 'paragraph', role: 'body', align: 'plain', runs: t(`บรรทัด${String(i)}`) }));
    for (let n = 18; n < 26; n++) {
      const blocks: Block[] = [...fill(n), { type: 'paragraph', role: 'body', align: 'heading', runs: t('หัวข้อ') }, ...fill(3)];
      const { paged } = layoutDocument(letter(blocks), engine);
      const heading = find(paged, 'หัวข้อ');
      const next = runs(paged).filter((f) => f.run.y > heading.run.y && f.page === heading.page && f.run.text.startsWith('บรรทัด'));
      expect(next.length).toBeGreaterThan(0);
    }
  });
});

describe('tables', () => {
  const header = { kind: 'header' as const, cells: ['ลำดับ', 'อำเภอ', 'งบประมาณ'].map((h) => ({ runs: t(h), colSpan: 1, rowSpan: 1, align: 'center' as const, bold: true })) };
  const row = (i: number) => ({
    kind: 'data' as const,
    cells: [
      { runs: t(String(i)), colSpan: 1, rowSpan: 1, align: 'center' as const, bold: false },
      { runs: t(`อำเภอ${String(i)}`), colSpan: 1, rowSpan: 1, align: 'left' as const, bold: false },
      { runs: t('45,000'), colSpan: 1, rowSpan: 1, align: 'right' as const, bold: false },
    ],
  });
  const table = (n: number, widths = [1, 4, 3]): Block => ({ type: 'table', columnWidths: widths, headerRows: [header], rows: Array.from({ length: n }, (_, i) => row(i + 1)) });

  it('draws columns in proportion of the text width, aligns cells, and closes the border', () => {
    const { paged } = layoutDocument(letter([table(3)]), engine);
    const rules = paged.pages[0]?.items.filter((i): i is RuleItem => i.kind === 'rule') ?? [];
    const xs = [...new Set(rules.filter((r) => r.x1 === r.x2).map((r) => r.x1.toFixed(3)))].map(Number).sort((a, b) => a - b);
    expect(xs).toHaveLength(4);
    [0, 1 / 8, 5 / 8, 1].forEach((f, k) => {
      expect(xs[k]).toBeCloseTo(L + f * W, 3);
    });
    const amount = find(paged, '45,000').run;
    expect(amount.x + width(amount)).toBeCloseTo(L + W - P.table.cellPaddingX, 6);
    const district = find(paged, 'อำเภอ1').run;
    expect(district.x).toBeCloseTo(L + W / 8 + P.table.cellPaddingX, 6);
    expect(find(paged, 'อำเภอ').run.font).toBe('fake-bold');
    for (const r of rules) expect(r.width).toBe(P.table.borderWidth);
  });

  it('splits a long table across pages and repeats the header rows', () => {
    const { paged } = layoutDocument(letter([table(45)]), engine);
    expect(paged.pages.length).toBe(2);
    const headers = findAll(paged, (s) => s === 'งบประมาณ');
    expect(headers.map((h) => h.page)).toEqual([1, 2]);
    expect(headers[1]?.run.y).toBeCloseTo(P.page.marginTop + P.table.cellPaddingY + BASE, 6);
    const rows = findAll(paged, (s) => /^อำเภอ\d+$/.test(s));
    expect(rows.map((r) => r.run.text)).toEqual(Array.from({ length: 45 }, (_, i) => `อำเภอ${String(i + 1)}`));
  });

  it('reports column widths that do not match the columns and uses equal widths', () => {
    const { diagnostics } = layoutDocument(letter([table(2, [1, 2])]), engine);
    expect(diagnostics.find((d) => d.code === 'table_column_widths')?.path).toEqual(['blocks', 0, 'columnWidths']);
  });
});

describe('page breaks and diagnostics', () => {
  it('starts a landscape page with width and height swapped after a pageBreak', () => {
    const blocks: Block[] = [{ type: 'paragraph', role: 'body', align: 'plain', runs: t('หน้าแรก') }, { type: 'pageBreak', orientation: 'landscape' }, { type: 'paragraph', role: 'enclosureBody', align: 'plain', runs: t('แนบท้าย') }];
    const { paged } = layoutDocument(letter(blocks), engine);
    expect(paged.pages).toHaveLength(2);
    expect(paged.pages[1]?.width).toBeCloseTo(P.page.height, 6);
    expect(paged.pages[1]?.height).toBeCloseTo(P.page.width, 6);
    const enclosure = find(paged, 'แนบท้าย');
    expect(enclosure.page).toBe(2);
    expect(enclosure.run.y).toBeCloseTo(P.page.marginTop + BASE, 6);
    // No cue before a forced break; the slogans stay on the letter's last page.
    expect(findAll(paged, (s) => s.startsWith('/'))).toEqual([]);
    expect(find(paged, 'ยึดมั่นธรรมาภิบาล').page).toBe(1);
  });

  it('reports page_overflow for an unbreakable part taller than a page', () => {
    const profile = resolveStyleProfile({ font: { linePitch: 900 } });
    const { paged, diagnostics } = layoutDocument(sampleTree(), engine, { profile });
    const overflow = diagnostics.find((d) => d.code === 'page_overflow');
    expect(overflow?.stage).toBe('layout');
    expect(overflow?.severity).toBe('warning');
    expect(overflow?.messageTh).not.toBe('');
    expect(paged.pages.length).toBeGreaterThan(1);
  });

  it('lays out an empty tree as one page', () => {
    const { paged, diagnostics } = layoutDocument(letter([]), engine);
    expect(paged.pages).toHaveLength(1);
    expect(diagnostics).toEqual([]);
    expect(paged.meta.language).toBe('th-TH');
  });
});
