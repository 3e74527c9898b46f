/**
 * layout/text — a paragraph prepared for breaking: its text and style spans, its shaping
 * items and their glyphs (absolute clusters, pt), prefix sums of cluster advances (so the
 * width of any cluster-aligned range is O(1)), and the glyphs of one line, reshaped only
 * where HarfBuzz marks the cut as unsafe to break.
 */
import type { EngineRun } from './text-engine.js';
import type { FontBook } from '../font/font-book.js';
import { itemize, type Item, type StyleSpan } from './itemize.js';
import type { ShapedGlyph, Shaper } from './shape.js';

export interface ShapedItem {
  readonly item: Item;
  /** Drawing size of the item's face, pt. */
  readonly size: number;
  /** pt per font unit. */
  readonly scale: number;
  readonly glyphs: readonly ShapedGlyph[];
}

export interface PreparedParagraph {
  readonly text: string;
  readonly spans: readonly StyleSpan[];
  readonly shaped: readonly ShapedItem[];
  readonly missing: readonly { readonly runIndex: number; readonly char: string }[];
  /** prefix[i] = total advance (pt) of glyphs whose cluster starts before i. */
  readonly prefix: Float64Array;
  /** clusterStart[i] = 1 when a cluster or an item starts at i. */
  readonly clusterStart: Uint8Array;
}

export interface LineGlyph {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly advance: number;
  readonly dx: number;
  readonly dy: number;
  readonly shaped: ShapedItem;
}

/** Joins the runs' text; tabs and carriage returns become spaces (they have no glyph). */
export function paragraphText(runs: readonly EngineRun[]): { text: string; spans: StyleSpan[] } {
  let text = '';
  const spans: StyleSpan[] = [];
  for (const [runIndex, run] of runs.entries()) {
    const clean = run.text.replace(/[\t\r]/g, ' ');
    if (clean === '') continue;
    spans.push({ start: text.length, end: text.length + clean.length, runIndex, bold: run.bold === true });
    text += clean;
  }
  return { text, spans };
}

export function prepareParagraph(runs: readonly EngineRun[], size: number, fonts: FontBook, shaper: Shaper): PreparedParagraph {
  const { text, spans } = paragraphText(runs);
  const { items, missing } = itemize(text, spans, fonts);
  const advances = new Float64Array(text.length + 1);
  const clusterStart = new Uint8Array(text.length + 1);
  const shaped: ShapedItem[] = [];
  for (const item of items) {
    const drawSize = (runs[item.runIndex]?.size ?? size) * item.face.sizeFactor;
    const scale = drawSize / item.face.unitsPerEm;
    const glyphs = shaper.shape(item.face, item.script, text.slice(item.start, item.end));
    shaped.push({ item, size: drawSize, scale, glyphs });
    clusterStart[item.start] = 1;
    for (const glyph of glyphs) {
      const at = item.start + glyph.cluster;
      advances[at] = (advances[at] ?? 0) + glyph.xAdvance * scale;
      clusterStart[at] = 1;
    }
  }
  clusterStart[text.length] = 1;
  const prefix = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (advances[i] ?? 0);
  return { text, spans, shaped, missing, prefix, clusterStart };
}

export function rangeWidth(p: PreparedParagraph, start: number, end: number): number {
  return (p.prefix[end] ?? 0) - (p.prefix[start] ?? 0);
}

export function clusterStartsBetween(p: PreparedParagraph, start: number, end: number): number[] {
  const starts: number[] = [];
  for (let i = start + 1; i < end; i++) if (p.clusterStart[i] === 1) starts.push(i);
  return starts;
}

/** The glyphs of text[start, end) in logical order, with absolute cluster ranges. */
export function lineGlyphs(p: PreparedParagraph, start: number, end: number, shaper: Shaper): LineGlyph[] {
  const out: LineGlyph[] = [];
  for (const shaped of p.shaped) {
    const { item } = shaped;
    const a = Math.max(start, item.start);
    const b = Math.min(end, item.end);
    if (a >= b) continue;
    let glyphs = shaped.glyphs;
    let origin = item.start;
    if (a !== item.start || b !== item.end) {
      const unsafe = (cut: number): boolean =>
        cut > item.start && cut < item.end && glyphs.find((g) => g.cluster === cut - item.start)?.unsafeToBreak !== false;
      if (unsafe(a) || unsafe(b)) {
        glyphs = shaper.shape(item.face, item.script, p.text.slice(a, b));
        origin = a;
      } else {
        glyphs = glyphs.filter((g) => g.cluster + origin >= a && g.cluster + origin < b);
      }
    }
    let nextCluster = b;
    const reversed: LineGlyph[] = [];
    for (let i = glyphs.length - 1; i >= 0; i--) {
      const g = glyphs[i];
      if (g === undefined) continue;
      const clusterAt = g.cluster + origin;
      if (i < glyphs.length - 1 && clusterAt !== (glyphs[i + 1]?.cluster ?? -1) + origin) nextCluster = (glyphs[i + 1]?.cluster ?? 0) + origin;
      reversed.push({
        id: g.id,
        start: clusterAt,
        end: nextCluster,
        advance: g.xAdvance * shaped.scale,
        dx: g.xOffset * shaped.scale,
        dy: g.yOffset * shaped.scale,
        shaped,
      });
    }
    reversed.reverse();
    out.push(...reversed);
  }
  return out;
}
