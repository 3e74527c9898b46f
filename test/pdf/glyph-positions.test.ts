import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GlyphRun } from '../../src/layout/frame.js';
import { createTextEngine } from '../../src/layout/text/create-text-engine.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { A4, pagedParagraphs } from './paged-paragraphs.js';
import { run, writeOutput } from './poppler.js';

/** Each line is one paragraph; its segments are shaped by hb-shape with the given script. */
const LINES: readonly (readonly [text: string, script: 'thai' | 'latn'])[][] = [
  [['ที่ ปู่ ญี่ปุ่น ฐูป น้ำ กำหนด ป่ำ ฟ้า ปั้น ฝั่ง ตั๋ว ฤๅษี', 'thai']],
  [['ครั้งที่ ๑ วันที่ ๐๑๒๓๔๕๖๗๘๙ คล้ำ ฎีกา ญู ปี่', 'thai']],
  [['AVATAR Typography, office@example.go.th (Video Conference)', 'latn']],
  [['A ', 'latn'], ['วันที่ ', 'thai'], ['OTOP ', 'latn'], ['ผลิตภัณฑ์', 'thai']],
];

const LAKSAMAN = '/usr/share/fonts/truetype/tlwg/Laksaman.ttf';
const SARABUN = createRequire(import.meta.url).resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');

interface HbGlyph {
  readonly g: number;
  readonly dx: number;
  readonly dy: number;
  readonly ax: number;
}

function hbShape(font: string, upem: number, text: string, script: 'thai' | 'latn'): HbGlyph[] {
  const out = run('hb-shape', [
    `--font-size=${String(upem)}`,
    '--output-format=json',
    '--no-glyph-names',
    `--script=${script}`,
    `--language=${script === 'thai' ? 'th' : 'en'}`,
    font,
    text,
  ]);
  return JSON.parse(out) as HbGlyph[];
}

/**
 * mutool trace: every drawn glyph's id in the embedded font program and its origin in PDF
 * space. The subset keeps the face's glyph ids, so these are the ids hb-shape gives.
 */
function tracedGlyphs(path: string): { id: number; x: number; y: number }[] {
  const trace = run('mutool', ['trace', path]);
  return [...trace.matchAll(/<g unicode="[^"]*" glyph="(\d+)" x="([-\d.]+)" y="([-\d.]+)"/g)].map((m) => ({
    id: Number(m[1]),
    x: Number(m[2]),
    y: Number(m[3]),
  }));
}

describe.each([
  ['Sarabun', SARABUN],
  ['Laksaman', LAKSAMAN],
])('glyph ids and positions in the PDF match hb-shape (%s)', (name, fontPath) => {
  it.skipIf(!existsSync(fontPath))('draws the glyphs HarfBuzz chose, where it put them (±0.01 pt)', async () => {
    const engine = await createTextEngine({ fonts: { regular: fontPath, bold: fontPath } });
    const paged = pagedParagraphs(engine, LINES.map((segments) => ({ runs: [{ text: segments.map(([t]) => t).join('') }] })));
    const path = writeOutput(`positions-${name}.pdf`, await writePdf(paged, engine.fonts));
    const traced = tracedGlyphs(path);
    const face = engine.fonts.regular;
    const runs = (paged.pages[0]?.items ?? []).filter((i): i is GlyphRun => i.kind === 'glyphs');
    expect(runs).toHaveLength(LINES.length);
    let k = 0;
    for (const [n, segments] of LINES.entries()) {
      const glyphRun = runs[n];
      if (glyphRun === undefined) throw new Error(`line ${String(n)} was not laid out`);
      const scale = glyphRun.size / face.unitsPerEm;
      let penUnits = 0;
      for (const [text, script] of segments) {
        for (const g of hbShape(fontPath, face.unitsPerEm, text, script)) {
          const at = traced[k];
          expect(at?.id, `line ${String(n)} glyph ${String(k)}`).toBe(g.g);
          expect(Math.abs((at?.x ?? Number.NaN) - (A4.left + (penUnits + g.dx) * scale))).toBeLessThanOrEqual(0.01);
          expect(Math.abs((at?.y ?? Number.NaN) - (A4.height - glyphRun.y + g.dy * scale))).toBeLessThanOrEqual(0.01);
          penUnits += g.ax;
          k++;
        }
      }
    }
    expect(traced).toHaveLength(k);
  });
});
