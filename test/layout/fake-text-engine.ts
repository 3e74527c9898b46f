/**
 * test helper — a deterministic TextEngine for page-layout tests: every UTF-16 code unit
 * advances `size × ADVANCE_EM` pt, lines break only at spaces (greedy), one GlyphRun per
 * source run per line. It honours width, indents and alignment like the real engine's contract,
 * so geometry tests can compute every expected x by hand. Not shipped in src.
 */
import type { EngineRun as Run } from '../../src/layout/text/text-engine.js';
import type { GlyphRun, PositionedGlyph } from '../../src/layout/frame.js';
import type { LayoutTextEngine } from '../../src/layout/page/layout-context.js';
import type { LaidOutLine, LaidOutParagraph, ParagraphSpec } from '../../src/layout/text/text-engine.js';

/** Advance of one code unit, in em of the TH SarabunPSK size. */
export const ADVANCE_EM = 0.5;

export function fakeAdvance(size: number): number {
  return size * ADVANCE_EM;
}

interface Piece {
  readonly text: string;
  readonly run: Run;
}

function glyphs(text: string, advance: number): PositionedGlyph[] {
  return Array.from({ length: text.length }, (_, i) => ({ id: text.charCodeAt(i), x: i * advance, dx: 0, dy: 0, advance, cluster: [i, i + 1] as const }));
}

function toRuns(pieces: readonly Piece[], x0: number, size: number, color: string): GlyphRun[] {
  const out: GlyphRun[] = [];
  let x = x0;
  for (const piece of pieces) {
    if (piece.text.length === 0) continue;
    const advance = fakeAdvance(piece.run.size ?? size);
    const runColor = piece.run.color ?? color;
    out.push({
      kind: 'glyphs',
      font: piece.run.bold === true ? 'fake-bold' : 'fake',
      size: piece.run.size ?? size,
      x,
      y: 0,
      color: runColor,
      text: piece.text,
      glyphs: glyphs(piece.text, advance),
      ...(piece.run.underline === true ? { underline: true } : {}),
    });
    x += piece.text.length * advance;
  }
  return out;
}

function sameStyle(a: Run, b: Run): boolean {
  return a === b || (a.size === b.size && a.color === b.color && a.bold === b.bold && a.underline === b.underline && a.italic === b.italic);
}

export function createFakeTextEngine(): LayoutTextEngine & { calls: ParagraphSpec[] } {
  const calls: ParagraphSpec[] = [];
  return {
    calls,
    measure(runs: readonly Run[], size: number): number {
      return runs.reduce((sum, run) => sum + run.text.length * fakeAdvance(run.size ?? size), 0);
    },
    layoutParagraph(spec: ParagraphSpec): LaidOutParagraph {
      calls.push(spec);
      const advance = fakeAdvance(spec.size);
      // Words with the run they came from; a space ends a word.
      const words: Piece[][] = [];
      let current: Piece[] = [];
      for (const run of spec.runs) {
        for (const part of run.text.split(/( )/)) {
          if (part === ' ') {
            if (current.length > 0) words.push(current);
            current = [];
          } else if (part.length > 0) current.push({ text: part, run });
        }
      }
      if (current.length > 0) words.push(current);
      const lineWords: Piece[][][] = [];
      let line: Piece[][] = [];
      let used = 0;
      const available = (): number => spec.width - (lineWords.length === 0 ? spec.firstLineIndent : spec.restIndent);
      const pieceAdvance = (p: Piece): number => fakeAdvance(p.run.size ?? spec.size);
      const wordWidth = (w: readonly Piece[]): number => w.reduce((s, p) => s + p.text.length * pieceAdvance(p), 0);
      for (const word of words) {
        const add = (line.length > 0 ? advance : 0) + wordWidth(word);
        if (line.length > 0 && used + add > available() + 1e-9) {
          lineWords.push(line);
          line = [];
          used = 0;
        }
        used += (line.length > 0 ? advance : 0) + wordWidth(word);
        line.push(word);
      }
      if (line.length > 0 || lineWords.length === 0) lineWords.push(line);
      const lines: LaidOutLine[] = lineWords.map((ws, k) => {
        const pieces: Piece[] = [];
        ws.forEach((w, i) => {
          if (i > 0) pieces.push({ text: ' ', run: w[0]?.run ?? { text: '' } });
          pieces.push(...w);
        });
        // Merge neighbouring pieces of the same run.
        const merged: Piece[] = [];
        for (const p of pieces) {
          const last = merged[merged.length - 1];
          if (last !== undefined && sameStyle(last.run, p.run)) merged[merged.length - 1] = { text: last.text + p.text, run: last.run };
          else merged.push(p);
        }
        const text = merged.map((p) => p.text).join('');
        const naturalWidth = merged.reduce((sum, p) => sum + p.text.length * pieceAdvance(p), 0);
        const indent = k === 0 ? spec.firstLineIndent : spec.restIndent;
        const room = spec.width - indent;
        const shift = spec.align === 'center' ? (room - naturalWidth) / 2 : spec.align === 'right' ? room - naturalWidth : 0;
        return { runs: toRuns(merged, indent + shift, spec.size, spec.color), naturalWidth, text, last: k === lineWords.length - 1 };
      });
      return { lines, diagnostics: [] };
    },
  };
}
