import { beforeAll, describe, expect, it } from 'vitest';
import { testEmblemPng } from '../helpers/test-emblem.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FrameItem } from '../../src/layout/frame.js';
import { createTextEngine } from '../../src/layout/text/create-text-engine.js';
import type { TextAlign, TextEngine } from '../../src/layout/text/text-engine.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { pagedParagraphs, MEASURE, type TestParagraph } from './paged-paragraphs.js';
import { extractLines, normalizeStrict, pdfFonts, run, writeOutput } from './poppler.js';
import { seedParagraphs } from './seed-paragraphs.js';

const MANDATORY = [
  'ที่', 'ปู่', 'ญี่ปุ่น', 'ฐูป', 'น้ำ', 'กำหนด', 'ป่ำ', 'ฟ้า', 'ปั้น', 'ฝั่ง', 'ตั๋ว', 'ฤๅษี',
  'A วันที่', '๐๑๒๓๔๕๖๗๘๙', 'ปี่', 'กำ', 'ญู', 'ครั้งที่ ๑', 'คล้ำ', 'ฎีกา',
];

/** A 1 × 1 PNG standing in for the caller's Garuda. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

let engine: TextEngine;
beforeAll(async () => {
  engine = await createTextEngine();
});

/** The lines the engine laid out, as pdftotext should give them back. */
function expectedLines(paragraphs: readonly TestParagraph[]): string[] {
  return paragraphs.flatMap((p) =>
    engine
      .layoutParagraph({ runs: p.runs, size: p.size ?? 16, width: MEASURE, firstLineIndent: p.firstLineIndent ?? 0, restIndent: 0, align: p.align ?? 'left', color: '#000000' })
      .lines.map((l) => normalizeStrict(l.text))
      .filter((l) => l !== ''),
  );
}

async function roundTrip(name: string, paragraphs: readonly TestParagraph[]): Promise<{ path: string; lines: string[] }> {
  const bytes = await writePdf(pagedParagraphs(engine, paragraphs), engine.fonts);
  const path = writeOutput(name, bytes);
  return { path, lines: extractLines(path) };
}

describe('PDF text extraction (pdftotext -enc UTF-8)', () => {
  it('gives back every tricky Thai cluster exactly (sara am, stacked marks, ฤๅ, Thai digits, Latin first)', async () => {
    const paragraphs = MANDATORY.map((text) => ({ runs: [{ text }] }));
    const { lines } = await roundTrip('mandatory.pdf', paragraphs);
    expect(lines).toEqual(MANDATORY);
    expect(lines.join('')).not.toContain('\u0e4d\u0e32');
  });

  it('maps every drawn glyph in ToUnicode, for extractors that ignore /ActualText (mutool draw -F txt)', async () => {
    const paragraphs = [...MANDATORY, ...seedParagraphs().slice(0, 6)].map((text) => ({ runs: [{ text }], align: 'thaiDistribute' as const }));
    const { path } = await roundTrip('tounicode.pdf', paragraphs);
    const text = run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', path]);
    expect(text).not.toContain('\ufffd');
    // Such extractors see sara am as HarfBuzz draws it (nikhahit + sara aa) and guess spaces from gaps.
    const loose = (s: string): string => s.normalize('NFC').replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\s+/g, '');
    expect(loose(text)).toBe(loose(paragraphs.map((p) => p.runs[0]?.text ?? '').join('')));
  });

  it.each<[TextAlign]>([['left'], ['justify'], ['thaiDistribute'], ['center'], ['right']])(
    'gives back the seed paragraphs line by line when set %s, one space where the source has one and none inside Thai words',
    async (align) => {
      const paragraphs = seedParagraphs().map((text, i) => ({
        runs: i % 3 === 0 ? [{ text: text.slice(0, 20), bold: true }, { text: text.slice(20) }] : [{ text }],
        align,
        firstLineIndent: 70.87,
      }));
      const { lines } = await roundTrip(`seeds-${align}.pdf`, paragraphs);
      const expected = expectedLines(paragraphs);
      expect(expected.length).toBeGreaterThan(60);
      expect(lines).toEqual(expected);
    },
  );

  it('keeps English words, URLs and e-mail addresses intact', async () => {
    const text = 'ติดต่อ cd8rew@gmail.com หรือ https://www.otoptoday.com/product?id=๑๒ (OTOP Product Champion : OPC) Meeting ID: ๕๙๗ ๒๑๒ ๗๖๐๙';
    const { lines } = await roundTrip('latin.pdf', [{ runs: [{ text }], align: 'thaiDistribute' }]);
    expect(lines.join(' ')).toBe(normalizeStrict(text));
  });
});

describe('PDF structure', () => {
  it('embeds every font as an Identity-H subset with ToUnicode (pdffonts)', async () => {
    const { path } = await roundTrip('fonts.pdf', [{ runs: [{ text: 'ปกติ ' }, { text: 'ตัวหนา', bold: true }] }]);
    const rows = pdfFonts(path);
    expect(rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['Sarabun-Regular', 'Sarabun-Bold']);
    for (const row of rows) {
      expect(row).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: 'yes', subset: 'yes', unicode: 'yes' });
      expect(row.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('passes qpdf --check, with rules, colours and the emblem image', async () => {
    const extra: FrameItem[] = [
      { kind: 'image', image: 'emblem', x: 270, y: 42, width: 55, height: 85 },
      { kind: 'rule', x1: 85, y1: 400, x2: 538, y2: 400, width: 0.5, color: '#000000' },
    ];
    const paragraphs: TestParagraph[] = [{ runs: [{ text: 'ด่วนที่สุด', color: 'red', underline: true }], size: 32 }];
    const diagnostics: Diagnostic[] = [];
    const bytes = await writePdf(pagedParagraphs(engine, paragraphs, extra), engine.fonts, {
      emblem: PNG,
      onDiagnostic: (d) => diagnostics.push(d),
    });
    const path = writeOutput('structure.pdf', bytes);
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors');
    expect(run('pdfimages', ['-list', path]).split('\n').filter((l) => /^\s*1\s/.test(l))).toHaveLength(1);
    expect(diagnostics).toEqual([]);
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/Title:\s+ทดสอบ/);
    expect(info).toMatch(/Producer:\s+saraban/);
    expect(info).toMatch(/CreationDate:.*2000/);
  });

  it('embeds an emblem with transparency once per process and copies it, soft mask included, into every PDF', async () => {
    const emblem = testEmblemPng(120, 130, 0, true);
    const extra: FrameItem[] = [{ kind: 'image', image: 'emblem', x: 270, y: 42, width: 55, height: 60 }];
    for (const name of ['alpha-1.pdf', 'alpha-2.pdf']) {
      const path = writeOutput(name, await writePdf(pagedParagraphs(engine, [], extra), engine.fonts, { emblem }));
      expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors');
      const types = run('pdfimages', ['-list', path])
        .split('\n')
        .filter((l) => /^\s*1\s/.test(l))
        .map((l) => l.trim().split(/\s+/)[2]);
      expect(types.sort()).toEqual(['image', 'smask']);
    }
  });

  it('reports a placed emblem without an image instead of failing', async () => {
    const diagnostics: Diagnostic[] = [];
    const extra: FrameItem[] = [{ kind: 'image', image: 'emblem', x: 270, y: 42, width: 55, height: 85 }];
    await writePdf(pagedParagraphs(engine, [], extra), engine.fonts, { onDiagnostic: (d) => diagnostics.push(d) });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['emblem_missing', ['pages', 0]]]);
    const unreadable: Diagnostic[] = [];
    await writePdf(pagedParagraphs(engine, [], extra), engine.fonts, { emblem: new Uint8Array([1, 2, 3]), onDiagnostic: (d) => unreadable.push(d) });
    expect(unreadable.map((d) => [d.code, d.path])).toEqual([['emblem_unreadable', ['emblem']]]);
  });

  it('writes byte-identical PDFs for the same input, and sets the language', async () => {
    const paragraphs: TestParagraph[] = seedParagraphs().slice(0, 5).map((text) => ({ runs: [{ text }], align: 'thaiDistribute' }));
    const a = await writePdf(pagedParagraphs(engine, paragraphs), engine.fonts, { emblem: PNG });
    const b = await writePdf(pagedParagraphs(engine, paragraphs), engine.fonts, { emblem: PNG });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const latin1 = Buffer.from(a).toString('latin1');
    expect(latin1).toContain('/Lang (th-TH)');
    expect(latin1).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
    const later = await writePdf(pagedParagraphs(engine, paragraphs), engine.fonts, { emblem: PNG, creationDate: new Date('2025-01-15T00:00:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });
});
