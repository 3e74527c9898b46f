/**
 * render/pdf — the content-stream operators of one glyph run. Glyphs are drawn exactly where
 * HarfBuzz (and justification) put them: a Tm at the start of every word and wherever the
 * vertical offset changes, then TJ with adjustments computed from the same widths as the W
 * array. The run is wrapped in a /Span whose /ActualText is its source text, so extraction
 * gives back the text as typed (sara am, reordered marks), with no space invented at a
 * justification gap and no line split at a wide one (poppler splits at gaps otherwise).
 */
import type { GlyphRun, PositionedGlyph } from '../../layout/frame.js';
import type { LoadedFace } from '../../layout/font/loaded-face.js';
import { recordClusterUnicode, type GlyphUnicodeMap } from './glyph-unicode.js';
import { pdfGlyphWidth } from './glyph-width.js';
import { glyphCode, pdfNumber, rgbComponents, utf16BeHex } from './pdf-syntax.js';

export interface RunContentInput {
  readonly run: GlyphRun;
  readonly face: LoadedFace;
  /** Resource name of the face on this page, e.g. `F1`. */
  readonly fontName: string;
  readonly pageHeight: number;
  /** Collects the glyph → text mapping for ToUnicode. */
  readonly unicode: GlyphUnicodeMap;
}

/** Operators for one run (a BT…ET text object, plus the underline when asked). */
export function glyphRunContent(input: RunContentInput): string {
  const { run, face, fontName, pageHeight, unicode } = input;
  if (run.glyphs.length === 0) return '';
  const out: string[] = ['BT', `/${fontName} ${pdfNumber(run.size)} Tf`, `${rgbComponents(run.color)} rg`];
  const baseline = pageHeight - run.y;
  out.push(`/Span <</ActualText <${utf16BeHex(run.text)}>>> BDC`);
  out.push(...showGlyphs(run, face, run.glyphs, baseline));
  out.push('EMC', 'ET');
  recordUnicode(run, face, run.glyphs, unicode);
  if (run.underline === true) out.push(underline(run, face, baseline));
  return out.join('\n');
}

function showGlyphs(run: GlyphRun, face: LoadedFace, glyphs: readonly PositionedGlyph[], baseline: number): string[] {
  const ops: string[] = [];
  const perUnit = run.size / 1000;
  // TJ operands: hex strings of consecutive glyph codes, split only where an adjustment sits.
  let parts: string[] = [];
  let codes = '';
  let pen = 0;
  let dy = Number.NaN;
  const closeCodes = (): void => {
    if (codes !== '') parts.push(`<${codes}>`);
    codes = '';
  };
  const flush = (): void => {
    closeCodes();
    if (parts.length > 0) ops.push(`[${parts.join(' ')}] TJ`);
    parts = [];
  };
  for (const glyph of glyphs) {
    const target = run.x + glyph.x + glyph.dx;
    if (glyph.dy !== dy) {
      flush();
      dy = glyph.dy;
      ops.push(`1 0 0 1 ${pdfNumber(target)} ${pdfNumber(baseline + dy)} Tm`);
      pen = target;
    } else {
      const adjust = (pen - target) / perUnit;
      if (Math.abs(adjust) >= 0.00005) {
        closeCodes();
        parts.push(pdfNumber(adjust));
      }
    }
    codes += glyphCode(glyph.id);
    pen = target + pdfGlyphWidth(face, glyph.id) * perUnit;
  }
  flush();
  return ops;
}

function recordUnicode(run: GlyphRun, face: LoadedFace, glyphs: readonly PositionedGlyph[], unicode: GlyphUnicodeMap): void {
  let ids: number[] = [];
  let cluster: readonly [number, number] | undefined;
  const flush = (): void => {
    // A glyph keeps its first mapping, so a cluster whose glyphs are all mapped changes nothing.
    if (cluster !== undefined && !ids.every((id) => unicode.has(id))) recordClusterUnicode(face, run.text.slice(cluster[0], cluster[1]), ids, unicode);
  };
  for (const glyph of glyphs) {
    if (cluster?.[0] !== glyph.cluster[0]) {
      flush();
      ids = [];
      cluster = glyph.cluster;
    }
    ids.push(glyph.id);
  }
  flush();
}

function underline(run: GlyphRun, face: LoadedFace, baseline: number): string {
  const last = run.glyphs[run.glyphs.length - 1];
  const width = last === undefined ? 0 : last.x + last.advance;
  const scale = run.size / face.unitsPerEm;
  const thickness = face.underlineThickness * scale;
  const top = baseline + face.underlinePosition * scale + thickness / 2;
  return `${rgbComponents(run.color)} rg\n${pdfNumber(run.x)} ${pdfNumber(top - thickness)} ${pdfNumber(width)} ${pdfNumber(thickness)} re f`;
}
