/**
 * layout/text — the Thai text engine: runs → itemized, HarfBuzz-shaped, word-broken and
 * aligned lines of glyph runs (x from the paragraph's left edge, y = 0 on the baseline).
 * Sizes are TH SarabunPSK points; each face draws at size × its size factor. One engine per
 * process: faces and the shaping cache are reused for every letter.
 */
import { BoundedCache } from '../../cache/bounded-cache.js';
import { SarabanError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { WordSegmenter } from '../../thai/index.js';
import type { GlyphRun, PositionedGlyph } from '../frame.js';
import type { FontBook } from '../font/font-book.js';
import { loadFonts, type LoadFontsOptions } from '../font/load-fonts.js';
import { alignLine } from './align-line.js';
import { breakUnits } from './break-units.js';
import { breakLines } from './line-break.js';
import {
  clusterStartsBetween,
  lineGlyphs,
  prepareParagraph,
  rangeWidth,
  type LineGlyph,
  type PreparedParagraph,
} from './paragraph-glyphs.js';
import { createShaper, type Shaper } from './shape.js';
import { missingGlyph, overfullLine } from './text-diagnostic.js';
import type { LaidOutLine, LaidOutParagraph, ParagraphSpec, TextEngine } from './text-engine.js';

export interface CreateTextEngineOptions {
  /** A FontBook from `loadFonts`, or the options to load one (default: the bundled Sarabun). */
  readonly fonts?: FontBook | LoadFontsOptions;
  /** Word segmenter for Thai (default: Intl.Segmenter('th')). */
  readonly segmenter?: WordSegmenter;
}

/**
 * Loads the fonts (once) and returns the text engine. Throws SarabanError with `font_not_found`
 * diagnostics when the regular face cannot be loaded.
 * @example const engine = await createTextEngine();
 * engine.layoutParagraph({ runs: [{ text: 'น้ำ ที่ ปู่' }], size: 16, width: 453.5, firstLineIndent: 70.87, restIndent: 0, align: 'thaiDistribute', color: '#000000' });
 */
export async function createTextEngine(options: CreateTextEngineOptions = {}): Promise<TextEngine> {
  let fonts: FontBook;
  if (options.fonts !== undefined && isFontBook(options.fonts)) {
    fonts = options.fonts;
  } else {
    const loaded = await loadFonts(options.fonts ?? {});
    if (!loaded.ok) throw new SarabanError('The fonts for the text engine could not be loaded.', loaded.diagnostics);
    fonts = loaded.value;
  }
  return textEngineFromFonts(fonts, options.segmenter);
}

function isFontBook(value: FontBook | LoadFontsOptions): value is FontBook {
  return 'faces' in value && value.faces instanceof Map;
}

/** The text engine over an already loaded FontBook (synchronous). */
export function textEngineFromFonts(fonts: FontBook, segmenter?: WordSegmenter): TextEngine {
  const shaper = createShaper();
  // Letters of a batch set the same paragraphs (the body, the signature) at the same widths
  // again and again; the result depends only on the spec (and this engine's fonts).
  const paragraphs = new BoundedCache<string, LaidOutParagraph>(PARAGRAPHS_PER_ENGINE);
  return {
    fonts,
    layoutParagraph: (spec) => paragraphs.getOrMake(paragraphKey(spec), () => layoutParagraph(spec, fonts, shaper, segmenter)),
    measure: (runs, size) => {
      const p = prepareParagraph(runs, size, fonts, shaper);
      return rangeWidth(p, 0, p.text.length);
    },
  };
}

const PARAGRAPHS_PER_ENGINE = 2_000;

/** Every field of the spec, in a fixed order. */
function paragraphKey(spec: ParagraphSpec): string {
  let key = `${String(spec.size)}|${String(spec.width)}|${String(spec.firstLineIndent)}|${String(spec.restIndent)}|${spec.align}|${spec.color}`;
  for (const run of spec.runs) {
    key += `\u0000${run.text}\u0001${run.bold === true ? 'b' : ''}${run.italic === true ? 'i' : ''}${run.underline === true ? 'u' : ''}|${String(run.size ?? '')}|${run.color ?? ''}`;
  }
  return key;
}

function layoutParagraph(
  spec: ParagraphSpec,
  fonts: FontBook,
  shaper: Shaper,
  segmenter: WordSegmenter | undefined,
): LaidOutParagraph {
  const p = prepareParagraph(spec.runs, spec.size, fonts, shaper);
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const { runIndex, char } of p.missing) {
    if (reported.has(char)) continue;
    reported.add(char);
    diagnostics.push(missingGlyph(runIndex, char));
  }
  const indentOf = (lineIndex: number): number => (lineIndex === 0 ? spec.firstLineIndent : spec.restIndent);
  const units = breakUnits(p.text, (i) => p.clusterStart[i] === 1, segmenter);
  const ranges = breakLines({
    units,
    width: (a, b) => rangeWidth(p, a, b),
    clusterStarts: (a, b) => clusterStartsBetween(p, a, b),
    measure: (n) => spec.width - indentOf(n),
    onOverfull: (a, b, measure) => {
      diagnostics.push(overfullLine(runIndexAt(p, a), p.text.slice(a, b), rangeWidth(p, a, b), measure));
    },
  });
  const lines: LaidOutLine[] = ranges.map((range, n) => {
    const glyphs = lineGlyphs(p, range.start, range.end, shaper);
    const indent = indentOf(n);
    const aligned = alignLine(glyphs, p.text, spec.align, indent, spec.width - indent, range.hardEnd);
    return {
      runs: glyphRuns(p, spec, glyphs, aligned.penX),
      naturalWidth: aligned.naturalWidth,
      text: p.text.slice(range.start, range.end),
      last: n === ranges.length - 1,
    };
  });
  if (lines.length === 0) lines.push({ runs: [], naturalWidth: 0, text: '', last: true });
  return { lines, diagnostics };
}

function runIndexAt(p: PreparedParagraph, index: number): number {
  return p.spans.find((s) => index >= s.start && index < s.end)?.runIndex ?? 0;
}

/** Groups a line's glyphs into runs of one face, size, colour and underline. */
function glyphRuns(p: PreparedParagraph, spec: ParagraphSpec, glyphs: readonly LineGlyph[], penX: readonly number[]): GlyphRun[] {
  // Glyphs of one shaped item share its style: work it out once per item, not per glyph.
  const styles = new Map<LineGlyph['shaped'], { color: string; underline: boolean; key: string }>();
  const styleOf = (g: LineGlyph): { color: string; underline: boolean; key: string } => {
    let style = styles.get(g.shaped);
    if (style === undefined) {
      const run = spec.runs[g.shaped.item.runIndex];
      const color = run?.color ?? spec.color;
      const underline = run?.underline === true;
      style = { color, underline, key: `${g.shaped.item.face.key}|${String(g.shaped.size)}|${color}|${String(underline)}` };
      styles.set(g.shaped, style);
    }
    return style;
  };
  const groups: { glyphs: LineGlyph[]; xs: number[]; style: ReturnType<typeof styleOf> }[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i];
    if (glyph === undefined) continue;
    const style = styleOf(glyph);
    const last = groups[groups.length - 1];
    if (last?.style.key === style.key) {
      last.glyphs.push(glyph);
      last.xs.push(penX[i] ?? 0);
    } else {
      groups.push({ glyphs: [glyph], xs: [penX[i] ?? 0], style });
    }
  }
  return groups.map(({ glyphs: members, xs, style }) => {
    const runX = xs[0] ?? 0;
    const textStart = members[0]?.start ?? 0;
    let textEnd = textStart;
    for (const g of members) textEnd = Math.max(textEnd, g.end);
    const positioned: PositionedGlyph[] = members.map((g, k) => ({
      id: g.id,
      x: (xs[k] ?? 0) - runX,
      dx: g.dx,
      dy: g.dy,
      advance: g.advance,
      cluster: [g.start - textStart, g.end - textStart],
    }));
    return {
      kind: 'glyphs',
      font: members[0]?.shaped.item.face.key ?? '',
      size: members[0]?.shaped.size ?? 0,
      x: runX,
      y: 0,
      color: style.color,
      text: p.text.slice(textStart, textEnd),
      glyphs: positioned,
      ...(style.underline ? { underline: true } : {}),
    };
  });
}
