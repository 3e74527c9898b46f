import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineRun as Run } from './text-engine.js';
import type { GlyphRun } from '../frame.js';
import { LARGE_EM_SIZE_FACTOR } from '../font/size-factor.js';
import { createTextEngine } from './create-text-engine.js';
import type { LaidOutParagraph, TextAlign, TextEngine } from './text-engine.js';

let engine: TextEngine;
beforeAll(async () => {
  engine = await createTextEngine();
});

function lay(runs: readonly Run[], width: number, align: TextAlign = 'left', firstLineIndent = 0): LaidOutParagraph {
  return engine.layoutParagraph({ runs, size: 16, width, firstLineIndent, restIndent: 0, align, color: '#000000' });
}

function lineEnd(runs: readonly GlyphRun[]): number {
  const run = runs[runs.length - 1];
  const glyph = run?.glyphs[run.glyphs.length - 1];
  return run === undefined || glyph === undefined ? 0 : run.x + glyph.x + glyph.advance;
}

const MARK = /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

describe('text engine', () => {
  it('draws Sarabun at 16 × 0.6648 = 10.64 pt for 16 pt TH SarabunPSK text', () => {
    const run = lay([{ text: 'น้ำ' }], 400).lines[0]?.runs[0];
    expect(run?.size).toBeCloseTo(16 * LARGE_EM_SIZE_FACTOR, 6);
    expect(run?.size).toBeCloseTo(10.637, 3);
    expect(run?.font).toBe('Sarabun-Regular');
  });

  it('keeps sara am as one cluster covering the whole of น้ำ', () => {
    const run = lay([{ text: 'น้ำ' }], 400).lines[0]?.runs[0];
    expect(run?.text).toBe('น้ำ');
    expect(run?.glyphs.length).toBe(3);
    for (const glyph of run?.glyphs ?? []) expect(glyph.cluster).toEqual([0, 3]);
  });

  it('uses the bold face for bold runs and splits glyph runs at the style change', () => {
    const line = lay([{ text: 'เรื่อง ' }, { text: 'ขอเชิญประชุม', bold: true }], 400).lines[0];
    expect(line?.runs.map((r) => [r.font, r.text])).toEqual([
      ['Sarabun-Regular', 'เรื่อง '],
      ['Sarabun-Bold', 'ขอเชิญประชุม'],
    ]);
    expect(line?.text).toBe('เรื่อง ขอเชิญประชุม');
  });

  it('colours runs with their own colour and marks underlined ones', () => {
    const runs = lay([{ text: 'ด่วนที่สุด', color: '#FF0000', underline: true }], 400).lines[0]?.runs;
    expect(runs?.[0]?.color).toBe('#FF0000');
    expect(runs?.[0]?.underline).toBe(true);
  });

  it('breaks Thai at word boundaries, never inside a word', () => {
    const text = 'ขอเชิญประชุมคณะกรรมการบริหารสถานศึกษาขั้นพื้นฐาน';
    const laid = lay([{ text }], 120);
    expect(laid.lines.length).toBeGreaterThan(1);
    expect(laid.diagnostics).toEqual([]);
    expect(laid.lines.map((l) => l.text).join('')).toBe(text);
    const words = new Set<number>();
    let offset = 0;
    for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) words.add((offset += s.segment.length));
    let at = 0;
    for (const line of laid.lines.slice(0, -1)) {
      at += line.text.length;
      expect(words.has(at)).toBe(true);
    }
  });

  it('never ends a line with ผู้, which belongs to the noun after it', () => {
    const text = 'ผู้ประกอบการผู้ผลิตผู้ว่าราชการจังหวัดผู้อำนวยการผู้ประกอบการ';
    for (const width of [40, 55, 70, 90, 120]) {
      const laid = lay([{ text }], width);
      for (const line of laid.lines.slice(0, -1)) expect(line.text.endsWith('ผู้')).toBe(false);
    }
  });

  it('treats ZERO WIDTH SPACE as a break opportunity that draws nothing, and NO-BREAK SPACE as no break', () => {
    const zw = lay([{ text: 'กกกกกกกกกก\u200bขขขขขขขขขข' }], 80);
    expect(zw.lines.map((l) => l.text)).toEqual(['กกกกกกกกกก', 'ขขขขขขขขขข']);
    expect(engine.measure([{ text: 'ก\u200bก' }], 16)).toBeCloseTo(engine.measure([{ text: 'กก' }], 16), 6);
    const nb = lay([{ text: 'จำนวน ๑๒\u00a0ชุด' }], engine.measure([{ text: 'จำนวน ๑๒' }], 16) + 1);
    expect(nb.lines.map((l) => l.text)).toEqual(['จำนวน', '๑๒\u00a0ชุด']);
  });

  it('honours newlines as forced breaks and leaves those lines flush left when justified', () => {
    const laid = lay([{ text: 'บรรทัดแรก\nบรรทัดที่สอง ยาวกว่า' }], 400, 'justify');
    expect(laid.lines.map((l) => l.text)).toEqual(['บรรทัดแรก', 'บรรทัดที่สอง ยาวกว่า']);
    expect(laid.lines[0]?.runs[0]?.x).toBe(0);
    expect(lineEnd(laid.lines[0]?.runs ?? [])).toBeCloseTo(laid.lines[0]?.naturalWidth ?? -1, 6);
  });

  it('right-aligns and centres within the measure after the indent', () => {
    const right = lay([{ text: 'ลงชื่อ' }], 300, 'right').lines[0];
    expect(lineEnd(right?.runs ?? [])).toBeCloseTo(300, 6);
    const centred = lay([{ text: 'ลงชื่อ' }], 300, 'center', 20).lines[0];
    const start = centred?.runs[0]?.x ?? 0;
    expect(start - 20).toBeCloseTo(300 - lineEnd(centred?.runs ?? []), 6);
  });

  it('reports a word wider than the line as overfull and cuts it between clusters', () => {
    const laid = lay([{ text: 'https://www.example.go.th/very/long/path/that/never/ends/น้ำที่ไหล' }], 60);
    expect(laid.diagnostics.map((d) => d.code)).toEqual(['overfull_line']);
    expect(laid.diagnostics[0]?.path).toEqual(['runs', 0, 'text']);
    for (const line of laid.lines) {
      expect(line.text).not.toMatch(MARK);
      expect(line.naturalWidth).toBeLessThanOrEqual(60 + 0.01);
    }
  });

  it('reports characters no face has as missing_glyph, naming the character', () => {
    const laid = lay([{ text: 'ok' }, { text: 'ตรา 😀' }], 300);
    expect(laid.diagnostics).toHaveLength(1);
    expect(laid.diagnostics[0]).toMatchObject({ code: 'missing_glyph', severity: 'warning', path: ['runs', 1, 'text'] });
    expect(laid.diagnostics[0]?.message).toContain('😀');
    expect(laid.diagnostics[0]?.message).toContain('U+1F600');
  });

  it('returns one empty line for an empty paragraph', () => {
    expect(lay([], 300).lines).toEqual([{ runs: [], naturalWidth: 0, text: '', last: true }]);
  });

  it('measures text on one line without breaking', () => {
    const width = engine.measure([{ text: 'เรื่อง  ' }, { text: 'ขอเชิญ', bold: true }], 16);
    const laid = lay([{ text: 'เรื่อง  ' }, { text: 'ขอเชิญ', bold: true }], 1000);
    expect(width).toBeCloseTo(laid.lines[0]?.naturalWidth ?? 0, 6);
    expect(engine.measure([{ text: 'น้ำ' }], 32)).toBeCloseTo(2 * engine.measure([{ text: 'น้ำ' }], 16), 6);
  });
});

const WORDS = [
  'ขอ', 'เชิญ', 'ประชุม', 'คณะ', 'กรรมการ', 'น้ำ', 'ที่', 'ปู่', 'ญี่ปุ่น', 'กำหนด', 'ฤๅษี', 'สถานศึกษา',
  'ขั้นพื้นฐาน', 'อิเล็กทรอนิกส์', '๒๕๖๘', '๑๕', 'COVID-๑๙', 'e-Saraban', 'Meeting', 'https://moe.go.th/a',
  'cd8rew@gmail.com', '(ชื่อ)', 'ฯลฯ', 'ๆ',
];

const paragraphArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', '', '  '), fc.boolean()), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([word, sep, bold]) => ({ text: word + sep, ...(bold ? { bold: true } : {}) })));

describe('text engine properties', () => {
  const config = { numRuns: 150 };
  const alignArb = fc.constantFrom<TextAlign>('left', 'center', 'right', 'justify', 'thaiDistribute');

  it('gives the paragraph back when the lines are re-joined (break spaces aside), runs covering each line', () => {
    fc.assert(
      fc.property(paragraphArb, fc.integer({ min: 40, max: 460 }), alignArb, (runs, width, align) => {
        const text = runs.map((r) => r.text).join('');
        const laid = lay(runs, width, align);
        let at = 0;
        for (const line of laid.lines) {
          const found = text.indexOf(line.text, at);
          expect(found).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, found)).toMatch(/^\s*$/);
          at = found + line.text.length;
          expect(line.runs.map((r) => r.text).join('')).toBe(line.text);
        }
        expect(text.slice(at)).toMatch(/^\s*$/);
      }),
      config,
    );
  });

  it('breaks inside a space-free token only at a Thai word boundary, or when the token alone overflows', () => {
    fc.assert(
      fc.property(paragraphArb, fc.integer({ min: 40, max: 460 }), (runs, width) => {
        const text = runs.map((r) => r.text).join('');
        const laid = lay(runs, width);
        const overfull = laid.diagnostics.some((d) => d.code === 'overfull_line');
        const boundaries = new Set<number>();
        let offset = 0;
        for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) boundaries.add((offset += s.segment.length));
        let at = 0;
        for (const line of laid.lines) {
          const start = text.indexOf(line.text, at);
          if (start > 0 && line.text !== '' && !/\s/.test(text[start - 1] ?? ' ')) {
            expect(line.text).not.toMatch(MARK);
            if (!overfull) expect(boundaries.has(start)).toBe(true);
          }
          at = start + line.text.length;
        }
      }),
      config,
    );
  });

  it('fits every line in the measure unless an overfull_line warning says otherwise', () => {
    fc.assert(
      fc.property(paragraphArb, fc.integer({ min: 40, max: 460 }), (runs, width) => {
        const laid = lay(runs, width);
        if (laid.diagnostics.some((d) => d.code === 'overfull_line')) return;
        for (const line of laid.lines) expect(line.naturalWidth).toBeLessThanOrEqual(width + 1e-6);
      }),
      config,
    );
  });

  it('ends every justified or distributed line but the last at the measure (±0.01 pt), keeping glyph order', () => {
    fc.assert(
      fc.property(paragraphArb, fc.integer({ min: 60, max: 460 }), fc.constantFrom<TextAlign>('justify', 'thaiDistribute'), fc.integer({ min: 0, max: 50 }), (runs, width, align, indent) => {
        const laid = lay(runs, width, align, indent);
        for (const [n, line] of laid.lines.entries()) {
          const glyphs = line.runs.flatMap((r) => r.glyphs.map((g) => ({ x: r.x + g.x, start: r.x, cluster: g.cluster[0] })));
          for (let i = 1; i < glyphs.length; i++) expect(glyphs[i]?.x ?? 0).toBeGreaterThanOrEqual((glyphs[i - 1]?.x ?? 0) - 1e-9);
          const clusters = new Set(line.runs.flatMap((r) => r.glyphs.map((g) => `${String(r.x)}:${String(g.cluster[0])}`)));
          const measure = width - (n === 0 ? indent : 0);
          if (line.last || clusters.size < 2 || line.naturalWidth > measure) continue;
          expect(Math.abs(lineEnd(line.runs) - width)).toBeLessThanOrEqual(0.01);
        }
        const last = laid.lines[laid.lines.length - 1];
        if (last !== undefined && last.runs.length > 0) {
          expect(lineEnd(last.runs) - (last.runs[0]?.x ?? 0)).toBeCloseTo(last.naturalWidth, 6);
        }
      }),
      config,
    );
  });

  it('never gives more lines for a wider measure', () => {
    fc.assert(
      fc.property(paragraphArb, fc.integer({ min: 80, max: 400 }), (runs, width) => {
        expect(lay(runs, width + 40).lines.length).toBeLessThanOrEqual(lay(runs, width).lines.length);
      }),
      { numRuns: 60 },
    );
  });
});
