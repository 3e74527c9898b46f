/**
 * DOCX → PDF through LibreOffice with a TH SarabunPSK-metric face (spec section 8). Oracles:
 * pdffonts (the named face is the one used), pdftotext -raw against the tree's own text, and
 * word boxes (pdftotext -bbox) against the profile's positions. All documents convert in one
 * soffice call. Page 1 of each is written to test/.output/docx/ as PNG for eyeballing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTree } from '../../src/compose/tree.js';
import type { RenderDocxOptions as DocxRenderOptions } from '../../src/pipeline/render-docx.js';
import { renderDocxFromTree } from '../../src/pipeline/render-docx.js';
import { textWidthPt } from '../../src/format/measure/table-measure.js';
import { DEFAULT_STYLE_PROFILE as P } from '../../src/style/profile.js';
import { convertDocxToPdf, libreOfficeAvailable, pdfFontNames, pdfPageCount, pdfPageToPng, pdfRawText, pdfWords, type PdfWord } from '../helpers/libreoffice.js';
import { metricFontAvailable, setupMetricFont } from '../helpers/metric-font.js';
import { testEmblemPng } from '../helpers/test-emblem.js';
import { handTree, LONG_BODY } from './hand-tree.js';
import { squash } from './tree-text.js';
import { composeDocument, documentText } from '../../src/compose/index.js';
import { sampleCircular } from '../compose/sample-circular.js';

const OUT = join(process.cwd(), 'test/.output/docx');
const available = libreOfficeAvailable() && metricFontAvailable();

/** A letter long enough to run over several pages. */
function longTree(): DocumentTree {
  const tree = handTree();
  const bodyIndex = tree.blocks.findIndex((b) => b.type === 'paragraph');
  const extra = Array.from({ length: 14 }, () => tree.blocks[bodyIndex]!);
  return { ...tree, blocks: [...tree.blocks.slice(0, bodyIndex), ...extra, ...tree.blocks.slice(bodyIndex)] };
}

/** A table of 45 rows: it must continue on page 2 under a repeated header row. */
function tableTree(): DocumentTree {
  const tree = handTree();
  const blocks = tree.blocks.map((block) => {
    if (block.type !== 'table') return block;
    const row = block.rows[0]!;
    const rows = Array.from({ length: 45 }, (_, i) => ({ ...row, cells: row.cells.map((c, j) => (j === 0 ? { ...c, runs: [{ text: String(i + 1) }] } : c)) }));
    return { ...block, rows: [...rows, ...block.rows.slice(1)] };
  });
  return { ...tree, blocks };
}

/** An enclosure without a title: its section opens with the table. */
function tableFirstTree(): DocumentTree {
  const tree = handTree();
  const table = tree.blocks.find((b) => b.type === 'table');
  if (!table) throw new Error('fixture');
  return { ...tree, blocks: [...tree.blocks.filter((b) => b.type !== 'table'), { type: 'pageBreak', orientation: 'portrait' }, table] };
}

const CASES: Record<string, DocumentTree> = {
  sample: composeDocument(sampleCircular()),
  table: tableTree(),
  full: handTree({ urgency: true, secrecy: true, enclosure: true }),
  plain: handTree(),
  long: longTree(),
  embedded: handTree(),
  tableFirst: tableFirstTree(),
};
const OPTIONS: Record<string, DocxRenderOptions> = { embedded: { embedFont: true } };

const pdfs: Record<string, string> = {};
let conversionMs = 0;

describe.skipIf(!available)('DOCX in LibreOffice with a TH SarabunPSK-metric face', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const fonts = setupMetricFont();
    const files: string[] = [];
    for (const [name, tree] of Object.entries(CASES)) {
      const file = join(OUT, `${name}.docx`);
      writeFileSync(file, await renderDocxFromTree(tree, { emblem: testEmblemPng(), ...OPTIONS[name] }));
      files.push(file);
    }
    const started = Date.now();
    const out = convertDocxToPdf(files, OUT, fonts.fontconfigFile);
    conversionMs = Date.now() - started;
    Object.keys(CASES).forEach((name, i) => (pdfs[name] = out[i]!));
    for (const [name, pdf] of Object.entries(pdfs)) pdfPageToPng(pdf, 1, join(OUT, `${name}-page-1`));
  }, 120_000);

  it('converts all documents in one call, in reasonable time, to the expected page counts', () => {
    expect(conversionMs).toBeLessThan(60_000);
    expect(pdfPageCount(pdfs['full']!)).toBe(3);
    expect(pdfPageCount(pdfs['plain']!)).toBe(2);
    expect(pdfPageCount(pdfs['long']!)).toBeGreaterThanOrEqual(3);
    expect(pdfPageCount(pdfs['embedded']!)).toBe(2);
    expect(pdfPageCount(pdfs['table']!)).toBeGreaterThanOrEqual(2);
    writeFileSync(
      join(OUT, 'measurements.json'),
      JSON.stringify({ conversionMs, pages: Object.fromEntries(Object.entries(pdfs).map(([n, p]) => [n, pdfPageCount(p)])) }, null, 2),
    );
  });

  it('uses the face named in the DOCX (TH SarabunPSK), regular and bold, and nothing else', () => {
    const fonts = pdfFontNames(pdfs['full']!);
    expect(fonts.some((f) => f.endsWith('+THSarabunPSK'))).toBe(true);
    expect(fonts.some((f) => f.endsWith('+THSarabunPSK-Bold'))).toBe(true);
    expect(fonts.every((f) => f.includes('THSarabunPSK'))).toBe(true);
  });

  it('uses the embedded Sarabun when embedFont is on (no Sarabun is installed for the test)', () => {
    const fonts = pdfFontNames(pdfs['embedded']!);
    expect(fonts.some((f) => f.endsWith('+Sarabun-Regular'))).toBe(true);
    expect(fonts.some((f) => f.endsWith('+Sarabun-Bold'))).toBe(true);
    expect(fonts.every((f) => f.includes('Sarabun-'))).toBe(true);
  });

  it('starts a section that opens with a table on a new page', () => {
    const words = pdfWords(pdfs['tableFirst']!);
    const lastLetterPage = Math.max(...words.filter((w) => w.text === 'พัฒนาการอำเภอ').map((w) => w.page));
    const header = words.filter((w) => w.text === 'รายการ');
    expect(header.map((w) => w.page)).toEqual([lastLetterPage + 1]);
    expect(pdfPageCount(pdfs['tableFirst']!)).toBe(lastLetterPage + 1);
  });

  it.each(Object.keys(CASES))('extracts the tree text from the %s PDF', (name) => {
    const tree = CASES[name]!;
    const stamp = tree.furniture.secrecy?.map((r) => r.text).join('');
    // The urgency stamp is a framed paragraph: LibreOffice writes its text after the page's body.
    const urgency = tree.furniture.urgency?.map((r) => r.text).join('');
    const unstamped = withoutUrgency(tree.furniture);
    // Header rows repeated on continuation pages are furniture too: keep the first only.
    const headerRows = new Set(
      tree.blocks.flatMap((b) => (b.type === 'table' ? b.headerRows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join('')).join(' ')) : [])),
    );
    const seen = new Set<string>();
    const lines = pdfRawText(pdfs[name]!)
      .split('\n')
      .filter((line) => line.trim() !== stamp && line.trim() !== urgency && !/^\s*-\s*[\d๐-๙]+\s*-\s*$/u.test(line))
      .filter((line) => {
        if (!headerRows.has(line.trim())) return true;
        const first = !seen.has(line.trim());
        seen.add(line.trim());
        return first;
      });
    expect(squash(lines.join('\n'))).toBe(squash(documentText({ ...tree, furniture: unstamped })));
  });

  it('repeats the table header row at the top of the next page', () => {
    const words = pdfWords(pdfs['table']!);
    const headers = words.filter((w) => w.text === 'รายการ');
    const rowPages = new Set(words.filter((w) => w.text === 'ค่าตอบแทนนักการตลาด').map((w) => w.page));
    expect(rowPages.size).toBeGreaterThanOrEqual(2);
    expect(headers.map((w) => w.page)).toEqual([...rowPages]);
    for (const header of headers.slice(1)) {
      const top = Math.min(...words.filter((w) => w.page === header.page && !/^[-\d]+$/.test(w.text)).map((w) => w.yMin));
      expect(header.yMin).toBeCloseTo(top, 0);
    }
  });

  describe('positions on page 1 match the profile', () => {
    let words: PdfWord[] = [];
    const at = (text: string): PdfWord => {
      const w = words.find((word) => word.page === 1 && word.text === text);
      if (!w) throw new Error(`no word ${text}`);
      return w;
    };
    /** The closing block may start page 2: it keeps with the contacts and the cue's line stays free. */
    const anywhere = (text: string): PdfWord => {
      const w = words.find((word) => word.text === text);
      if (!w) throw new Error(`no word ${text}`);
      return w;
    };
    const left = P.page.marginLeft;
    beforeAll(() => {
      words = pdfWords(pdfs['full']!);
    });

    it('starts the ที่ line under the Garuda, flush left, the office block right', () => {
      const thi = at('ที่');
      expect(thi.xMin).toBeCloseTo(left, 0);
      // A secret letter's Garuda moves down to clear the stamp's line 1 cm from the edge.
      const secret = CASES['full']!.furniture.secrecy !== undefined;
      const emblemTop = secret ? Math.max(P.emblem.top, P.page.edgeClearance + (P.font.linePitch * P.secrecy.size) / P.font.size) : P.emblem.top;
      expect(Math.abs(thi.yMin - (emblemTop + P.emblem.height))).toBeLessThan(3);
      const office = at('ศาลากลางจังหวัดฉะเชิงเทรา');
      expect(office.yMin).toBeCloseTo(thi.yMin, 1);
      expect(office.xMin).toBeGreaterThanOrEqual(left + P.indent.dateFromMargin);
      expect(Math.abs(office.xMax - (P.page.width - P.page.marginRight - P.indent.officeSlack))).toBeLessThan(6);
    });

    it('starts the date and the closing at the page centre; the body at the 2.5 cm indent', () => {
      expect(Math.abs(at('๑๕').xMin - P.page.width / 2)).toBeLessThan(1);
      expect(Math.abs(anywhere('ขอแสดงความนับถือ').xMin - P.page.width / 2)).toBeLessThan(1);
      const firstBodyWord = LONG_BODY.split(' ')[0]!;
      expect(Math.abs(at(firstBodyWord).xMin - (left + P.indent.firstLine))).toBeLessThan(1);
    });

    it('hangs the subject value after the label plus two spaces', () => {
      const subject = at('เรื่อง');
      const valueX = left + textWidthPt('เรื่อง', 16) + 2 * textWidthPt(' ', 16);
      expect(Math.abs(at('ขอความร่วมมือดำเนินโครงการส่งเสริมนักการตลาดรุ่นใหม่').xMin - valueX)).toBeLessThan(1);
      const wrapped = words.find((w) => w.page === 1 && w.yMin > subject.yMin + 10 && w.text.startsWith('และรายงาน'));
      expect(wrapped && Math.abs(wrapped.xMin - valueX)).toBeLessThan(1);
    });

    it('centres the signature name on the closing line', () => {
      const closing = anywhere('ขอแสดงความนับถือ');
      const name = anywhere('(นายสมชาย');
      const nameEnd = anywhere('ใจดี)');
      expect(name.page).toBe(closing.page);
      expect(Math.abs((name.xMin + nameEnd.xMax) / 2 - (closing.xMin + closing.xMax) / 2)).toBeLessThan(3);
    });
  });
});

/** The furniture without the urgency stamp (a framed paragraph, outside the flow). */
function withoutUrgency(furniture: DocumentTree['furniture']): DocumentTree['furniture'] {
  return Object.fromEntries(Object.entries(furniture).filter(([key]) => key !== 'urgency')) as unknown as DocumentTree['furniture'];
}
